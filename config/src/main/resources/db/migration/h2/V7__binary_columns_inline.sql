-- Axon's payloads, metadata, tokens and sagas inline as varbinary instead of BLOBs: H2 keeps every BLOB value it
-- hands out on its session for minutes, which filled the heap on large imports (see VarbinaryH2Dialect).
alter table domain_event_entry alter column payload set data type varbinary;
alter table domain_event_entry alter column meta_data set data type varbinary;
alter table snapshot_event_entry alter column payload set data type varbinary;
alter table snapshot_event_entry alter column meta_data set data type varbinary;
alter table token_entry alter column token set data type varbinary;
alter table saga_entry alter column serialized_saga set data type varbinary;
alter table dead_letter_entry alter column payload set data type varbinary;
alter table dead_letter_entry alter column meta_data set data type varbinary;
alter table dead_letter_entry alter column token set data type varbinary;
alter table dead_letter_entry alter column diagnostics set data type varbinary;
