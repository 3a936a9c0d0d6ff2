-- The state projection finds the facts of a channel by the channel's key instead of through both parties' actors
-- (StateInputs.channelFacts): a busy party's facts were read to recompute each of its quiet channels. A fact that
-- shapes channels is filed under every channel it could belong to at any moment of the record: each pair among the
-- parties its actors have ever spoken for (Channels.keysEver), filed again when a profile changes that.
-- Keep this file and the other folder's V11 in step.
create table state_fact_channel (
    channel_key varchar(300) not null,
    track       varchar(120) not null,
    fact_id     varchar(120) not null,
    constraint pk_state_fact_channel primary key (channel_key, track, fact_id),
    constraint fk_state_fact_channel_fact foreign key (track, fact_id)
        references state_fact (track, fact_id) on delete cascade
);
create index ix_state_fact_channel_fact on state_fact_channel (track, fact_id);

-- Which parties an actor has spoken for depends on every profile, which SQL cannot follow: the diplomatic state is
-- rebuilt from the event store instead. Its tables are emptied and its processor's tokens removed, so that at the
-- next start the processor begins again at the first event (the pooled processors' initial token) and fills them,
-- the new table included. The event store and every other read model are untouched.
drop table state_fact_actor;
delete from state_history;
delete from state_tail;
delete from state_fact;
delete from state_track;
delete from state_actor;
delete from token_entry where processor_name = 'state';
