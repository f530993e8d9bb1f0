-- Relations V5: webhook subscriptions, their secrets and their delivery attempts (issue 13).
-- Not in PhoenixKit V36, which emits nothing. Undone by rollback/V5__webhooks_down.sql.
--
-- A subscription's position in the change log is not here: it is a consumer like any other
-- (phoenix_kit_change_consumers, name 'webhook:<id>'), which retention waits for.

create table phoenix_kit_webhook_subscriptions (
    id              uuid        primary key,
    url             text        not null,
    -- ChangeType codes, comma-separated; empty for every type
    event_types     text        not null,
    -- privacy classes, comma-separated, at least one
    privacy         text        not null,
    state           text        not null,
    -- why a paused subscription is paused; null while active
    pause_reason    text,
    -- while its endpoint is failing: since when, how many attempts in a row, when the next is due
    failing_since   timestamptz,
    failed_attempts integer,
    next_attempt_at timestamptz,
    -- the log's position when it was created (ChangePosition's 32 hex digits): where it starts
    start_after     text        not null,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    constraint phoenix_kit_webhook_subscriptions_url_check check (url ~ '^https?://' and length(url) <= 2000),
    constraint phoenix_kit_webhook_subscriptions_event_types_check
        check (event_types ~ '^([a-z][a-z_]*(\.[a-z][a-z_]*)+(,[a-z][a-z_]*(\.[a-z][a-z_]*)+)*)?$' and length(event_types) <= 2000),
    constraint phoenix_kit_webhook_subscriptions_privacy_check
        check (privacy ~ '^(public|parties|private)(,(public|parties|private)){0,2}$'),
    constraint phoenix_kit_webhook_subscriptions_state_check
        check ((state = 'active' and pause_reason is null) or (state = 'paused' and pause_reason in ('administrator', 'failing'))),
    constraint phoenix_kit_webhook_subscriptions_retry_check
        check ((failing_since is null and failed_attempts is null and next_attempt_at is null)
            or (state = 'active' and failing_since is not null and failed_attempts >= 1 and next_attempt_at >= failing_since)),
    constraint phoenix_kit_webhook_subscriptions_start_after_check check (start_after ~ '^[0-9a-f]{32}$'),
    constraint phoenix_kit_webhook_subscriptions_updated_check check (updated_at >= created_at)
);

-- The administrators' list, newest first.
create index phoenix_kit_webhook_subscriptions_created_idx on phoenix_kit_webhook_subscriptions (created_at desc, id desc);
-- The dispatcher's round: the active ones.
create index phoenix_kit_webhook_subscriptions_active_idx on phoenix_kit_webhook_subscriptions (created_at, id) where state = 'active';

-- The signing keys, apart from the subscriptions so that no query of a subscription reads them.
-- Each is either as given (whsec_ and Base64: whoever can read this table can sign as the
-- service), or sealed with AES-256-GCM under the installation's key (aesgcm: and Base64url of
-- nonce, ciphertext and tag), when the adapter was given one.
create table phoenix_kit_webhook_secrets (
    subscription_id uuid        primary key references phoenix_kit_webhook_subscriptions (id) on delete cascade,
    current_secret  text        not null,
    -- the key before the latest rotation, signing beside the current one until previous_until
    previous_secret text,
    previous_until  timestamptz,
    constraint phoenix_kit_webhook_secrets_current_check
        check (current_secret ~ '^(whsec_[A-Za-z0-9+/=]{32,88}|aesgcm:[A-Za-z0-9_-]{60,200})$'),
    constraint phoenix_kit_webhook_secrets_previous_check
        check ((previous_secret is null) = (previous_until is null)
            and (previous_secret is null or previous_secret ~ '^(whsec_[A-Za-z0-9+/=]{32,88}|aesgcm:[A-Za-z0-9_-]{60,200})$'))
);

-- Every delivery attempt; the adapter keeps the newest 1,000 of each subscription.
create table phoenix_kit_webhook_attempts (
    id              uuid        primary key,
    subscription_id uuid        not null references phoenix_kit_webhook_subscriptions (id) on delete cascade,
    attempted_at    timestamptz not null,
    change_id       uuid        not null,
    -- the change's position (32 hex digits): shown, never compared
    position        text        not null,
    outcome         text        not null,
    status          integer,
    took_micros     bigint      not null,
    next_attempt_at timestamptz,
    constraint phoenix_kit_webhook_attempts_position_check check (position ~ '^[0-9a-f]{32}$'),
    constraint phoenix_kit_webhook_attempts_outcome_check
        check (outcome in ('acknowledged', 'rejected', 'timed_out', 'unreachable', 'address_refused')),
    constraint phoenix_kit_webhook_attempts_status_check
        check ((outcome in ('acknowledged', 'rejected')) = (status is not null) and (status is null or status between 100 and 599)),
    constraint phoenix_kit_webhook_attempts_took_check check (took_micros >= 0),
    constraint phoenix_kit_webhook_attempts_next_check check (outcome <> 'acknowledged' or next_attempt_at is null)
);

-- A subscription's attempts, newest first; also the pruning's walk.
create index phoenix_kit_webhook_attempts_subscription_idx on phoenix_kit_webhook_attempts (subscription_id, attempted_at desc, id desc);
