package se.styrkort.platform.events;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.Headers;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;

/**
 * The relay's part of a trace: a producer span for each event written within a trace, a child of
 * the context kept with its outbox row, from the hand-over to the producer until Kafka acknowledges
 * it; its context goes into the record's {@code traceparent} header for the consumers to continue.
 * An event written outside any trace gets neither span nor header.
 */
final class PublishSpans {

    /** Publishes no spans of its own, but passes every kept trace context on to the record. */
    static final PublishSpans NONE = new PublishSpans(OpenTelemetry.noop().getTracer("styrkort-outbox"));

    private final Tracer tracer;

    PublishSpans(Tracer tracer) {
        this.tracer = tracer;
    }

    /** The producer span of the event; an invalid span for an event written outside a trace. */
    Span start(UnsentEvent event) {
        if (event.traceparent() == null) {
            return Span.getInvalid();
        }
        return tracer.spanBuilder(event.topic() + " publish")
                .setParent(Traceparents.parse(event.traceparent()))
                .setSpanKind(SpanKind.PRODUCER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "send")
                .setAttribute("messaging.destination.name", event.topic())
                .setAttribute("messaging.message.id", event.id())
                .setAttribute("messaging.kafka.message.key", event.aggregateId())
                .startSpan();
    }

    /** Adds the span's context to the record's headers as {@code traceparent}. */
    static void inject(Span span, Headers headers) {
        if (span.getSpanContext().isValid()) {
            String traceparent = Traceparents.of(Context.root().with(span));
            if (traceparent != null) {
                headers.add(Traceparents.HEADER, traceparent.getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** Ends the span when Kafka has acknowledged the record or refused it. */
    static void end(Span span, Exception failure) {
        if (failure != null) {
            span.recordException(failure);
            span.setStatus(StatusCode.ERROR, "refused by Kafka");
        }
        span.end();
    }
}
