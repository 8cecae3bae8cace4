package se.styrkort.platform.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import se.styrkort.testsupport.Tokens;

/**
 * The Grafana dashboard and the Prometheus alerts in deploy/manifests use the metric names a
 * running service exposes: this test application writes, publishes, consumes and gives an event up
 * to the dead-letter topic as a service does, then its {@code /q/metrics} is compared with every
 * name the dashboard's queries and the alerts' expressions use.
 */
@QuarkusTest
class MetricNamesTest {

    private static final Path OBSERVABILITY = Path.of("../../deploy/manifests/kubernetes/base/observability");
    private static final Pattern METRIC = Pattern.compile("\\b(?:styrkort|kafka|http_server|jvm)_[a-z0-9_]+\\b");

    @Test
    void everyMetricTheDashboardAndTheAlertsUseIsExposed() throws IOException {
        // A write, its event published and consumed, and a poison event given up to the dead-letter topic.
        String id = "metrics-" + UUID.randomUUID();
        given().header("Authorization", Tokens.bearer("jh-planner")).post("/test/plans/" + id + "?version=0&name=poison")
                .then().statusCode(202);
        Awaitility.await().atMost(Duration.ofSeconds(90))
                .until(() -> exposed().contains("styrkort_consumer_dead_letters_total"));

        Set<String> used = new TreeSet<>();
        JsonNode dashboard = new ObjectMapper().readTree(OBSERVABILITY.resolve("grafana-dashboard.json").toFile());
        dashboard.findValues("expr").forEach(expr -> used.addAll(names(expr.asText())));
        dashboard.findValues("query").forEach(query -> used.addAll(names(query.asText())));
        String rules = Files.readString(OBSERVABILITY.resolve("prometheus-rules.yaml"));
        Set<String> alerting = names(rules);
        used.addAll(alerting);

        assertThat(used).as("the dashboard and the alerts use the outbox, lag, dead-letter and import metrics")
                .contains("styrkort_outbox_pending", "styrkort_outbox_oldest_age_seconds",
                        "styrkort_outbox_published_total", "styrkort_consumer_dead_letters_total",
                        "styrkort_import_rows_total", "kafka_consumer_fetch_manager_records_lag_max");
        assertThat(alerting).isNotEmpty();
        assertThat(exposed()).containsAll(used);
    }

    private static Set<String> exposed() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("[{ ]", 2)[0]).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> names(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = METRIC.matcher(text);
        while (m.find()) {
            names.add(m.group());
        }
        return names;
    }
}
