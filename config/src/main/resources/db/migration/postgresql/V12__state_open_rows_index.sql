-- The rows of a history that a new input may touch are those the record still held at its record time
-- (recorded_to null or later): with the record end third in the index, both are ranges of it
-- (StateHistories.rowsFrom), instead of every version the history ever had. The last version (valid_to and
-- recorded_to null, StateHistories.openEnded) is a range of the same index, so it replaces V10's, and a row is
-- written to as many indexes as before. Keep this file and the other folder's V12 in step.
drop index ix_state_history_last_version;
create index ix_state_history_open_rows on state_history (entity_kind, entity_key, recorded_to, valid_to);
