-- The positions read model (query module, PositionProjection, processing group 'positions') and the actor directory
-- (ActorProjection, processing group 'actors'), both with history on their time axes so that "as of" questions are
-- indexed queries; and an index for the timeline's knownAt filter. Hibernate validates these tables against
-- PositionStatementEntity, PositionVersionEntity, PositionSubjectEntity and ActorProfileEntity; keep this file and
-- postgresql/V4__positions_and_actors.sql in step with them.

-- The timeline as it stood at a moment: facts recorded by then.
create index ix_timeline_entry_recorded on timeline_entry (recorded_at);

-- A party and an issue with at least one stance: its row is locked while that history is worked out again.
create table position_subject (
    party varchar(120) not null,
    issue varchar(120) not null,
    constraint pk_position_subject primary key (party, issue)
);

-- Every stance stated, as recorded: what the versions below are worked out from.
create table position_statement (
    track                 varchar(120)                not null,
    fact_id               varchar(120)                not null,
    party                 varchar(120)                not null,
    issue                 varchar(120)                not null,
    stance                varchar                     not null,
    words                 varchar,
    summary               varchar                     not null,
    asserted_by           varchar(120)                not null,
    channel               varchar,
    source_reference      varchar                     not null,
    source_outlet         varchar,
    source_title          varchar,
    source_url            varchar,
    source_published_at   varchar(64)                 not null,
    stated_at             varchar(64)                 not null,
    stated_at_precision   varchar(10)                 not null,
    stated_at_approximate boolean                     not null,
    valid_from            timestamp(6) with time zone not null,
    recorded_at           timestamp(6) with time zone not null,
    global_position       bigint,
    constraint pk_position_statement primary key (track, fact_id)
);
create index ix_position_statement_subject on position_statement (party, issue);

-- The versions of each position: the stance holding in valid time [valid_from, valid_to) as the record showed it in
-- record time [recorded_from, recorded_to); null ends are open.
create table position_version (
    track                 varchar(120)                not null,
    fact_id               varchar(120)                not null,
    recorded_from         timestamp(6) with time zone not null,
    recorded_to           timestamp(6) with time zone,
    party                 varchar(120)                not null,
    issue                 varchar(120)                not null,
    valid_from            timestamp(6) with time zone not null,
    valid_to              timestamp(6) with time zone,
    stance                varchar                     not null,
    words                 varchar,
    summary               varchar                     not null,
    asserted_by           varchar(120)                not null,
    channel               varchar,
    source_reference      varchar                     not null,
    source_outlet         varchar,
    source_title          varchar,
    source_url            varchar,
    source_published_at   varchar(64)                 not null,
    stated_at             varchar(64)                 not null,
    stated_at_precision   varchar(10)                 not null,
    stated_at_approximate boolean                     not null,
    constraint pk_position_version primary key (track, fact_id, recorded_from)
);
-- one party's (or one party's and issue's) positions and histories, as of any time
create index ix_position_version_subject on position_version (party, issue, valid_from, recorded_from);
-- the matrix as of any time: the record as it stands (recorded_to null) or stood, then the valid interval
create index ix_position_version_as_of on position_version (recorded_to, valid_to, valid_from, recorded_from);
-- the matrix of one issue across parties
create index ix_position_version_issue on position_version (issue, valid_from);

-- The versions of each actor's profile: what the directory said in record time [recorded_from, recorded_to).
create table actor_profile (
    actor_id      varchar(120)                not null,
    recorded_from timestamp(6) with time zone not null,
    recorded_to   timestamp(6) with time zone,
    name          varchar                     not null,
    kind          varchar(20)                 not null,
    constraint pk_actor_profile primary key (actor_id, recorded_from)
);
-- the directory as it stands (recorded_to null) or stood, in id order
create index ix_actor_profile_as_of on actor_profile (recorded_to, actor_id, recorded_from);
create index ix_actor_profile_kind on actor_profile (kind, actor_id);

create table actor_profile_role (
    actor_id      varchar(120)                not null,
    recorded_from timestamp(6) with time zone not null,
    ordinal       integer                     not null,
    role          varchar                     not null,
    constraint pk_actor_profile_role primary key (actor_id, recorded_from, ordinal),
    constraint fk_actor_profile_role_profile foreign key (actor_id, recorded_from)
        references actor_profile (actor_id, recorded_from) on delete cascade
);

create table actor_profile_speaks_for (
    actor_id       varchar(120)                not null,
    recorded_from  timestamp(6) with time zone not null,
    ordinal        integer                     not null,
    represented_id varchar(120)                not null,
    constraint pk_actor_profile_speaks_for primary key (actor_id, recorded_from, ordinal),
    constraint fk_actor_profile_speaks_for_profile foreign key (actor_id, recorded_from)
        references actor_profile (actor_id, recorded_from) on delete cascade
);
-- who speaks for an actor: the reverse of "speaks for"
create index ix_actor_profile_speaks_for_represented on actor_profile_speaks_for (represented_id);
