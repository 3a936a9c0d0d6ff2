-- A track's lists cut at a page (query module, StateHistories). Keep this file and the other folder's V17 in step.

-- Each of a track's lists (invitations, meetings, measures, demands, proposals, guarantees) is read newest first:
-- the rows of one track and kind from the valid time asked backwards, in the order the answer shows them, so that a
-- page of n reads about n entries and the versions that no longer held, not everything the track ever held (read
-- backwards: the query orders by every leading column descending, which H2 needs to read an index in its order). The
-- index holds the time columns too, which the walk tests on every entry it passes. It leads with V3's index on
-- (track, entity_kind), which a track's phase (one row a version) is still read from, and replaces it.
create index ix_state_history_lists on state_history
    (track, entity_kind, valid_from, entity_key, valid_to, recorded_from, recorded_to);
drop index ix_state_history_track;

-- As of a record time by which little of a list had been recorded, the walk above would pass everything recorded
-- later: those few versions are read along this index instead (on H2; PostgreSQL picks an index by its statistics).
create index ix_state_history_list_records on state_history (track, entity_kind, recorded_from);
