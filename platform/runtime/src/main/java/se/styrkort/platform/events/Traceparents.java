package se.styrkort.platform.events;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

/**
 * The W3C trace context ({@code traceparent}) that carries a trace from the request that wrote a
 * change, through the outbox row and the Kafka record, to every consumer of the event.
 */
final class Traceparents {

    static final String HEADER = "traceparent";
    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();

    private static final TextMapGetter<Map<String, String>> MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private Traceparents() {
    }

    /** The current trace context as a {@code traceparent}, or null outside a trace (or with tracing off). */
    static String current() {
        return of(Context.current());
    }

    /** The context's span as a {@code traceparent}, or null when it has no valid span. */
    static String of(Context context) {
        Map<String, String> carrier = new HashMap<>(2);
        W3C.inject(context, carrier, Map::put);
        return carrier.get(HEADER);
    }

    /** The context a {@code traceparent} names, as a remote parent; the root context for null or garbage. */
    static Context parse(String traceparent) {
        if (traceparent == null) {
            return Context.root();
        }
        return W3C.extract(Context.root(), Map.of(HEADER, traceparent), MAP);
    }

    /** The span context of a record's {@code traceparent} header; invalid when it has none. */
    static SpanContext ofRecord(Headers headers) {
        Header header = headers.lastHeader(HEADER);
        if (header == null || header.value() == null) {
            return SpanContext.getInvalid();
        }
        return io.opentelemetry.api.trace.Span.fromContext(parse(new String(header.value(), StandardCharsets.UTF_8)))
                .getSpanContext();
    }
}
