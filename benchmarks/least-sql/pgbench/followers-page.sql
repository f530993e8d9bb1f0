-- The least SQL of a followers page (GET /api/v1/users/{id}/followers, the first page of 20) under
-- the service's rules, for pgbench -M prepared -D users=N -D pool=P (data: ../load.sql): one
-- statement, no transaction around it (a single statement is its own snapshot). It returns the
-- facts the privacy rule needs beside the rows they guard, all from that one snapshot: the module
-- switch, whether the viewer and the owner are known, whether the owner blocks the viewer; and
-- the page itself, 21 rows (20 and one more that says a next page exists) of the followers index
-- in keyset order. The page is read whatever the facts say, as a port that leaves the decision to
-- the domain would; with no block in the data every page is shown anyway. The owner is a pool
-- user (about 6N/P followers each), the viewer anyone.
\set viewer random(1, :users)
\set owner random(1, :pool)
with facts as (
    select coalesce((select s.value = 'true' from phoenix_kit_settings s where s.key = 'connections_enabled'), false) as module_on,
           exists (select 1 from phoenix_kit_users u where u.id = md5(:viewer::text)::uuid) as viewer_known,
           exists (select 1 from phoenix_kit_users u where u.id = md5(:owner::text)::uuid) as owner_known,
           exists (select 1 from phoenix_kit_user_blocks b
                   where b.blocker_id = md5(:owner::text)::uuid and b.blocked_id = md5(:viewer::text)::uuid) as owner_blocks_viewer
)
select facts.*, page.follower_id, page.inserted_at, page.id
from facts left join lateral (
    select f.follower_id, f.inserted_at, f.id from phoenix_kit_user_follows f
    where f.followed_id = md5(:owner::text)::uuid
    order by f.inserted_at desc, f.id desc limit 21
) as page on true;
