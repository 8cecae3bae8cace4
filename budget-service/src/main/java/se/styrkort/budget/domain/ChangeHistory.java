package se.styrkort.budget.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import se.styrkort.platform.domain.Ids;
import se.styrkort.platform.domain.Tracked;
import se.styrkort.platform.events.ChangeType;
import se.styrkort.platform.events.Outbox;

/**
 * Publishes a change through the outbox and keeps it in the change history, in one transaction:
 * what the event says is what the history shows.
 */
@ApplicationScoped
public class ChangeHistory {

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper mapper;

    @Transactional(Transactional.TxType.MANDATORY)
    public <S> S publish(Tracked aggregate, ChangeType type, Supplier<S> state) {
        S published = outbox.publish(aggregate, type, state);
        ChangeRecord record = new ChangeRecord();
        record.id = Ids.next();
        record.aggregateType = aggregate.aggregateType();
        record.aggregateId = aggregate.id;
        record.version = aggregate.version;
        record.changeType = type;
        record.changedAt = aggregate.updatedAt;
        record.changedBy = aggregate.updatedBy;
        try {
            record.state = mapper.writeValueAsString(published);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the state of " + aggregate.aggregateType(), e);
        }
        record.persist();
        return published;
    }

    /** The changes matching every filter given, newest first. */
    public PanacheQuery<ChangeRecord> list(String aggregateType, UUID aggregateId, String changedBy, Instant from,
            Instant to) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (aggregateType != null) {
            where.add("aggregateType = :type");
            params.put("type", aggregateType);
        }
        if (aggregateId != null) {
            where.add("aggregateId = :id");
            params.put("id", aggregateId);
        }
        if (changedBy != null) {
            where.add("changedBy = :by");
            params.put("by", changedBy);
        }
        if (from != null) {
            where.add("changedAt >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.add("changedAt < :to");
            params.put("to", to);
        }
        Sort order = Sort.by("changedAt").descending().and("version").descending();
        return where.isEmpty() ? ChangeRecord.findAll(order)
                : ChangeRecord.find(String.join(" and ", where), order, params);
    }
}
