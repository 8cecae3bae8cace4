package se.styrkort.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One outcome written to outcomes-service is one trace through the real processes and the real
 * broker, as the services' OpenTelemetry exporters send it to the stack's collector: the HTTP
 * request in outcomes-service, its relay publishing the events from the outbox to
 * {@code styrkort.outcomes}, reporting-service's consumer applying them and refreshing the roll-up,
 * and its relay publishing the changed roll-up to {@code styrkort.reporting}, each span within the
 * one before it. goals-service and budget-service do not consume outcomes and are not on the path.
 */
@ExtendWith(StackExtension.class)
class TraceTest {

    private static final Duration FRESH = Duration.ofSeconds(120);
    /** The spans are exported a second after they end (LocalStack); a few seconds is plenty. */
    private static final Duration EXPORTED = Duration.ofSeconds(20);
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void anOutcomeIsOneTraceFromTheRequestThroughKafkaToThePublishedRollup(LocalStack stack, Api api) {
        TestPlan test = TestPlan.create(api);
        String rollup = test.strategyRollup();
        api.await(FRESH, r -> r.status() == 200 && r.body().contains("\"notMeasurable\":1"), "jh-viewer", "reporting",
                rollup);

        // reporting-service's span of a batch is the child of the batch's first record: wait until it has
        // applied everything before, so that this outcome's records start a batch of their own.
        awaitCaughtUp(api);

        // The request arrives with a trace context of the caller's (a gateway's, say): every span of it
        // carries the caller's trace id. outcomes-service knows the indicator once goals-service's event
        // has reached it, until then it answers 400: each attempt is a trace of its own.
        String outcome = Api.json(Map.of("indicatorId", test.indicator(), "orgUnitId", test.unit(), "period", "2026-T1",
                "valueKind", "ACCUMULATED", "total", 92));
        String[] caller = new String[2];
        Api.Response recorded = Api.await(FRESH, r -> r.status() != 400, () -> {
            caller[0] = HEX.formatHex(randomBytes(16));
            caller[1] = HEX.formatHex(randomBytes(8));
            return api.send("jh-reporter", "outcomes", "/api/v1/measurements", "POST", outcome, "application/json",
                    Map.of("Content-Type", "application/json", "traceparent", "00-" + caller[0] + "-" + caller[1] + "-01"));
        });
        String traceId = caller[0];
        String callerSpan = caller[1];
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        Api.Response green = api.await(FRESH, r -> r.body().contains("\"green\":1"), "jh-viewer", "reporting", rollup);
        assertThat(green.body()).as(green.toString()).contains("\"green\":1");

        // Each service exports its spans in batches of its own: wait for both ends, the request's span of
        // outcomes-service and the roll-up's publication by reporting-service (it ends when Kafka acknowledges it).
        List<OtlpCollector.Span> trace = awaitTrace(stack.traces, traceId,
                t -> find(t, "outcomes-service", "SPAN_KIND_SERVER", "POST /api/v1/measurements").isPresent()
                        && find(t, "reporting-service", "SPAN_KIND_PRODUCER", "styrkort.reporting publish").isPresent());

        OtlpCollector.Span request = only(trace, "outcomes-service", "SPAN_KIND_SERVER", "POST /api/v1/measurements");
        assertThat(request.parentSpanId()).as("the request continues the caller's trace").isEqualTo(callerSpan);
        List<OtlpCollector.Span> published = all(trace, "outcomes-service", "SPAN_KIND_PRODUCER", "styrkort.outcomes publish");
        assertThat(published).as("the relay publishes the request's events: %s", trace).isNotEmpty()
                .allSatisfy(p -> assertThat(ancestors(trace, p)).contains(request.spanId()));
        // Each record of the request is consumed in a span of its own when the batches fall that way.
        List<OtlpCollector.Span> consumed = all(trace, "reporting-service", "SPAN_KIND_CONSUMER",
                "styrkort.outcomes process");
        assertThat(consumed).as("reporting-service's consumer is in the trace: %s; spans linking to its records: %s",
                trace, published.stream().flatMap(p -> stack.traces.linking(p.spanId()).stream()).toList())
                .isNotEmpty();
        Set<String> publishedIds = published.stream().map(OtlpCollector.Span::spanId).collect(Collectors.toSet());
        assertThat(consumed).as("the consumer continues the records' publication")
                .allSatisfy(c -> assertThat(publishedIds).contains(c.parentSpanId()));
        Set<String> consumedIds = consumed.stream().map(OtlpCollector.Span::spanId).collect(Collectors.toSet());
        OtlpCollector.Span rollupPublished = find(trace, "reporting-service", "SPAN_KIND_PRODUCER",
                "styrkort.reporting publish").orElseThrow();
        assertThat(ancestors(trace, rollupPublished)).as("the roll-up is published within the consumer's work: %s", trace)
                .containsAnyElementsOf(consumedIds);

        assertThat(trace).extracting(OtlpCollector.Span::traceId).containsOnly(traceId);
        Set<String> services = trace.stream().map(OtlpCollector.Span::service).collect(Collectors.toSet());
        assertThat(services).as("every service the outcome passes").containsExactlyInAnyOrder("outcomes-service",
                "reporting-service");
    }

