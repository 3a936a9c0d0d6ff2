-- The claims ledger (query module, ClaimsProjection, processing group 'claims'): one row per recorded fact (every
-- fact is a claim), one per event about it (the fact itself, later appearances, corroborations, disputes,
-- corrections, retractions), and the actors each claim names or who reported on it. Hibernate validates these
-- tables against ClaimEntity and ClaimReportEntity; keep this file and postgresql/V5__claims.sql in step with them.

create table claim (
    track                        varchar(120)                not null,
    fact_id                      varchar(120)                not null,
    kind                         varchar(120)                not null,
    summary                      varchar                     not null,
    status                       varchar(20)                 not null,
    asserted_by                  varchar(120)                not null,
    valid_time                   varchar(64)                 not null,
    fact_values                  varchar                     not null,
    first_event_id               varchar(255)                not null,
    first_published_from         timestamp(6) with time zone not null,
    first_published_until        timestamp(6) with time zone not null,
    first_appearance_recorded_at timestamp(6) with time zone not null,
    first_recorded_at            timestamp(6) with time zone not null,
    appearances                  integer                     not null,
    corroborations               integer                     not null,
    disputes                     integer                     not null,
    corrections                  integer                     not null,
    constraint pk_claim primary key (track, fact_id)
);
create index ix_claim_first_appearance on claim (first_published_until, first_published_from,
                                                 first_appearance_recorded_at);
create index ix_claim_kind on claim (kind);
create index ix_claim_status on claim (status);

create table claim_actor (
    track    varchar(120) not null,
    fact_id  varchar(120) not null,
    actor_id varchar(120) not null,
    constraint pk_claim_actor primary key (track, fact_id, actor_id),
    constraint fk_claim_actor_claim foreign key (track, fact_id)
        references claim (track, fact_id) on delete cascade
);
create index ix_claim_actor_actor on claim_actor (actor_id);

create table claim_report (
    event_id            varchar(255)                not null,
    track               varchar(120)                not null,
    fact_id             varchar(120)                not null,
    role                varchar(20)                 not null,
    report_id           varchar(120),
    event_type          varchar(255)                not null,
    asserted_by         varchar(120)                not null,
    channel             varchar,
    quote               varchar,
    source_reference    varchar                     not null,
    source_outlet       varchar,
    source_title        varchar,
    source_url          varchar,
    source_published_at varchar(64)                 not null,
    published_from      timestamp(6) with time zone not null,
    published_until     timestamp(6) with time zone not null,
    field               varchar(40),
    value_before        varchar,
    value_before_by     varchar,
    value_after         varchar,
    recorded_at         timestamp(6) with time zone not null,
    global_position     bigint,
    constraint pk_claim_report primary key (event_id)
);
create index ix_claim_report_claim on claim_report (track, fact_id);
create index ix_claim_report_source on claim_report (source_reference);
