-- Transactional outbox: written in the same transaction as the change it describes; the relay
-- publishes unsent rows in position order and stamps sent_at.
create table outbox_event (
    position          bigserial primary key,
    id                uuid         not null unique,
    tenant            varchar(64)  not null,
    topic             varchar(200) not null,
    aggregate_type    varchar(64)  not null,
    aggregate_id      varchar(100) not null,
    aggregate_version bigint       not null,
    event_type        varchar(200) not null,
    payload           text         not null,
    occurred_at       timestamptz  not null,
    sent_at           timestamptz
);
create index outbox_event_unsent on outbox_event (position) where sent_at is null;
create index outbox_event_sent_at on outbox_event (sent_at) where sent_at is not null;
