package se.styrkort.budget.events;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.styrkort.testsupport.PublishedEvents;

/** The events budget-service published on its topic, read as a consumer would, amounts exactly. */
final class BudgetEvents {

    static final String TOPIC = "styrkort.budget";

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private BudgetEvents() {
    }

    /** The first {@code count} events of an aggregate, in the order published. */
    static List<ConsumerRecord<String, String>> of(String id, int count) {
        return PublishedEvents.of(TOPIC, id, count);
    }

    /** An event's JSON, its numbers as BigDecimal. */
    static JsonNode json(ConsumerRecord<String, String> record) throws JsonProcessingException {
        return JSON.readTree(record.value());
    }
}
