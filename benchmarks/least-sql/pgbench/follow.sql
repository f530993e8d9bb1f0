-- The least SQL of a follow (PUT /api/v1/me/following/{id}) under the service's rules, for
-- pgbench -M prepared -D users=N -D hot=H -D clients=C -D step=0 (data: ../load.sql). Two
-- statements between BEGIN and COMMIT, the fewest that keep the rules: the locks must be granted
-- before the snapshot that reads the pair is taken (READ COMMITTED takes one per statement), so
-- they cannot ride in the statement that does the work.
--  1. The module switch's lock, shared, and the pair's lock: the service's keys (AdvisoryLocks:
--     the two-key form, namespace 0x52454c41 = 1380273217; the module switch key 1; PairLockKey:
--     the bits 10 above the low 30 bits of the first 4 bytes of SHA-256 over the two ids' 16 bytes
--     each, lower id first, as a signed int).
--  2. One statement that reads the facts (the setting, both blocks, the other direction's follow,
--     the pair's connection), inserts the edge only when the module is on and no block exists
--     (a no-op "on conflict" when already following), and only for an edge it inserted writes the
--     history row (same id and time) and both counter stripes (the stripe is the other user's,
--     read from benchmark_users: the service's CounterStripe; rows in ascending user id, the
--     service's lock order). Both users known: the edge's foreign keys prove it (and hold both
--     rows "for key share" as the service does; an unknown user fails the insert, the service's
--     404); a follow refused while the module is off needs no user (the first refusal, as in the
--     service), one refused for a block or a no-op names users the block or the edge proves
--     exist. It returns what the service answers: whether the
--     module is on, whether it changed, and the pair's relationship as the follower sees it.
-- Cold (hot = 0): a random pair, as write-path/follow.lua. Hot (hot = H): every follow is of user
-- H, by the followers in turn (this client's own stride, so no pair repeats within a run).
\set step :step + 1
\set walker 1 + (:client_id + :step * :clients) % :users
\set follower case when :hot = 0 then random(1, :users) when :walker = :hot then 1 + :walker % :users else :walker end
\set followed case when :hot = 0 then 1 + (:follower + random(0, :users - 2)) % :users else :hot end
BEGIN;
select pg_advisory_xact_lock_shared(1380273217, 1),
       pg_advisory_xact_lock(1380273217, (('x' || left(encode(sha256(uuid_send(least(a, b)) || uuid_send(greatest(a, b))), 'hex'), 8))::bit(32)::int
                                          & x'3fffffff'::int) | x'80000000'::int)
from (select md5(:follower::text)::uuid as a, md5(:followed::text)::uuid as b) as pair;
with facts as (
    select f.id as follower, f.stripe as follower_stripe, t.id as followed, t.stripe as followed_stripe,
           coalesce((select s.value = 'true' from phoenix_kit_settings s where s.key = 'connections_enabled'), false) as module_on,
           exists (select 1 from phoenix_kit_user_blocks b where b.blocker_id = f.id and b.blocked_id = t.id) as blocking,
           exists (select 1 from phoenix_kit_user_blocks b where b.blocker_id = t.id and b.blocked_id = f.id) as blocked_by,
           exists (select 1 from phoenix_kit_user_follows b where b.follower_id = t.id and b.followed_id = f.id) as followed_by,
           c.status, c.requester_id
    from benchmark_users f
    join benchmark_users t on t.n = :followed
    left join phoenix_kit_user_connections c
      on least(c.requester_id, c.recipient_id) = least(f.id, t.id) and greatest(c.requester_id, c.recipient_id) = greatest(f.id, t.id)
    where f.n = :follower
), edge as (
    insert into phoenix_kit_user_follows (id, follower_id, followed_id, inserted_at)
    select gen_random_uuid(), follower, followed, now() from facts
    where module_on and not blocking and not blocked_by
    on conflict (follower_id, followed_id) do nothing
    returning id, follower_id, followed_id, inserted_at
), history as (
    insert into phoenix_kit_user_follows_history (id, follower_id, followed_id, actor_id, action, inserted_at)
    select id, follower_id, followed_id, follower_id, 'follow', inserted_at from edge
), counted as (
    insert into phoenix_kit_user_stats_stripes as s (user_id, stripe, followers, following, connections)
    select stripe_row.* from edge cross join facts
    cross join lateral (values (facts.followed, facts.follower_stripe, 1, 0, 0),
                               (facts.follower, facts.followed_stripe, 0, 1, 0)) as stripe_row (user_id, stripe, followers, following, connections)
    order by stripe_row.user_id
    on conflict (user_id, stripe) do update
    set followers = s.followers + excluded.followers, following = s.following + excluded.following
)
select module_on, exists (select 1 from edge) as changed, followed as user_id,
       module_on and not blocking and not blocked_by as following, followed_by,
       case when status is null then 'none' when status = 'accepted' then 'connected'
            when requester_id = follower then 'pending_outgoing' else 'pending_incoming' end as connection,
       blocking, blocked_by
from facts;
COMMIT;
