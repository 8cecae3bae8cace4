package se.styrkort.platform.events;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A consumed Styrkort event: the CloudEvents binary headers, the key, and the payload written by
 * {@link Outbox}. Reading it checks everything a consumer relies on, so a malformed record fails
 * here, before anything is applied.
 */
public record IncomingEvent(String id, String type, String source, String tenant, String aggregateType,
        String aggregateId, long version, ChangeType changeType, JsonNode state) {

    private static final Pattern TYPE = Pattern.compile("se\\.styrkort\\.([a-z][a-z-]*)\\.changed\\.v\\d+");

    public static IncomingEvent from(ConsumerRecord<String, String> record, ObjectMapper mapper) {
        String type = header(record, "ce_type");
        Matcher m = TYPE.matcher(type);
        if (!m.matches()) {
            throw new MalformedEventException("Unknown event type " + type);
        }
        if (record.key() == null || record.key().isBlank()) {
            throw new MalformedEventException("Event " + header(record, "ce_id") + " has no key");
        }
        if (record.value() == null) {
            throw new MalformedEventException("Event " + header(record, "ce_id") + " has no data");
        }
        JsonNode payload;
        try {
            payload = mapper.readTree(record.value());
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("Event data is not JSON: " + e.getOriginalMessage(), e);
        }
        JsonNode version = payload.path("version");
        JsonNode changeType = payload.path("changeType");
        JsonNode state = payload.path("state");
        if (!version.canConvertToLong() || !changeType.isTextual() || !state.isObject()) {
            throw new MalformedEventException("Event data needs a numeric version, a changeType and a state object");
        }
        ChangeType change;
        try {
            change = ChangeType.valueOf(changeType.asText());
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("Unknown changeType " + changeType.asText());
        }
        return new IncomingEvent(header(record, "ce_id"), type, header(record, "ce_source"), header(record, "ce_tenant"),
                m.group(1), record.key(), version.asLong(), change, state);
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        if (header == null || header.value() == null || header.value().length == 0) {
            throw new MalformedEventException("Event lacks the header " + name);
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
