-- Undoes V1__relations.sql. V36's down(opts) drops the relationship tables and deletes the
-- connections_enabled setting from PhoenixKit's shared settings table; here the settings and
-- users tables belong to this service alone, so dropping them removes the setting too and
-- leaves nothing of V1 behind.
-- Children before parents, so no cascade is needed and nothing unexpected can go with them.
drop table if exists phoenix_kit_user_stats_stripes;
drop table if exists phoenix_kit_user_blocks_history;
drop table if exists phoenix_kit_user_connections_history;
drop table if exists phoenix_kit_user_follows_history;
drop table if exists phoenix_kit_user_blocks;
drop table if exists phoenix_kit_user_connections;
drop table if exists phoenix_kit_user_follows;
drop table if exists phoenix_kit_settings;
drop table if exists phoenix_kit_users;
