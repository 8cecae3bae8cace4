package se.styrkort.reporting.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static se.styrkort.reporting.Api.as;
import static se.styrkort.reporting.Api.eventually;

import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import se.styrkort.reporting.Feed;
import se.styrkort.reporting.PlanOutline;
import se.styrkort.reporting.rollup.PublishedRollup;
import se.styrkort.reporting.rollup.RollupLevel;
import se.styrkort.testsupport.EventContract;
import se.styrkort.testsupport.PublishedEvents;

/** Roll-up changes on styrkort.reporting: full state, held to the AsyncAPI schema, only when something changed. */
@QuarkusTest
class RollupEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aRollupIsPublishedWhenItChangesAndOnlyThen() throws Exception {
        PlanOutline outline = PlanOutline.fresh();
        String goal = Feed.id();
        String other = Feed.id();
        Feed jh = new Feed("region-jh");
        outline.addTo(jh, "Regionstaben", "Verksamhetsplan 2022", "Ekonomi", "En ekonomi i balans");
        outline.goal(jh, goal, 0, "Budget i balans");
        outline.goal(jh, other, 0, "Prognos i balans").publish();
        // The structure first: its events travel on other partitions than the status and might come after it.
        eventually(() -> as("jh-viewer")
                .get("/api/v1/reports/" + outline.plan() + "/2022-T2").then().statusCode(200)
                .body("planName", equalTo("Verksamhetsplan 2022")).body("sections[0].strategyName", equalTo("Ekonomi"))
                .body("sections[0].goals", hasSize(2)));
        outline.goalStatus(jh, goal, 0, "2022-T2", "GREEN", null).publish();

        String planKey = PublishedRollup.idOf("region-jh", UUID.fromString(outline.plan()), "2022-T2", RollupLevel.PLAN,
                UUID.fromString(outline.plan())).toString();
        List<ConsumerRecord<String, String>> first = PublishedEvents.of("styrkort.reporting", planKey, 1);
        assertThat(first).hasSize(1);
        EventContract.assertConforms(first.get(0));
        JsonNode state = JSON.readTree(first.get(0).value()).get("state");
        assertThat(state.get("level").asText()).isEqualTo("PLAN");
        assertThat(state.get("keyName").asText()).isEqualTo("Verksamhetsplan 2022");
        assertThat(state.at("/counts/green").asInt()).isEqualTo(1);
        assertThat(state.at("/counts/notMeasurable").asInt()).isEqualTo(1);
        assertThat(state.at("/wholePercent/green").asInt()).isEqualTo(50);
        assertThat(state.get("overallStatus").asText()).isEqualTo("GREEN");

        // A redelivered status and a goal event that changes nothing counted publish nothing; an assessment does.
        outline.goalStatus(jh, goal, 0, "2022-T2", "GREEN", null);
        outline.goal(jh, other, 1, "Prognos i balans");
        outline.goalStatus(jh, goal, 1, "2022-T2", "GREEN", "RED").publish();
        List<ConsumerRecord<String, String>> all = PublishedEvents.of("styrkort.reporting", planKey, 2);
        assertThat(all).hasSize(2);
        EventContract.assertConforms(all.get(1));
        JsonNode changed = JSON.readTree(all.get(1).value());
        assertThat(changed.get("version").asLong()).isEqualTo(1);
        assertThat(changed.get("changeType").asText()).isEqualTo("UPDATED");
        assertThat(changed.at("/state/counts/red").asInt()).isEqualTo(1);
        // The only measurable goal is now red.
        assertThat(changed.at("/state/overallStatus").asText()).isEqualTo("RED");
        assertThat(changed.at("/state/counts/green").asInt()).isZero();

        String strategyKey = PublishedRollup.idOf("region-jh", UUID.fromString(outline.plan()), "2022-T2", RollupLevel.STRATEGY,
                UUID.fromString(outline.strategy())).toString();
        List<ConsumerRecord<String, String>> strategyEvents = PublishedEvents.of("styrkort.reporting", strategyKey, 2);
        assertThat(strategyEvents).hasSize(2);
        strategyEvents.forEach(EventContract::assertConforms);
        assertThat(PublishedEvents.header(strategyEvents.get(0), "ce_tenant")).isEqualTo("region-jh");
        assertThat(PublishedEvents.header(strategyEvents.get(0), "ce_type")).isEqualTo("se.styrkort.rollup.changed.v1");
    }

    @Test
    void aPollOfManyStatusesPublishesEachChangedRollupOnceAndARedeliveryNothing() throws Exception {
        PlanOutline outline = PlanOutline.fresh();
        int goals = 20;
        Feed jh = new Feed("region-jh");
        outline.addTo(jh, "Regionstaben", "Plan med många mål", "Vård", "God vård");
        List<String> ids = java.util.stream.IntStream.range(0, goals).mapToObj(i -> Feed.id()).toList();
        ids.forEach(goal -> outline.goal(jh, goal, 0, "Mål " + goal));
        jh.publish();
        eventually(() -> as("jh-viewer")
                .get("/api/v1/reports/" + outline.plan() + "/2022-T2").then().statusCode(200)
                .body("sections[0].goals", hasSize(goals)));

        // Sent together, the statuses arrive in one poll or a few: the roll-ups are refreshed and published once per poll.
        ids.forEach(goal -> outline.goalStatus(jh, goal, 0, "2022-T2", "GREEN", null));
        jh.publish();
        String planKey = PublishedRollup.idOf("region-jh", UUID.fromString(outline.plan()), "2022-T2", RollupLevel.PLAN,
                UUID.fromString(outline.plan())).toString();
        eventually(() -> as("jh-viewer")
                .get("/api/v1/rollups?planId=" + outline.plan() + "&period=2022-T2&level=plan").then().statusCode(200)
                .body("items[0].counts.green", equalTo(goals)));
        List<ConsumerRecord<String, String>> events = PublishedEvents.of("styrkort.reporting", planKey, 1);
        assertThat(events).hasSizeBetween(1, 5);
        events.forEach(EventContract::assertConforms);
        List<Long> versions = events.stream().map(e -> read(e).get("version").asLong()).toList();
        assertThat(versions).isSorted().doesNotHaveDuplicates();
        assertThat(events.stream().map(e -> PublishedEvents.header(e, "ce_id")).distinct()).hasSize(events.size());
        assertThat(read(events.get(events.size() - 1)).at("/state/counts/green").asInt()).isEqualTo(goals);

        // The same versions delivered again change nothing, so nothing more is published.
        ids.forEach(goal -> outline.goalStatus(jh, goal, 0, "2022-T2", "GREEN", null));
        jh.publish();
        assertThat(PublishedEvents.of("styrkort.reporting", planKey, events.size() + 1)).hasSize(events.size());
    }

    private static JsonNode read(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
