package se.styrkort.reporting.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static se.styrkort.reporting.Api.as;
import static se.styrkort.reporting.Api.eventually;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import se.styrkort.platform.tenant.TenantContext;
import se.styrkort.reporting.Feed;
import se.styrkort.testsupport.PublishedEvents;
import se.styrkort.testsupport.TestEvents;
import se.styrkort.testsupport.TestKafka;

/** The outcomes and budget consumers: unknown types are skipped, states lacking what the read model needs go to the .dlq. */
@QuarkusTest
class ReadModelFeedTest {

    @Inject
    EntityManager em;

    /** On partition 0, so that a later event there proves the earlier ones consumed. */
    static ProducerRecord<String, String> onPartition0(ProducerRecord<String, String> r) {
        return new ProducerRecord<>(r.topic(), 0, r.key(), r.value(), r.headers());
    }

    @Test
    void anUnknownTypeIsSkippedAndAStateLackingWhatIsNeededIsDeadLettered() {
        String unit = Feed.id();
        String unknown = Feed.id();
        String broken = Feed.id();
        String actual = Feed.id();
        TestKafka.companion().produceStrings().fromRecords(
                onPartition0(TestEvents.event("styrkort.budget", "financial-indicator", "region-jh", unknown, 0, "CREATED",
                        "{\"id\":\"" + unknown + "\",\"orgUnitId\":\"" + unit + "\",\"period\":\"2022-T2\","
                                + "\"code\":\"NET_COST_DEVELOPMENT\",\"value\":0.6}")),
                onPartition0(TestEvents.event("styrkort.budget", "actual", "region-jh", broken, 0, "CREATED",
                        "{\"id\":\"" + broken + "\",\"orgUnitId\":\"" + unit + "\",\"year\":2022,\"month\":13,"
                                + "\"category\":\"PERSONNEL\"}")),
                onPartition0(TestEvents.event("styrkort.budget", "actual", "region-jh", actual, 0, "CREATED",
                        "{\"id\":\"" + actual + "\",\"orgUnitId\":\"" + unit + "\",\"year\":2022,\"month\":3,"
                                + "\"category\":\"PERSONNEL\",\"amount\":-1500.50,\"note\":\"unknown field\"}")))
                .awaitCompletion(Duration.ofSeconds(30));

        eventually(() -> as("jh-viewer")
                .get("/api/v1/economy?period=2022-T1&unit=" + unit).then().statusCode(200)
                .body("items[0].category", equalTo("PERSONNEL")).body("items[0].accumulatedActual", equalTo(-1500.50f)));

        List<ConsumerRecord<String, String>> dead = PublishedEvents.of("styrkort.budget.dlq", broken, 1);
        assertThat(dead).hasSize(1);
        assertThat(new String(dead.get(0).headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .contains("amount must not be null").contains("month must be less than or equal to 12");
        assertThat(PublishedEvents.of("styrkort.budget.dlq", unknown, 0)).isEmpty();
    }

    /**
     * The version an aggregate's row holds is its high-water mark: no mark is written per event. An
     * equal or older version is skipped, a newer one taken; a deletion, which leaves no row, keeps its
     * version in applied_event, so that an older version arriving after it does not bring the aggregate back.
     */
    @Test
    void theRowsVersionDecidesWhatIsAppliedAndADeletionKeepsItsOwn() {
        String unit = Feed.id();
        String stored = Feed.id();
        String added = Feed.id();
        TenantContext.call("region-jh", () -> QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                insert into actual (id, tenant, org_unit_id, year, month, category, amount, event_version, updated_at)
                values (cast(?1 as uuid), 'region-jh', cast(?2 as uuid), 2022, 3, 'PERSONNEL', -1.00, 1, now())""")
                .setParameter(1, stored).setParameter(2, unit).executeUpdate()));
        TestKafka.companion().produceStrings().fromRecords(
                onPartition0(TestEvents.event("styrkort.budget", "actual", "region-jh", stored, 0, "CREATED",
                        actual(stored, unit, 3, "PERSONNEL", "-2.00"))),
                onPartition0(TestEvents.event("styrkort.budget", "actual", "region-jh", stored, 1, "UPDATED",
                        actual(stored, unit, 3, "PERSONNEL", "-3.00"))),
                onPartition0(TestEvents.event("styrkort.budget", "actual", "region-jh", added, 0, "CREATED",
                        actual(added, unit, 4, "OTHER", "-20.00"))))
                .awaitCompletion(Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(90)).until(() -> amount(added) != null);
        // The older and the equal version were skipped: the row keeps what version 1 stored.
        assertThat(amount(stored)).isEqualByComparingTo("-1.00");
        TestKafka.companion().produceStrings().fromRecords(
                onPartition0(TestEvents.event("styrkort.budget", "actual", "region-jh", stored, 2, "UPDATED",
                        actual(stored, unit, 3, "PERSONNEL", "-1500.50"))),
                onPartition0(TestEvents.event("styrkort.budget", "actual", "region-jh", added, 1, "DELETED", "{}")))
                .awaitCompletion(Duration.ofSeconds(30));
        eventually(() -> {
            assertThat(amount(stored)).isEqualByComparingTo("-1500.50");
            assertThat(amount(added)).isNull();
        });
        // A late copy of the deleted aggregate's first version, then a newer version of the other one to
        // know when it was consumed: the deleted one stays deleted.
        TestKafka.companion().produceStrings().fromRecords(
                onPartition0(TestEvents.event("styrkort.budget", "actual", "region-jh", added, 0, "CREATED",
                        actual(added, unit, 4, "OTHER", "-20.00"))),
                onPartition0(TestEvents.event("styrkort.budget", "actual", "region-jh", stored, 3, "UPDATED",
                        actual(stored, unit, 3, "PERSONNEL", "-7.00"))))
                .awaitCompletion(Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(90)).until(() -> amount(stored).compareTo(new BigDecimal("-7.00")) == 0);
        assertThat(amount(added)).isNull();
        assertThat(marks(stored)).isZero();
        assertThat(marks(added)).isEqualTo(1);
        assertThat(PublishedEvents.of("styrkort.budget.dlq", stored, 0)).isEmpty();
    }

    private BigDecimal amount(String actual) {
        return TenantContext.call("region-jh", () -> QuarkusTransaction.requiringNew().call(() -> {
            List<?> found = em.createNativeQuery("select amount from actual where id = cast(?1 as uuid)")
                    .setParameter(1, actual).getResultList();
            return found.isEmpty() ? null : (BigDecimal) found.get(0);
        }));
    }

    private long marks(String aggregate) {
        return TenantContext.call("region-jh", () -> QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from applied_event where aggregate_id = ?1")
                .setParameter(1, aggregate).getSingleResult()).longValue()));
    }

    private static String actual(String id, String unit, int month, String category, String amount) {
        return "{\"id\":\"" + id + "\",\"orgUnitId\":\"" + unit + "\",\"year\":2022,\"month\":" + month
                + ",\"category\":\"" + category + "\",\"amount\":" + amount + "}";
    }

    @Test
    void aGoalStatusWithoutItsGoalGoesToTheOutcomesDlq() {
        String id = Feed.id();
        TestKafka.companion().produceStrings().fromRecords(TestEvents.event("styrkort.outcomes", "goal-status", "region-jh",
                id, 0, "CREATED", "{\"id\":\"" + id + "\",\"period\":\"2022-T2\",\"status\":\"GREEN\"}"))
                .awaitCompletion(Duration.ofSeconds(30));
        List<ConsumerRecord<String, String>> dead = PublishedEvents.of("styrkort.outcomes.dlq", id, 1);
        assertThat(dead).hasSize(1);
        assertThat(new String(dead.get(0).headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8))
                .contains("goalId");
    }
}
