-- The least SQL of stats (GET /api/v1/users/{id}/stats) under the service's rules, for pgbench
-- -M prepared -D users=N (data: ../load.sql): one statement, its own snapshot. The facts of the
-- privacy rule (module switch, viewer and owner known, whether the owner blocks the viewer) and
-- the sum of the owner's counter stripes (at most 16 rows of the primary key).
\set viewer random(1, :users)
\set owner random(1, :users)
select coalesce((select s.value = 'true' from phoenix_kit_settings s where s.key = 'connections_enabled'), false) as module_on,
       exists (select 1 from phoenix_kit_users u where u.id = md5(:viewer::text)::uuid) as viewer_known,
       exists (select 1 from phoenix_kit_users u where u.id = md5(:owner::text)::uuid) as owner_known,
       exists (select 1 from phoenix_kit_user_blocks b
               where b.blocker_id = md5(:owner::text)::uuid and b.blocked_id = md5(:viewer::text)::uuid) as owner_blocks_viewer,
       coalesce(sum(c.followers), 0)::bigint as followers, coalesce(sum(c.following), 0)::bigint as following,
       coalesce(sum(c.connections), 0)::bigint as connections
from phoenix_kit_user_stats_stripes c where c.user_id = md5(:owner::text)::uuid;
