-- Relations V3: deleted users (issue 10). Deleting a user still erases them with all their rows
-- and history (V1's cascades); what V3 keeps is a tombstone, so that the user's tokens, which stay
-- valid until they expire, cannot register them again on their next request, and a history of
-- every deletion and of every registration by an administrator that lifted one.
--
-- Not in PhoenixKit V36, which deletes users in its identity system and has no first-use
-- registration to guard against. Undone by db/rollback/V3__deleted_users_down.sql.
--
-- Neither table has a foreign key to phoenix_kit_users: a tombstone names a user who is no longer
-- there (a registered user never has one; the invariant checker says so), and the history must
-- outlive both the user and the tombstone.

-- One row per user deleted and not registered again since: first-use registration refuses them.
create table phoenix_kit_deleted_users (
    user_id    uuid        primary key,
    -- the administrator (the token's sub) who deleted the user
    deleted_by uuid        not null,
    deleted_at timestamptz not null
);

-- Append-only, one row per change of phoenix_kit_deleted_users: 'delete' adds the tombstone (in
-- the transaction that deletes the user), 'register' lifts it (an administrator's
-- PUT /api/v1/admin/users/{id}); the actor is the administrator. Replayed in (inserted_at, id)
-- order it gives exactly the tombstones, as the other history tables give their rows.
create table phoenix_kit_deleted_users_history (
    id          uuid        primary key,
    user_id     uuid        not null,
    actor_id    uuid        not null,
    action      text        not null,
    inserted_at timestamptz not null,
    constraint phoenix_kit_deleted_users_history_action_check check (action in ('delete', 'register'))
);
create index phoenix_kit_deleted_users_history_user_idx
    on phoenix_kit_deleted_users_history (user_id, inserted_at desc, id desc);
