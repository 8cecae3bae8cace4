package se.styrkort.reporting.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import se.styrkort.reporting.Feed;
import se.styrkort.reporting.InTenant;
import se.styrkort.reporting.rollup.PublishedRollup;
import se.styrkort.reporting.rollup.RollupLevel;
import se.styrkort.testsupport.EventContract;
import se.styrkort.testsupport.PublishedEvents;

/**
 * Publishing the roll-ups that changed, called directly on a plan the consumers fed from the real
 * broker: nothing is published again while nothing changed, yet the plan's read version rises; a
 * roll-up that differs from what was published goes out on styrkort.reporting with its full state.
 */
@QuarkusTest
class RollupPublisherTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    RollupPublisher publisher;

    @Inject
    EntityManager em;

    long readVersion(UUID plan) {
        return InTenant.jh(() -> ((Number) em.createNativeQuery("select version from plan_read_version where plan_id = ?1")
                .setParameter(1, plan).getSingleResult()).longValue());
    }

    @Test
    void onlyWhatChangedIsPublishedAndTheReadVersionRisesEveryTime() throws Exception {
        String unit = Feed.id();
        String plan = Feed.id();
        String goal = Feed.id();
        new Feed("region-jh").orgUnit(unit, "Regionstaben", null).plan(plan, "Verksamhetsplan 2022", unit)
                .goal(goal, 0, plan, unit, null, "Budget i balans").goalStatus(goal, 0, plan, unit, "2022-T2", "GREEN", null)
                .publish();
        UUID planId = UUID.fromString(plan);
        UUID planKey = PublishedRollup.idOf("region-jh", planId, "2022-T2", RollupLevel.PLAN, planId);
        await().atMost(Duration.ofSeconds(90)).until(() -> InTenant.jh(() -> {
            // All four applied: the plan's name, the goal and its status counted, the unit's name.
            PublishedRollup p = em.find(PublishedRollup.class, planKey);
            PublishedRollup u = em.find(PublishedRollup.class,
                    PublishedRollup.idOf("region-jh", planId, "2022-T2", RollupLevel.UNIT, UUID.fromString(unit)));
            return p != null && p.green == 1 && p.keyName.equals("Verksamhetsplan 2022") && u != null
                    && u.keyName.equals("Regionstaben");
        }));
        List<ConsumerRecord<String, String>> before = PublishedEvents.of("styrkort.reporting", planKey.toString(), 1);
        long version = readVersion(planId);

        InTenant.jh(() -> {
            publisher.publishAll(planId);
            return null;
        });
        InTenant.jh(() -> {
            publisher.publish(List.of(new AffectedRollups(Set.of(planId), "2022-T2")));
            return null;
        });
        assertThat(readVersion(planId)).isEqualTo(version + 2);
        assertThat(PublishedEvents.of("styrkort.reporting", planKey.toString(), before.size())).hasSameSizeAs(before);

        InTenant.jh(
                () -> em.createNativeQuery("update rollup set key_name = 'Gammalt namn' where id = ?1").setParameter(1, planKey)
                        .executeUpdate());
        InTenant.jh(() -> {
            publisher.publish(List.of(new AffectedRollups(Set.of(planId), null)));
            return null;
        });
        List<ConsumerRecord<String, String>> after = PublishedEvents.of("styrkort.reporting", planKey.toString(),
                before.size() + 1);
        assertThat(after).hasSize(before.size() + 1);
        ConsumerRecord<String, String> last = after.get(after.size() - 1);
        EventContract.assertConforms(last);
        JsonNode data = JSON.readTree(last.value());
        assertThat(data.get("changeType").asText()).isEqualTo("UPDATED");
        assertThat(data.at("/state/keyName").asText()).isEqualTo("Verksamhetsplan 2022");
        assertThat(data.at("/state/counts/green").asInt()).isEqualTo(1);
        assertThat(data.at("/state/planId").asText()).isEqualTo(plan);
        assertThat(readVersion(planId)).isEqualTo(version + 3);
    }
}
