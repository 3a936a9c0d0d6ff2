-- The state is read one entity's version at a time (query module, VersionsAt): an entity's open-ended version held
-- at a record time is the first entry of ix_state_history_open_ended read backwards from it, and a bounded version
-- holding at a valid time the first of ix_state_history_valid_starts read backwards from that time. A channel's
-- state at a moment was a walk through every version it had (one per contact); it is one or two index steps.
create index ix_state_history_open_ended on state_history (entity_kind, entity_key, valid_to, recorded_from);
create index ix_state_history_valid_starts on state_history (entity_kind, entity_key, valid_from);

-- The channels the histories hold, one row each, written with their first version (HistoryWrites): the world's
-- channels are listed from here, not found among every version of every channel.
create table state_channel (
    channel_key varchar(300) not null,
    constraint pk_state_channel primary key (channel_key)
);
insert into state_channel (channel_key)
select distinct entity_key from state_history where entity_kind = 'channel';

-- No query reads state_history by its time columns alone any more (the world is answered a page of tracks at a
-- time, each through the index on track), so V3's four indexes on them only cost writes. Each row the projection
-- writes now goes to five B-trees instead of seven. Keep this file and the other folder's V15 in step.
drop index ix_state_history_recorded_to;
drop index ix_state_history_recorded_from;
drop index ix_state_history_valid_to;
drop index ix_state_history_valid_from;
