-- The JDBC event engine (tracker.event-store.engine=jdbc, EventStoreConfiguration) inserts a unit of work's events
-- as one batch without their global index: the column takes it from its sequence as each row is inserted, one value
-- at a time. The JPA engine (the default) names the index it took from the same sequence, so both number events alike.
-- Keep this file and the other folder's V19 in step.
alter table domain_event_entry alter column global_index set default next value for domain_event_entry_seq;