    /** Waits until reporting-service's readiness says it has applied every record of styrkort.outcomes. */
    private static void awaitCaughtUp(Api api) {
        Api.Response ready = api.await(FRESH, r -> lag(r, "styrkort.outcomes") == 0 && lag(r, "styrkort.goals") == 0,
                null, "reporting", "/q/health/ready");
        assertThat(lag(ready, "styrkort.outcomes")).as(ready.toString()).isZero();
    }

    private static long lag(Api.Response ready, String topic) {
        for (JsonNode check : ready.json().path("checks")) {
            if (check.path("name").asText().equals("read model freshness")) {
                return check.path("data").path(topic).asLong(-1);
            }
        }
        return -1;
    }

    private static List<OtlpCollector.Span> awaitTrace(OtlpCollector collector, String traceId,
            Predicate<List<OtlpCollector.Span>> until) {
        long deadline = System.nanoTime() + EXPORTED.toNanos();
        List<OtlpCollector.Span> trace = collector.trace(traceId);
        while (!until.test(trace) && System.nanoTime() < deadline) {
            Api.sleep(200);
            trace = collector.trace(traceId);
        }
        return trace;
    }

    private static List<OtlpCollector.Span> all(List<OtlpCollector.Span> trace, String service, String kind, String name) {
        return trace.stream().filter(s -> s.service().equals(service) && s.kind().equals(kind) && s.name().equals(name))
                .toList();
    }

    private static Optional<OtlpCollector.Span> find(List<OtlpCollector.Span> trace, String service, String kind,
            String name) {
        return all(trace, service, kind, name).stream().findFirst();
    }

    private static OtlpCollector.Span only(List<OtlpCollector.Span> trace, String service, String kind, String name) {
        List<OtlpCollector.Span> found = all(trace, service, kind, name);
        assertThat(found).as("one %s span %s of %s in %s", kind, name, service, trace).hasSize(1);
        return found.get(0);
    }

    /** The ids of the span's parent, its parent's parent and so on, as far as the trace holds them. */
    private static List<String> ancestors(List<OtlpCollector.Span> trace, OtlpCollector.Span span) {
        Map<String, OtlpCollector.Span> byId = trace.stream()
                .collect(Collectors.toMap(OtlpCollector.Span::spanId, s -> s, (a, b) -> a));
        List<String> up = new ArrayList<>();
        for (OtlpCollector.Span s = byId.get(span.parentSpanId()); s != null
                && !up.contains(s.spanId()); s = byId.get(s.parentSpanId())) {
            up.add(s.spanId());
        }
        return up;
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
