-- As-of pages that read what they show (query module). Keep this file and the other folder's V16 in step.

-- A positions page is read subject by subject (PositionsAt): the subjects with a position at a valid and a record
-- time come from position_subject, each tested on the first entries of its stances' index on valid time, which now
-- holds their record time too; each subject's version then is the first entry of ix_position_version_open_ended read
-- backwards from the record time, or of ix_position_version_subject read backwards from the valid time. A page walked
-- every version of every subject in order, skipping all but one version a subject; its count walked them all.
drop index ix_position_statement_valid;
create index ix_position_statement_valid on position_statement (party, issue, valid_from, recorded_at);
create index ix_position_version_open_ended on position_version (party, issue, valid_to, recorded_from);

-- No query reads position_version in page order or by its time columns alone any more: these indexes only cost
-- writes (each version the projection writes now goes to three B-trees instead of five).
drop index ix_position_version_page;
drop index ix_position_version_as_of;
drop index ix_position_version_issue;

-- A timeline's count as of a record time by which few facts were recorded walks them in record-time order
-- (TimelineTotal), and reads their valid start from this index instead of from each row.
drop index ix_timeline_entry_recorded;
create index ix_timeline_entry_recorded on timeline_entry (recorded_at, valid_from);

-- V8's page index leads with the same columns as V2's order index, and serves every query that one served.
drop index ix_timeline_entry_order;
