package se.styrkort.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Holds a published record to the event contract a service documents: its AsyncAPI document
 * ({@code META-INF/resources/asyncapi/asyncapi.yaml}, served at {@code /asyncapi/asyncapi.yaml})
 * must name the event type and its schema, the record must carry the CloudEvents headers of
 * docs/events.md, and its data must validate against that JSON Schema.
 */
public final class EventContract {

    private static final String BASE = "META-INF/resources/asyncapi/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper DECIMALS = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final Set<String> HEADERS = Set.of("ce_specversion", "ce_id", "ce_source", "ce_type", "ce_time",
            "ce_tenant", "content-type");

    private EventContract() {
    }

    public static void assertConforms(ConsumerRecord<String, String> record) {
        for (String name : HEADERS) {
            assertThat(PublishedEvents.header(record, name)).as("header " + name).isNotBlank();
        }
        assertThat(PublishedEvents.header(record, "ce_specversion")).isEqualTo("1.0");
        String type = PublishedEvents.header(record, "ce_type");
        String schemaFile = "schemas/" + type.replaceFirst("^se\\.styrkort\\.", "") + ".json";
        String asyncApi = read(BASE + "asyncapi.yaml");
        assertThat(asyncApi).as("the AsyncAPI document names " + type).contains("name: " + type)
                .contains("$ref: '" + schemaFile + "'");

        JsonSchema schema = SCHEMAS.getSchema(read(BASE + schemaFile));
        JsonNode data;
        try {
            data = JSON.readTree(record.value());
        } catch (IOException e) {
            throw new AssertionError("event data is not JSON: " + record.value(), e);
        }
        Set<ValidationMessage> errors = schema.validate(data);
        assertThat(errors).as("%s data against %s: %s", type, schemaFile, record.value()).isEmpty();
        assertThat(data.path("state").path("id").asText()).as("the key is the aggregate id").isEqualTo(record.key());
    }

    /**
     * Holds the record to the contract and to what it tells: its type, the service that sent it
     * ({@code ce_source} /styrkort/service), the region and the aggregate it is about, an id and a
     * time; answers its data ({@code changeType}, {@code version}, {@code state}), numbers as
     * decimals.
     */
    public static JsonNode assertChange(ConsumerRecord<String, String> record, String type, String service,
            String tenant, String subject) {
        assertConforms(record);
        assertThat(PublishedEvents.header(record, "ce_type")).isEqualTo(type);
        assertThat(PublishedEvents.header(record, "ce_source")).isEqualTo("/styrkort/" + service);
        assertThat(PublishedEvents.header(record, "ce_tenant")).isEqualTo(tenant);
        assertThat(PublishedEvents.header(record, "ce_subject")).isEqualTo(subject);
        assertThat(PublishedEvents.header(record, "ce_id")).isNotBlank();
        assertThat(PublishedEvents.header(record, "ce_time")).isNotBlank();
        try {
            return DECIMALS.readTree(record.value());
        } catch (IOException e) {
            throw new AssertionError("event data is not JSON: " + record.value(), e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
