-- A batch of stances recorded after every other stance of their party and issue reads only the part of that history
-- they can change (SubjectsOfBatch): the stances from the earliest valid time among them on, through an index on
-- valid time, instead of every stance the subject ever had. The subject's row keeps the record time of its latest
-- stance to tell; existing rows get it here. The new index leads with the columns of the one it replaces.
-- Keep this file and the other folder's V13 in step.
alter table position_subject add column recorded_until timestamp(6) with time zone;
update position_subject set recorded_until = (select max(s.recorded_at) from position_statement s
    where s.party = position_subject.party and s.issue = position_subject.issue);
create index ix_position_statement_valid on position_statement (party, issue, valid_from);
drop index ix_position_statement_subject;
