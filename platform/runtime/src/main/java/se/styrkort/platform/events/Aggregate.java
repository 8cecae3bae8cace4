package se.styrkort.platform.events;

/**
 * An entity whose changes are published as events: its type names the event
 * ({@code se.styrkort.<type>.changed.v1}), its id is the Kafka key, and its JPA version is the
 * per-aggregate event version that only grows.
 */
public interface Aggregate {

    String aggregateType();

    String aggregateId();

    String tenant();

    long aggregateVersion();
}
