-- The data of benchmarks/least-sql/run.sh, as if every row had gone through the service: psql -v
-- users=N -v pool=P -v stripes=FILE. Users 1..N are md5(n)::uuid (as pgbench/load-users.sql);
-- benchmark_users maps n to the id and the service's own counter stripe of it (FILE, written by
-- io.relations.benchmarks.http.UserStripeFile). Each user n follows
--   * its 3 neighbours n+1..n+3 (wrapping), so that a lookup of the 100 users around n meets a
--     few follows in both directions, and
--   * 6 users of the pool 1..P, spread by a multiplicative hash, so that every pool user has about
--     6N/P followers and its first page of 20 is full;
-- each edge with its 'follow' history row (same id and time, as the service writes them) and its
-- two counter stripes. No connections and no blocks: the reads probe those tables empty, the
-- service's reads as much as the minimal ones.
\set ON_ERROR_STOP on
\timing on
insert into phoenix_kit_users (id)
select md5(n::text)::uuid from generate_series(1, :users) as n
on conflict (id) do nothing;

create table benchmark_users (n int primary key, id uuid not null unique, stripe smallint not null);
-- \copy takes its line as it is; built in a variable, the file name is interpolated first.
\set copy_stripes '\\copy benchmark_users (n, id, stripe) from ' :'stripes' ' with (format csv)'
:copy_stripes

create temporary table edges as
select distinct follower, followed from (
    select n as follower, 1 + (n + k - 1) % :users as followed
    from generate_series(1, :users) as n, generate_series(1, 3) as k
    union all
    select n, 1 + ((n::bigint * 2654435761 + k * 40503) % :pool)::int
    from generate_series(1, :users) as n, generate_series(1, 6) as k
) as e
where follower <> followed;

-- The two tables' secondary indexes are built after the load rather than kept up row by row
-- (their definitions from the catalog, so they are the migrations' own whatever they become).
create temporary table deferred_indexes as
select indexname, indexdef from pg_indexes
where tablename in ('phoenix_kit_user_follows', 'phoenix_kit_user_follows_history')
  and indexname not in (select conname from pg_constraint);
select format('drop index %I', indexname) from deferred_indexes
\gexec

-- Random ids and times: the pages' keyset order (inserted_at desc, id desc) is then no order of n.
create temporary table follows as
select gen_random_uuid() as id, f.id as follower_id, t.id as followed_id, f.stripe as follower_stripe,
       t.stripe as followed_stripe, now() - random() * interval '365 days' as inserted_at
from edges e join benchmark_users f on f.n = e.follower join benchmark_users t on t.n = e.followed;

insert into phoenix_kit_user_follows (id, follower_id, followed_id, inserted_at)
select id, follower_id, followed_id, inserted_at from follows;
insert into phoenix_kit_user_follows_history (id, follower_id, followed_id, actor_id, action, inserted_at)
select id, follower_id, followed_id, follower_id, 'follow', inserted_at from follows;
select indexdef from deferred_indexes
\gexec
-- A follow A -> B counts a follower of B on the stripe of A and a followed user of A on the stripe of B.
insert into phoenix_kit_user_stats_stripes (user_id, stripe, followers, following, connections)
select user_id, stripe, sum(followers), sum(following), 0
from (
    select followed_id as user_id, follower_stripe as stripe, 1 as followers, 0 as following from follows
    union all
    select follower_id, followed_stripe, 0, 1 from follows
) as counted
group by user_id, stripe;

vacuum (analyze) phoenix_kit_users, benchmark_users, phoenix_kit_user_follows, phoenix_kit_user_follows_history,
    phoenix_kit_user_stats_stripes, phoenix_kit_user_connections, phoenix_kit_user_blocks, phoenix_kit_settings;
select count(*) as follows, (select count(*) from phoenix_kit_user_follows where followed_id = md5('1')::uuid) as followers_of_user_1
from phoenix_kit_user_follows;
