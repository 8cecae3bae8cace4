package se.styrkort.outcomes.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import se.styrkort.outcomes.GoalsFixture;
import se.styrkort.testsupport.TestEvents;
import se.styrkort.testsupport.TestKafka;
import se.styrkort.testsupport.Tokens;

/** The two incoming channels: the replica from styrkort.goals and financial indicators from styrkort.budget. */
@QuarkusTest
class IncomingEventsTest {

    static void publish(ProducerRecord<String, String> record) {
        TestKafka.companion().produceStrings().fromRecords(List.of(record)).awaitCompletion(Duration.ofSeconds(30));
    }

    static ConsumerRecord<String, String> deadLetter(String topic, String key) {
        return TestKafka.companion().consumeStrings().fromTopics(topic)
                .awaitRecords(1, Duration.ofSeconds(30)).getRecords().stream()
                .filter(r -> key.equals(r.key())).findFirst().orElseThrow();
    }

    @Test
    void aFinancialIndicatorBecomesAMeasurementOfEveryIndicatorThatNamesItsCode() {
        GoalsFixture.OwnedGoal owned = GoalsFixture.ownedGoal(GoalsFixture.JH, "Regionen", 2022, "En ekonomi i balans");
        UUID unit = owned.unit();
        Map<String, Object> state = owned.indicator("Nettokostnadsutveckling", "LOWER_IS_BETTER");
        state.put("unitOfMeasure", "%");
        state.put("externalCodes", Map.of("budget", "NET_COST_DEVELOPMENT"));
        state.put("targets", List.of(GoalsFixture.target(2022, "AT_MOST", 2.5)));
        UUID indicator = GoalsFixture.indicator(GoalsFixture.JH, state);

        UUID id = UUID.nameUUIDFromBytes(("financial-indicator:region-jh:" + unit + ":2022-T2:NET_COST_DEVELOPMENT")
                .getBytes(StandardCharsets.UTF_8));
        publish(TestEvents.event("styrkort.budget", "financial-indicator", "region-jh", id.toString(), 0, "CREATED",
                "{\"id\":\"" + id + "\",\"orgUnitId\":\"" + unit
                        + "\",\"period\":\"2022-T2\",\"code\":\"NET_COST_DEVELOPMENT\","
                        + "\"value\":2.7}"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .header("Authorization", Tokens.bearer("jh-viewer")).queryParam("indicatorId", indicator)
                .get("/api/v1/measurements").then().statusCode(200).body("items", hasSize(1))
                .body("items[0].total", equalTo(2.7f)).body("items[0].valueKind", equalTo("ACCUMULATED"))
                .body("items[0].sourceSystem", equalTo("budget")).body("items[0].createdBy", equalTo("outcomes-service")));
        given().header("Authorization", Tokens.bearer("jh-viewer")).queryParam("indicatorId", indicator)
                .queryParam("period", "2022-T2").get("/api/v1/statuses").then().statusCode(200)
                .body("items[0].status", equalTo("YELLOW"));

        // A later version revises it; another region's event of the same code stays behind its wall.
        publish(TestEvents.event("styrkort.budget", "financial-indicator", "region-jh", id.toString(), 1, "UPDATED",
                "{\"id\":\"" + id + "\",\"orgUnitId\":\"" + unit
                        + "\",\"period\":\"2022-T2\",\"code\":\"NET_COST_DEVELOPMENT\","
                        + "\"value\":2.4}"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .header("Authorization", Tokens.bearer("jh-viewer")).queryParam("indicatorId", indicator)
                .queryParam("period", "2022-T2").get("/api/v1/statuses").then().statusCode(200)
                .body("items[0].status", equalTo("GREEN")));
    }

    @Test
    void poisonOnEitherTopicGoesToItsDeadLetterTopicAndTheNextEventIsApplied() {
        String badGoal = UUID.randomUUID().toString();
        publish(TestEvents.withHeaders("styrkort.goals", badGoal, "{not json", "se.styrkort.indicator.changed.v1",
                "region-jh"));
        String badTarget = UUID.randomUUID().toString();
        publish(TestEvents.event("styrkort.goals", "indicator", "region-jh", badTarget, 0, "CREATED",
                "{\"id\":\"" + badTarget + "\",\"goalId\":\"" + UUID.randomUUID() + "\",\"name\":\"x\","
                        + "\"targets\":[{\"year\":2022,\"kind\":\"SOMEHOW\"}]}"));
        String badBudget = UUID.randomUUID().toString();
        publish(TestEvents.event("styrkort.budget", "financial-indicator", "region-jh", badBudget, 0, "CREATED",
                "{\"id\":\"" + badBudget + "\",\"orgUnitId\":\"" + UUID.randomUUID() + "\",\"period\":\"2022-T5\","
                        + "\"code\":\"NET_COST_DEVELOPMENT\",\"value\":1}"));
        // Types this service does not keep are skipped, not dead-lettered.
        String strategy = UUID.randomUUID().toString();
        publish(TestEvents.event("styrkort.goals", "strategy", "region-jh", strategy, 0, "CREATED",
                "{\"id\":\"" + strategy + "\",\"name\":\"Vård\"}"));

        UUID after = GoalsFixture.unit();
        assertThat(after).isNotNull();
        assertThat(deadLetter("styrkort.goals.dlq", badGoal).headers().lastHeader("dead-letter-reason")).isNotNull();
        assertThat(deadLetter("styrkort.goals.dlq", badTarget).value()).contains("SOMEHOW");
        assertThat(new String(deadLetter("styrkort.budget.dlq", badBudget).headers().lastHeader("dead-letter-reason")
                .value(), StandardCharsets.UTF_8)).contains("period");
        assertThat(TestKafka.companion().consumeStrings().fromTopics("styrkort.goals.dlq")
                .awaitRecords(1, Duration.ofSeconds(10)).getRecords().stream().noneMatch(r -> strategy.equals(r.key())))
                .isTrue();
    }

    @Test
    void anOlderVersionArrivingLateChangesNothing() {
        GoalsFixture.OwnedGoal owned = GoalsFixture.ownedGoal(GoalsFixture.JH, "Enhet A", 2022, "Mål");
        UUID unit = owned.unit();
        UUID goal = owned.goal();
        Map<String, Object> state = owned.indicator("Mätetal", "HIGHER_IS_BETTER");
        state.put("targets", List.of(GoalsFixture.target(2022, "AT_LEAST", 10)));
        UUID indicator = GoalsFixture.indicator(GoalsFixture.JH, state);
        GoalsFixture.update(GoalsFixture.JH, "indicator", indicator,
                GoalsFixture.with(state, "targets", List.of(GoalsFixture.target(2022, "AT_LEAST", 5))));
        // Version 0 again, with the old target, after version 1.
        String json = "{\"id\":\"" + indicator + "\",\"goalId\":\"" + goal + "\",\"name\":\"Mätetal\",\"direction\":"
                + "\"HIGHER_IS_BETTER\",\"targets\":[{\"year\":2022,\"kind\":\"AT_LEAST\",\"value\":10}]}";
        publish(TestEvents.event("styrkort.goals", "indicator", "region-jh", indicator.toString(), 0, "CREATED", json));
        // Version 2 on the same key (so the same partition, after the stale one) tells when it was passed.
        GoalsFixture.update(GoalsFixture.JH, "indicator", indicator,
                GoalsFixture.with(state, "targets", List.of(GoalsFixture.target(2022, "AT_LEAST", 5))));

        given().header("Authorization", Tokens.bearer("jh-reporter")).contentType("application/json")
                .body("{\"indicatorId\":\"" + indicator + "\",\"orgUnitId\":\"" + unit
                        + "\",\"period\":\"2022\",\"valueKind\":\"PERIOD\",\"total\":6}")
                .post("/api/v1/measurements").then().statusCode(201);
        given().header("Authorization", Tokens.bearer("jh-viewer")).queryParam("indicatorId", indicator)
                .queryParam("period", "2022").get("/api/v1/statuses").then().statusCode(200)
                .body("items[0].status", equalTo("GREEN")).body("items[0].comparedWith", equalTo(5));
    }
}
