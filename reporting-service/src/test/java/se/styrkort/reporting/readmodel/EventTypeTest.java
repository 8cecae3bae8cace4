package se.styrkort.reporting.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The table of event types against what the other services document that they publish: their
 * AsyncAPI documents, each message with its schema beside it (a message a document names without
 * a schema of its own is one the service consumes, not one it publishes).
 */
class EventTypeTest {

    private static final Pattern MESSAGE = Pattern.compile("^\\s+name: (se\\.styrkort\\.([a-z][a-z-]*)\\.changed\\.v\\d+)\\s*$",
            Pattern.MULTILINE);

    private static final Map<String, EventType.Topic> PUBLISHERS = Map.of("goals-service", EventType.Topic.GOALS,
            "outcomes-service", EventType.Topic.OUTCOMES, "budget-service", EventType.Topic.BUDGET);

    /** Every event type the three services publish, with the topic each publishes it on. */
    static Map<String, EventType.Topic> published() throws IOException {
        Map<String, EventType.Topic> published = new LinkedHashMap<>();
        for (Map.Entry<String, EventType.Topic> service : PUBLISHERS.entrySet()) {
            Path docs = Path.of("..", service.getKey(), "src/main/resources/META-INF/resources/asyncapi");
            Matcher m = MESSAGE.matcher(Files.readString(docs.resolve("asyncapi.yaml")));
            while (m.find()) {
                String type = m.group(1);
                if (Files.exists(docs.resolve("schemas/" + type.replaceFirst("^se\\.styrkort\\.", "") + ".json"))) {
                    published.put(type, service.getValue());
                }
            }
        }
        return published;
    }

    @Test
    void everyPublishedTypeHasExactlyOneEntryOnItsTopic() throws IOException {
        Map<String, EventType.Topic> published = published();
        assertThat(published).as("the AsyncAPI documents were found and read").hasSizeGreaterThanOrEqualTo(16);
        published.forEach((type, topic) -> assertThat(Arrays.stream(EventType.values()).filter(t -> t.ceType().equals(type)))
                .as(type).singleElement().extracting(EventType::topic).isEqualTo(topic));
    }

    @Test
    void everyEntryIsATypeThatIsPublished() throws IOException {
        Map<String, EventType.Topic> published = published();
        for (EventType t : EventType.values()) {
            assertThat(published).as("%s is published on %s", t.ceType(), t.topic()).containsEntry(t.ceType(), t.topic());
        }
    }

    @Test
    void theKeptTypesAreTheReadModelsTablesEachOnce() {
        assertThat(EventType.tables()).doesNotHaveDuplicates().hasSize(20);
        assertThat(EventType.tableNames()).doesNotHaveDuplicates().contains("plan_summary", "goal_status", "budget_frame");
        assertThat(EventType.kept("goal-status")).isTrue();
        assertThat(EventType.tableOf("goal-status")).isEqualTo(GoalStatus.class);
        assertThat(EventType.kept("control-point")).as("published, skipped").isFalse();
        assertThat(EventType.of("control-point")).contains(EventType.CONTROL_POINT);
        assertThat(EventType.kept("no-such-type")).isFalse();
        assertThat(EventType.of(null)).isEmpty();
        assertThat(EventType.topics()).containsExactly("styrkort.goals", "styrkort.outcomes", "styrkort.budget");
    }
}
