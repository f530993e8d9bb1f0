-- The users follow.sql picks from: md5(n)::uuid for n in 1..:users (psql -v users=N).
insert into phoenix_kit_users (id)
select md5(n::text)::uuid from generate_series(1, :users) as n
on conflict (id) do nothing;
