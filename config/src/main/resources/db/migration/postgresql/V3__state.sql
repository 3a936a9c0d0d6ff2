-- The diplomatic state read model (query module, StateProjection, processing group 'state'): channels, track phases,
-- invitations, meetings, measures, demands, proposals and security guarantees, each kept as a bitemporal history,
-- and the inputs the projection recomputes those histories from. Written with plain JDBC (no JPA mapping); keep this
-- file and h2/V3__state.sql in step with StateInputs and StateHistories.

-- One version of one thing: its state (status, and the whole state as JSON) over the valid time
-- [valid_from, valid_to) as the record stood over the record time [recorded_from, recorded_to). A null valid_to means
-- "still so"; a null recorded_to means "the record still says so". Record times are the event store's timestamps.
create table state_history (
    entity_kind   varchar(20)                 not null,
    entity_key    varchar(300)                not null,
    track         varchar(120),
    valid_from    timestamp(6) with time zone not null,
    valid_to      timestamp(6) with time zone,
    recorded_from timestamp(6) with time zone not null,
    recorded_to   timestamp(6) with time zone,
    status        varchar(40)                 not null,
    state         text                        not null,
    constraint pk_state_history primary key (entity_kind, entity_key, recorded_from, valid_from)
);
-- An as-of query keeps the rows with recorded_from <= knownAt < recorded_to and valid_from <= validAt < valid_to.
-- Each axis has an index for each end, so that the planner can start from whichever is selective: about now, the
-- rows still open (recorded_to / valid_to null or later); about the past, the few rows that had begun by then.
create index ix_state_history_recorded_to on state_history (recorded_to, recorded_from);
create index ix_state_history_recorded_from on state_history (recorded_from, recorded_to);
create index ix_state_history_valid_to on state_history (valid_to, valid_from);
create index ix_state_history_valid_from on state_history (valid_from, valid_to);
create index ix_state_history_track on state_history (track, entity_kind);

-- What the projection keeps of the facts it recomputes histories from (facts may arrive out of valid-time order):
-- the read model's own digest of each fact as JSON, with its record time.
create table state_fact (
    track           varchar(120)                not null,
    fact_id         varchar(120)                not null,
    kind            varchar(40)                 not null,
    subject         varchar(140),
    shapes_phase    boolean                     not null,
    shapes_channels boolean                     not null,
    fact            text                        not null,
    recorded_at     timestamp(6) with time zone not null,
    constraint pk_state_fact primary key (track, fact_id)
);
create index ix_state_fact_subject on state_fact (track, subject);
create index ix_state_fact_channels on state_fact (shapes_channels);

-- The actors named by the facts that shape channels: a new call recomputes only the channels its parties are in.
create table state_fact_actor (
    track    varchar(120) not null,
    fact_id  varchar(120) not null,
    actor_id varchar(120) not null,
    constraint pk_state_fact_actor primary key (track, fact_id, actor_id),
    constraint fk_state_fact_actor_fact foreign key (track, fact_id)
        references state_fact (track, fact_id) on delete cascade
);
create index ix_state_fact_actor_actor on state_fact_actor (actor_id);

-- The tracks and their parties, as opened.
create table state_track (
    track       varchar(120)                not null,
    title       text                        not null,
    parties     text                        not null,
    recorded_at timestamp(6) with time zone not null,
    constraint pk_state_track primary key (track)
);

-- Every recorded profile of every actor: whom a person or office speaks for, as the record stood at each moment.
create table state_actor (
    actor_id        varchar(120)                not null,
    sequence_number bigint                      not null,
    kind            varchar(40)                 not null,
    speaks_for      text                        not null,
    recorded_at     timestamp(6) with time zone not null,
    constraint pk_state_actor primary key (actor_id, sequence_number)
);

-- Channels gather facts of every track and profiles of every actor, which event processor segments handle in
-- parallel: whoever recomputes the channels holds this row's lock first, so that no recomputation misses another's.
create table state_lock (
    name varchar(40) not null,
    constraint pk_state_lock primary key (name)
);
insert into state_lock (name) values ('channels');
