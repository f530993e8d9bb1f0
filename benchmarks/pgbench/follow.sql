-- One follow, as the service's transaction sends it (captured with log_statement=all, see
-- docs/BENCHMARKS.md), for pgbench -M prepared. Users are md5(n)::uuid for n in 1..:users
-- (load-users.sql). follower and followed differ by construction. A random pair repeats now and
-- then (rarely: 40,000 users make 1.6 billion pairs): the service reads the pair first and
-- answers "unchanged" without an insert; this script has no branch, so its insert says "on conflict
-- do nothing" instead of aborting the client. Otherwise the statements are the service's.
-- Differences from the service, each cheaper or equal: the pair's lock key is
-- hashtextextended() instead of SHA-256 in Java; ids are gen_random_uuid() instead of UUIDv7
-- made in Java; the stripe is n % 16 instead of a hash of the other user's id.
\set follower random(1, :users)
\set followed 1 + (:follower + random(0, :users - 2)) % :users
BEGIN;
select 1 from pg_advisory_xact_lock_shared(1380273217, 1);
select 1 from pg_advisory_xact_lock(hashtextextended(least(md5(:follower::text), md5(:followed::text)) || greatest(md5(:follower::text), md5(:followed::text)), 0));
select key, date_added, date_updated, value from phoenix_kit_settings where key = 'connections_enabled';
select 1 from phoenix_kit_users where id = md5(:followed::text)::uuid for key share;
select 1 from phoenix_kit_users where id = md5(:follower::text)::uuid for key share;
select id, followed_id, follower_id, inserted_at from phoenix_kit_user_follows
 where (follower_id = md5(:follower::text)::uuid and followed_id = md5(:followed::text)::uuid)
    or (follower_id = md5(:followed::text)::uuid and followed_id = md5(:follower::text)::uuid);
select id, inserted_at, recipient_id, requested_at, requester_id, responded_at, status, updated_at from phoenix_kit_user_connections
 where least(requester_id, recipient_id) = least(md5(:follower::text)::uuid, md5(:followed::text)::uuid)
   and greatest(requester_id, recipient_id) = greatest(md5(:follower::text)::uuid, md5(:followed::text)::uuid);
select id, blocked_id, blocker_id, inserted_at, reason from phoenix_kit_user_blocks
 where (blocker_id = md5(:follower::text)::uuid and blocked_id = md5(:followed::text)::uuid)
    or (blocker_id = md5(:followed::text)::uuid and blocked_id = md5(:follower::text)::uuid);
insert into phoenix_kit_user_follows_history (action, actor_id, followed_id, follower_id, inserted_at, id)
 values ('follow', md5(:follower::text)::uuid, md5(:followed::text)::uuid, md5(:follower::text)::uuid, now(), gen_random_uuid());
insert into phoenix_kit_user_follows (followed_id, follower_id, inserted_at, id)
 values (md5(:followed::text)::uuid, md5(:follower::text)::uuid, now(), gen_random_uuid())
 on conflict (follower_id, followed_id) do nothing;
insert into phoenix_kit_user_stats_stripes as s (user_id, stripe, followers, following, connections)
 values (md5(:followed::text)::uuid, :follower % 16, 1, 0, 0)
 on conflict (user_id, stripe) do update
 set followers = s.followers + excluded.followers, following = s.following + excluded.following, connections = s.connections + excluded.connections;
insert into phoenix_kit_user_stats_stripes as s (user_id, stripe, followers, following, connections)
 values (md5(:follower::text)::uuid, :followed % 16, 0, 1, 0)
 on conflict (user_id, stripe) do update
 set followers = s.followers + excluded.followers, following = s.following + excluded.following, connections = s.connections + excluded.connections;
COMMIT;
