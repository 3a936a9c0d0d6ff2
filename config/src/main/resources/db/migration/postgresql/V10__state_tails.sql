-- The newest fact of each channel and each track's phase (state projection, StateTails): the latest valid start and
-- the latest record time among the facts its history is made of. A fact that comes after all of them in both times
-- (the usual case: facts recorded in order, about later events) extends the history by one version instead of making
-- the projection recompute it from every fact. No row means "not known": the projection then recomputes, and writes
-- the row. Keep this file and the other folder's V10 in step.
create table state_tail (
    entity_kind      varchar(20)                 not null,
    entity_key       varchar(300)                not null,
    last_valid_from  timestamp(6) with time zone not null,
    last_recorded_at timestamp(6) with time zone not null,
    constraint pk_state_tail primary key (entity_kind, entity_key)
);

-- The version a history ends with as the record now holds it (valid_to and recorded_to null): what the newest fact
-- extends. Without this index, finding it reads every version the history ever had in both times.
create index ix_state_history_last_version on state_history (entity_kind, entity_key, valid_to, recorded_to);
