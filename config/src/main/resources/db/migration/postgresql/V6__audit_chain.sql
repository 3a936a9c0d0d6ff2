-- The tamper-evident chain over the event store (query module, com.negotiationtracker.query.audit): one seal per
-- stored event, in the order the 'audit-chain' processor sealed them. Each seal is SHA-256 over the previous seal and
-- every column of the event's row in domain_event_entry (see ChainHash), so that altering, deleting or moving a stored
-- event breaks the chain at that event. Written by plain JDBC, not by Hibernate; keep h2/V6__audit_chain.sql in
-- step with this file.
--
-- chain_index counts the seals from 1 without gaps: its primary key lets no two writers append the same link.
-- The chain follows the order of sealing rather than global_index, because an event whose transaction commits late
-- (a gap in the global index that fills after later events were handled) is handled after them.

create table event_chain (
    chain_index      bigint       not null,
    global_index     bigint       not null,
    event_identifier varchar(255) not null,
    previous_hash    varchar(64)  not null,
    hash             varchar(64)  not null,
    constraint pk_event_chain primary key (chain_index),
    constraint uk_event_chain_global_index unique (global_index),
    constraint uk_event_chain_event_identifier unique (event_identifier)
);
