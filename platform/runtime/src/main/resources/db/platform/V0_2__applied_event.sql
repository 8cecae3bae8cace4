-- Idempotent consumers: the last version applied per consumer and aggregate. An event whose
-- version is not above it has been applied already (or is older) and is skipped.
create table applied_event (
    consumer       varchar(100) not null,
    aggregate_type varchar(64)  not null,
    aggregate_id   varchar(100) not null,
    version        bigint       not null,
    applied_at     timestamptz  not null,
    primary key (consumer, aggregate_type, aggregate_id)
);
