package se.styrkort.platform.events;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A row of the transactional outbox: one event, written with the change it describes and not yet
 * acknowledged by Kafka (the relay then moves it to {@code outbox_sent}). Not tenant-scoped on
 * purpose: the relay publishes every tenant's events; the tenant travels in {@code ce_tenant}.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long position;

    @Column(nullable = false, unique = true)
    public UUID id;

    @Column(nullable = false)
    public String tenant;

    @Column(nullable = false)
    public String topic;

    @Column(nullable = false)
    public String aggregateType;

    @Column(nullable = false)
    public String aggregateId;

    @Column(nullable = false)
    public long aggregateVersion;

    @Column(nullable = false)
    public String eventType;

    @Column(nullable = false)
    public String payload;

    @Column(nullable = false)
    public Instant occurredAt;

    /** The W3C trace context of the work that wrote it, null outside a trace. */
    public String traceparent;
}
