-- The least SQL of a 100-id lookup (GET /api/v1/me/relationships?ids=...) under the service's
-- rules, for pgbench -M prepared -D users=N (data: ../load.sql): one statement, its own snapshot.
-- The asked users are the 100 around the viewer v (v-50..v+50 without v, wrapping), the ids the
-- wrk script sends; they are made here from v, since pgbench cannot compute md5 itself. It returns
-- the module switch and whether the viewer is known on every row, and per asked user whether they
-- are known and everything between them and the viewer: both follows, the connection (its status
-- and who asked), both blocks. Each is one probe of a unique index per pair (the service's
-- PairRows shape), so a viewer with a million followers costs what one with ten does.
\set viewer random(1, :users)
with asked as materialized (
    -- Materialized, so the viewer is a column to the joins below, not a constant: each join is then
    -- one probe of a unique index per pair. With the viewer a constant, the planner may walk all of
    -- the viewer's followers through the followers index and hash them (the statistics problem of
    -- docs/BENCHMARKS.md, item 4, which the service's PairRows avoids by joining the ids to each index).
    select md5(:viewer::text)::uuid as viewer_id, md5((1 + (:viewer - 1 + d + :users) % :users)::text)::uuid as id
    from generate_series(-50, 50) as d where d <> 0
)
select coalesce((select s.value = 'true' from phoenix_kit_settings s where s.key = 'connections_enabled'), false) as module_on,
       exists (select 1 from phoenix_kit_users u where u.id = md5(:viewer::text)::uuid) as viewer_known,
       a.id as user_id, u.id is not null as known,
       following.id is not null as following, followed_by.id is not null as followed_by,
       c.status, c.requester_id, blocking.id is not null as blocking, blocked_by.id is not null as blocked_by
from asked a
left join phoenix_kit_users u on u.id = a.id
left join phoenix_kit_user_follows following on following.follower_id = a.viewer_id and following.followed_id = a.id
left join phoenix_kit_user_follows followed_by on followed_by.follower_id = a.id and followed_by.followed_id = a.viewer_id
left join phoenix_kit_user_connections c
  on least(c.requester_id, c.recipient_id) = least(a.viewer_id, a.id) and greatest(c.requester_id, c.recipient_id) = greatest(a.viewer_id, a.id)
left join phoenix_kit_user_blocks blocking on blocking.blocker_id = a.viewer_id and blocking.blocked_id = a.id
left join phoenix_kit_user_blocks blocked_by on blocked_by.blocker_id = a.id and blocked_by.blocked_id = a.viewer_id;
