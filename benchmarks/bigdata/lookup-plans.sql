-- The batch lookup's follow query in its two forms, on a generated data set (docs/BENCHMARKS.md,
-- item 4): "owner = user and other in (ids)" as the service sent it before V2, and the pairs joined
-- to the unique index as it sends it now (PairProbe). The caller is the user ranked 300th by
-- followers (outside the default statistics' 100 most common values); the ids are 50 of its
-- followers and 50 other users. Run it twice: the first run reads from disk.
-- With the data set's server running (its binaries and port: pgdata/postmaster.opts):
--   unshare -U <bin>/pg_ctl -D /tmp/relations-bigdata/pgdata -o "-p 5499 -c listen_addresses=127.0.0.1 -c unix_socket_directories=" -w start
--   PGPASSWORD=$(cat /tmp/relations-bigdata/superuser-password) psql -h 127.0.0.1 -p 5499 -U postgres -d relations_10m -f benchmarks/bigdata/lookup-plans.sql
--   unshare -U <bin>/pg_ctl -D /tmp/relations-bigdata/pgdata -m fast -w stop
create temporary table caller as
  select followed_id as id, count(*) as followers from phoenix_kit_user_follows group by followed_id order by 2 desc offset 300 limit 1;
select id, followers from caller;
create temporary table others as
  (select follower_id as id from phoenix_kit_user_follows where followed_id = (select id from caller) order by inserted_at limit 50)
  union all (select id from phoenix_kit_users where id <> (select id from caller) order by id limit 50);
\echo '--- before: owner = :user and other in (:others)'
select format('explain (analyze, buffers, costs off) select f.* from phoenix_kit_user_follows f where (f.follower_id = %L and f.followed_id in (%s)) or (f.followed_id = %L and f.follower_id in (%s))',
  c.id, string_agg(quote_literal(o.id) || '::uuid', ','), c.id, string_agg(quote_literal(o.id) || '::uuid', ','))
from caller c, others o group by c.id \gexec
\echo '--- after: (first, second) pairs joined to the unique index'
select format('explain (analyze, buffers, costs off) select t.* from (values %s) as pair(first, second) join phoenix_kit_user_follows t on t.follower_id = pair.first and t.followed_id = pair.second',
  string_agg(format('(%L::uuid, %L::uuid), (%L::uuid, %L::uuid)', c.id, o.id, o.id, c.id), ', '))
from caller c, others o group by c.id \gexec
