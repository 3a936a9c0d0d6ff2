-- A fact reported late folds a track's phase or a channel again from its valid start (LateFacts): it reads the facts
-- that start at or after it through these indexes, instead of every fact of the track or channel. Facts kept before
-- this migration have no valid_from (their start is in their JSON): they are read as well, and sorted out in memory,
-- until a replay of the state writes them again with it. Keep this file and the other folder's V14 in step.
alter table state_fact add column valid_from timestamp(6) with time zone;
alter table state_fact_channel add column valid_from timestamp(6) with time zone;
create index ix_state_fact_phase_valid on state_fact (track, shapes_phase, valid_from);
create index ix_state_fact_channel_valid on state_fact_channel (channel_key, valid_from);
