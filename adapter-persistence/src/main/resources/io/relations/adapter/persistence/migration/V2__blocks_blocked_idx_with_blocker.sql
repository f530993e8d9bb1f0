-- The batch lookup (GET /api/v1/me/relationships?ids=) finds blocks by (blocker, blocked) pairs,
-- one index probe per pair. With phoenix_kit_user_blocks_blocked_idx on blocked_id alone, the
-- planner may probe it and filter on blocker_id (an equal cost to it whenever blocks per blocked
-- user average one, as they do), and then each pair naming a user blocked by many walks all of
-- that user's blocks. With both columns here, either index is a single probe for a pair. It still
-- serves everything the one-column index did (the foreign key's cascade, "who blocks this user").
-- Measured in docs/BENCHMARKS.md (item 4); checked by KeysetPlansOnPostgresTest.
drop index phoenix_kit_user_blocks_blocked_idx;
create index phoenix_kit_user_blocks_blocked_idx
    on phoenix_kit_user_blocks (blocked_id, blocker_id);
