-- Once Kafka has acknowledged an event the relay moves it from outbox_event to outbox_sent, where it
-- is kept for styrkort.outbox.keep-sent. outbox_event then holds only what is still to be sent: the
-- relay reads a table the size of the backlog, and marking a row sent no longer writes a new version
-- of it with an entry in every index (BENCHMARKS.md, change 43).
-- The same row as it was written, with the time it was sent (LIKE copies the columns and their
-- not-null constraints, not the position's sequence or the indexes).
create table outbox_sent (like outbox_event);
alter table outbox_sent add primary key (position), alter column sent_at set not null;
-- Rows arrive in about the order they were sent: a block range index serves the hourly clean-up.
create index outbox_sent_sent_at on outbox_sent using brin (sent_at);

insert into outbox_sent select * from outbox_event where sent_at is not null order by position;
delete from outbox_event where sent_at is not null;

drop index outbox_event_unsent;
drop index outbox_event_sent_at;
alter table outbox_event drop column sent_at;
