package se.styrkort.budget.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import se.styrkort.platform.domain.Filters;
import se.styrkort.platform.domain.Tracked;
import se.styrkort.platform.events.ChangeType;

/**
 * Publishes a change through the outbox and keeps it in the change history, in one transaction:
 * what the event says is what the history shows.
 */
@ApplicationScoped
public class ChangeHistory {

    @Inject
    ChangeEvents events;

    @Inject
    ObjectMapper mapper;

    @Transactional(Transactional.TxType.MANDATORY)
    public Object publish(Tracked aggregate, ChangeType type) {
        Object published = events.publish(aggregate, type);
        ChangeRecord record = new ChangeRecord();
        record.versionOf(aggregate, type, published, mapper);
        record.aggregateType = aggregate.aggregateType();
        record.aggregateId = aggregate.id;
        record.persist();
        return published;
    }

    /** The changes matching every filter given, newest first. */
    public PanacheQuery<ChangeRecord> list(String aggregateType, UUID aggregateId, String changedBy, Instant from,
            Instant to) {
        Filters filters = new Filters()
                .where("aggregateType = :type", "type", aggregateType)
                .where("aggregateId = :id", "id", aggregateId)
                .where("changedBy = :by", "by", changedBy)
                .where("changedAt >= :from", "from", from)
                .where("changedAt < :to", "to", to);
        Sort order = Sort.by("changedAt").descending().and("version").descending();
        return ChangeRecord.find(filters.query(), order, filters.values());
    }
}
