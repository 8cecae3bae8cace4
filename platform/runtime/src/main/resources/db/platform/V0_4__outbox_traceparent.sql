-- The W3C trace context of the request that wrote the change (null outside a trace): the relay
-- continues that trace when it publishes the event and passes it on in the record's traceparent header.
alter table outbox_event add column traceparent varchar(55);
alter table outbox_sent add column traceparent varchar(55);
