-- Undoes V3__deleted_users.sql, leaving the schema exactly as V2 left it. Run by SchemaRollback
-- (db rollback) before V1's down script; on its own it drops only what V3 made.
drop table if exists phoenix_kit_deleted_users_history;
drop table if exists phoenix_kit_deleted_users;
