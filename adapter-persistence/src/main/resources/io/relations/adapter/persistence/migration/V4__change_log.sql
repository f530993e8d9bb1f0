-- Relations V4: the change log (issue 13). Every transaction that changes something adds one row
-- per change here, in the same transaction: a command's events (a block's cascade removals are
-- rows of their own), a registration, a deletion and each relationship it removed, a setting's
-- switch. Consumers (the feed, webhooks, Kafka) read it; nothing else does.
--
-- Not in PhoenixKit V36, which emits nothing. Undone by rollback/V4__change_log_down.sql.
--
-- The order is (transaction_id, sequence_id), not sequence_id alone: sequence numbers are handed
-- out before commit, so a transaction can commit number 10 after another committed 11, and a
-- reader that had read 11 would never see 10. Readers only read rows of transactions older than
-- the oldest one still in flight (transaction_id < pg_snapshot_xmin(pg_current_snapshot())); every
-- transaction that commits later has a higher transaction_id than any row they read. Changes of
-- one subject are in commit order because every writer of a subject takes the subject's locks
-- before its first write, which is when PostgreSQL gives it its transaction_id.
--
-- No foreign keys: the log outlives the users it names (a deletion publishes what it removed).

create table phoenix_kit_change_log (
    -- the change's number: orders the changes of one transaction
    sequence_id    bigint      generated always as identity primary key,
    -- the writing transaction, given by the server
    transaction_id xid8        not null default pg_current_xact_id(),
    -- the change's id (UUIDv7): consumers drop repeats by it; a command's change has its history row's id
    id             uuid        not null,
    type           text        not null,
    type_version   smallint    not null,
    privacy        text        not null,
    -- ChangeSubject.key(): pair:<lower>:<higher>, user:<id> or setting:<key>
    subject        text        not null,
    actor_id       uuid        not null,
    occurred_at    timestamptz not null,
    -- the type's fields, every value a JSON string
    data           jsonb       not null,
    constraint phoenix_kit_change_log_id_key unique (id),
    constraint phoenix_kit_change_log_type_check check (type ~ '^[a-z][a-z_]*(\.[a-z][a-z_]*)+$' and length(type) <= 64),
    constraint phoenix_kit_change_log_type_version_check check (type_version >= 1),
    constraint phoenix_kit_change_log_privacy_check check (privacy in ('public', 'parties', 'private')),
    constraint phoenix_kit_change_log_subject_check check (subject ~ '^(pair|user|setting):' and length(subject) <= 100),
    constraint phoenix_kit_change_log_data_check check (jsonb_typeof(data) = 'object')
);

-- Readers: after a position, in order.
create index phoenix_kit_change_log_order_idx on phoenix_kit_change_log (transaction_id, sequence_id);
-- Retention: the oldest first.
create index phoenix_kit_change_log_occurred_idx on phoenix_kit_change_log (occurred_at);

-- Where each consumer (kafka, webhook:<id>) has delivered through.
create table phoenix_kit_change_consumers (
    name           text        primary key,
    transaction_id xid8        not null,
    sequence_id    bigint      not null,
    updated_at     timestamptz not null,
    constraint phoenix_kit_change_consumers_name_check check (name ~ '^[a-z0-9][a-z0-9._:-]{0,99}$')
);

-- The last position retention removed (one row once it removed any): a reader after an older
-- position would miss changes and is told so.
create table phoenix_kit_change_log_retention (
    singleton      boolean     primary key default true,
    transaction_id xid8        not null,
    sequence_id    bigint      not null,
    updated_at     timestamptz not null,
    constraint phoenix_kit_change_log_retention_singleton_check check (singleton)
);

-- The backfill: what existed before the log is in it too, as the changes that made it, in the
-- order of the history (then registrations before the relationships of the same instant). The
-- users known before V4 are registered at their row's time, by themselves: who registered them
-- is not recorded. All of it is one transaction: this migration's.
insert into phoenix_kit_change_log (id, type, type_version, privacy, subject, actor_id, occurred_at, data)
select id, type, 1, privacy, subject, actor_id, occurred_at, data
from (
    select u.id, 'user.registered' as type, 'public' as privacy, 'user:' || u.id as subject, u.id as actor_id,
           u.inserted_at as occurred_at, jsonb_build_object('user', u.id::text) as data, 0 as rank
    from phoenix_kit_users u
    union all
    select h.id, case h.action when 'follow' then 'follow.created' else 'follow.removed' end, 'public',
           'pair:' || least(h.follower_id, h.followed_id) || ':' || greatest(h.follower_id, h.followed_id), h.actor_id,
           h.inserted_at, jsonb_build_object('follower', h.follower_id::text, 'followed', h.followed_id::text), 1
    from phoenix_kit_user_follows_history h
    union all
    select h.id, 'connection.' || h.action,
           case h.action when 'accepted' then 'public' else 'parties' end,
           'pair:' || h.user_a_id || ':' || h.user_b_id, h.actor_id, h.inserted_at,
           case h.action
               when 'requested' then jsonb_build_object('requester', h.actor_id::text,
                   'recipient', (case when h.actor_id = h.user_a_id then h.user_b_id else h.user_a_id end)::text)
               when 'removed' then jsonb_build_object('user_a', h.user_a_id::text, 'user_b', h.user_b_id::text)
               -- accepted and rejected are the recipient's answers: the requester is the other user
               else jsonb_build_object('requester', (case when h.actor_id = h.user_a_id then h.user_b_id else h.user_a_id end)::text,
                   'recipient', h.actor_id::text)
           end, 1
    from phoenix_kit_user_connections_history h
    union all
    select h.id, case h.action when 'block' then 'block.created' else 'block.removed' end, 'parties',
           'pair:' || least(h.blocker_id, h.blocked_id) || ':' || greatest(h.blocker_id, h.blocked_id), h.actor_id,
           h.inserted_at,
           case when h.action = 'block' and h.reason is not null
               then jsonb_build_object('blocker', h.blocker_id::text, 'blocked', h.blocked_id::text, 'reason', h.reason)
               else jsonb_build_object('blocker', h.blocker_id::text, 'blocked', h.blocked_id::text)
           end, 1
    from phoenix_kit_user_blocks_history h
) as history
order by occurred_at, rank, id;
