package se.styrkort.outcomes.events;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import se.styrkort.outcomes.domain.MeasurementInput;
import se.styrkort.outcomes.domain.Measurements;
import se.styrkort.outcomes.domain.StoredJson;
import se.styrkort.outcomes.domain.ValueKind;
import se.styrkort.outcomes.replica.ReplicaIndicator;
import se.styrkort.platform.domain.Period;
import se.styrkort.platform.events.EventBatches;
import se.styrkort.platform.events.IncomingEvent;
import se.styrkort.platform.events.MalformedEventException;
import se.styrkort.platform.problem.ProblemException;

/**
 * Turns budget-service's financial indicators (net cost development, self-financing degree, …)
 * from {@code styrkort.budget} into outcomes: a measurement of every indicator whose external
 * codes name the financial indicator under {@code budget}, accumulated, from source system
 * {@code budget}, a polled batch at a time. Other budget events are not needed here; a record that
 * cannot be read or applied goes alone to {@code styrkort.budget.dlq}.
 */
@ApplicationScoped
public class BudgetEvents {

    static final String CONSUMER = "outcomes";

    /** The source system the measurements are recorded from, and the key of indicators' codes for it. */
    static final String SOURCE = "budget";

    @Inject
    EventBatches batches;

    @Inject
    ObjectMapper mapper;

    @Inject
    Measurements measurements;

    @Incoming("budget")
    @Blocking
    public CompletionStage<Void> onBatch(KafkaRecordBatch<String, String> batch) {
        return batches.apply(CONSUMER, batch, mapper,
                EventBatches.Handler.each(type -> type.equals("financial-indicator"), this::apply));
    }

    private void apply(IncomingEvent event) {
        JsonNode s = event.state();
        String code = text(s, "code");
        UUID orgUnit;
        try {
            orgUnit = UUID.fromString(text(s, "orgUnitId"));
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("orgUnitId is not a UUID");
        }
        String period;
        try {
            period = Period.parse("period", text(s, "period")).toString();
        } catch (ProblemException e) {
            throw new MalformedEventException("period is not a period: " + text(s, "period"));
        }
        JsonNode value = s.get("value");
        if (value == null || !value.isNumber()) {
            throw new MalformedEventException("The state lacks a numeric value");
        }
        BigDecimal total = value.decimalValue();
        // Narrowed in the database by the codes' JSON text, then exactly (LIKE reads _ as any character).
        List<ReplicaIndicator> indicators = ReplicaIndicator.list("externalCodesJson like ?1",
                "%" + StoredJson.write(SOURCE) + ":" + StoredJson.write(code) + "%");
        for (ReplicaIndicator indicator : indicators) {
            if (!code.equals(indicator.externalCodes().get(SOURCE))) {
                continue;
            }
            measurements.recordFromEvent(new MeasurementInput(indicator.id, orgUnit, period, ValueKind.ACCUMULATED,
                    total, null, null, SOURCE, event.aggregateId(), null, null));
        }
    }

    private static String text(JsonNode state, String field) {
        JsonNode node = state.get(field);
        if (node == null || node.isNull() || node.asText().isBlank()) {
            throw new MalformedEventException("The state lacks " + field);
        }
        return node.asText();
    }
}
