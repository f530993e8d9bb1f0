-- A tiny host application of the tests (testing/HostAppDatabase): its own two tables and a row in
-- each, in the public schema, migrated by its own Flyway with every default (this location,
-- flyway_schema_history). Relations is embedded beside it and must leave all of this untouched.
create table accounts (
    id   bigint primary key,
    name text   not null
);
insert into accounts (id, name) values (1, 'host account');

create table orders (
    id         bigint primary key,
    account_id bigint not null references accounts (id),
    total      numeric(10, 2) not null
);
insert into orders (id, account_id, total) values (10, 1, 42.00);
