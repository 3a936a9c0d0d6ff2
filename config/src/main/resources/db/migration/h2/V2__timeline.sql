-- The timeline read model (query module, TimelineProjection, processing group 'timeline'): one row per recorded fact,
-- with the actors it is about and the issues it concerns. Hibernate validates these tables against
-- TimelineEntryEntity; keep this file and postgresql/V2__timeline.sql in step with it.

create table timeline_entry (
    track                  varchar(120)                not null,
    fact_id                varchar(120)                not null,
    kind                   varchar(120)                not null,
    summary                varchar                     not null,
    valid_time             varchar(64)                 not null,
    valid_time_precision   varchar(10)                 not null,
    valid_time_approximate boolean                     not null,
    valid_from             timestamp(6) with time zone not null,
    valid_until            timestamp(6) with time zone not null,
    asserted_by            varchar(120)                not null,
    channel                varchar,
    quote                  varchar,
    source_reference       varchar                     not null,
    source_outlet          varchar,
    source_title           varchar,
    source_url             varchar,
    source_published_at    varchar(64)                 not null,
    details                varchar                     not null,
    recorded_at            timestamp(6) with time zone not null,
    global_position        bigint,
    constraint pk_timeline_entry primary key (track, fact_id)
);
create index ix_timeline_entry_order on timeline_entry (valid_from, global_position);
create index ix_timeline_entry_kind on timeline_entry (kind);

create table timeline_actor (
    track    varchar(120) not null,
    fact_id  varchar(120) not null,
    ordinal  integer      not null,
    actor_id varchar(120) not null,
    constraint pk_timeline_actor primary key (track, fact_id, ordinal),
    constraint fk_timeline_actor_entry foreign key (track, fact_id)
        references timeline_entry (track, fact_id) on delete cascade
);
create index ix_timeline_actor_actor on timeline_actor (actor_id);

create table timeline_issue (
    track   varchar(120) not null,
    fact_id varchar(120) not null,
    ordinal integer      not null,
    issue   varchar(120) not null,
    constraint pk_timeline_issue primary key (track, fact_id, ordinal),
    constraint fk_timeline_issue_entry foreign key (track, fact_id)
        references timeline_entry (track, fact_id) on delete cascade
);
create index ix_timeline_issue_issue on timeline_issue (issue);
