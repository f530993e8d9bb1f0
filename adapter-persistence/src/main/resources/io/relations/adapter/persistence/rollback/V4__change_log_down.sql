-- Undoes V4__change_log.sql, leaving the schema exactly as V3 left it. Run by SchemaRollback
-- (db rollback) before V3's down script.
drop table if exists phoenix_kit_change_log_retention;
drop table if exists phoenix_kit_change_consumers;
drop table if exists phoenix_kit_change_log;
