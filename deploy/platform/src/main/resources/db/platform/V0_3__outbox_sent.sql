-- Once Kafka has acknowledged an event the relay moves it from outbox_event to outbox_sent, where it
-- is kept for styrkort.outbox.keep-sent. outbox_event then holds only what is still to be sent: the
-- relay reads a table the size of the backlog, and marking a row sent no longer writes a new version
-- of it with an entry in every index (BENCHMARKS.md, change 43).
create table outbox_sent (
    position          bigint       primary key,
    id                uuid         not null,
    tenant            varchar(64)  not null,
    topic             varchar(200) not null,
    aggregate_type    varchar(64)  not null,
    aggregate_id      varchar(100) not null,
    aggregate_version bigint       not null,
    event_type        varchar(200) not null,
    payload           text         not null,
    occurred_at       timestamptz  not null,
    sent_at           timestamptz  not null
);
-- Rows arrive in about the order they were sent: a block range index serves the hourly clean-up.
create index outbox_sent_sent_at on outbox_sent using brin (sent_at);

insert into outbox_sent (position, id, tenant, topic, aggregate_type, aggregate_id, aggregate_version,
                         event_type, payload, occurred_at, sent_at)
select position, id, tenant, topic, aggregate_type, aggregate_id, aggregate_version,
       event_type, payload, occurred_at, sent_at
from outbox_event where sent_at is not null order by position;
delete from outbox_event where sent_at is not null;

drop index outbox_event_unsent;
drop index outbox_event_sent_at;
alter table outbox_event drop column sent_at;
