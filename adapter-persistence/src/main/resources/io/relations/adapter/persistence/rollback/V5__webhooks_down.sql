-- Undoes V5__webhooks.sql, leaving the schema exactly as V4 left it. Run by SchemaRollback
-- (db rollback) before V4's down script. The subscriptions' positions (webhook:<id>) are rows of
-- V4's consumers table: they go too, or retention would wait for subscriptions that no longer exist.
drop table if exists phoenix_kit_webhook_attempts;
drop table if exists phoenix_kit_webhook_secrets;
drop table if exists phoenix_kit_webhook_subscriptions;
do $$
begin
    if to_regclass('phoenix_kit_change_consumers') is not null then
        delete from phoenix_kit_change_consumers where name like 'webhook:%';
    end if;
end
$$;
