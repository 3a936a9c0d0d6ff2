-- A channel's versions no longer carry the running count of its contacts (query module, ChannelVersion): a contact
-- reported late changed that count in every later version, so each one rewrote the rest of its channel's history,
-- which made a long replay slow down with the square of a busy channel's contacts. Each version now says how many
-- contacts started at its own valid start, and an as-of query adds them up (ChannelContacts) from two tables that
-- HistoryWrites keeps. Keep this file and the other folder's V18 in step.

-- The versions that start with contacts, with their counts: a mirror of those channel rows of state_history.
create table state_channel_contact (
    channel_key   varchar(300)                not null,
    recorded_from timestamp(6) with time zone not null,
    valid_from    timestamp(6) with time zone not null,
    recorded_to   timestamp(6) with time zone,
    contacts      integer                     not null,
    constraint pk_state_channel_contact primary key (channel_key, recorded_from, valid_from)
);
-- what a sum over one year of a channel reads, in the order it reads it: its versions by valid start, each with its
-- record interval and count
create index ix_state_channel_contact_sum on state_channel_contact
    (channel_key, valid_from, recorded_from, recorded_to, contacts);

-- How many contacts a channel had before each year (UTC) it has contacts in, over record time: one row a stretch of
-- record time in which that number held, from the first instant the column takes. The count at a valid time is the
-- one before its year plus a sum over that year's versions alone (ChannelYears): a contact reported late changes the
-- rows of the later years, a dozen over the synthetic history's twelve years, not every later version.
create table state_channel_year (
    channel_key     varchar(300)                not null,
    year_start      timestamp(6) with time zone not null,
    recorded_from   timestamp(6) with time zone not null,
    recorded_to     timestamp(6) with time zone,
    contacts_before integer                     not null,
    constraint pk_state_channel_year primary key (channel_key, year_start, recorded_from)
);

-- The stored channel versions have the old shape, which SQL cannot turn into the new one: the diplomatic state is
-- rebuilt from the event store, as V11 had it. Its tables are emptied and its processor's tokens removed, so that at
-- the next start the processor begins again at the first event and fills them. Every other read model is untouched.
delete from state_history;
delete from state_channel;
delete from state_tail;
delete from state_fact_channel;
delete from state_fact;
delete from state_track;
delete from state_actor;
delete from token_entry where processor_name = 'state';
