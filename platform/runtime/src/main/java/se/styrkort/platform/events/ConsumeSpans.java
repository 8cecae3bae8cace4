package se.styrkort.platform.events;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;

/**
 * A consumer's part of a trace: a span for the events it applies in one transaction, continuing
 * the trace of the record's {@code traceparent} header (put there by the publisher's relay), so one
 * trace runs from the request that wrote a change through every service the event reaches; what the
 * consumer writes to its own outbox meanwhile continues it further.
 *
 * <p>
 * A batch applies the events of many writes at once: its span is a child of the first record's
 * context and links to the context of every record, as OpenTelemetry's messaging conventions do for
 * a batch.
 */
@ApplicationScoped
class ConsumeSpans {

    @Inject
    Tracer tracer;

    /** A started span for applying these records; make it current, and end it, around the work. */
    Span process(String consumer, List<ConsumerRecord<String, String>> records) {
        Set<SpanContext> contexts = new LinkedHashSet<>();
        for (ConsumerRecord<String, String> record : records) {
            SpanContext context = Traceparents.ofRecord(record.headers());
            if (context.isValid()) {
                contexts.add(context);
            }
        }
        String topic = records.isEmpty() ? "" : records.get(0).topic();
        SpanBuilder span = tracer.spanBuilder(topic + " process")
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.destination.name", topic)
                .setAttribute("messaging.consumer.group.name", consumer)
                .setAttribute("messaging.batch.message_count", (long) records.size());
        if (contexts.isEmpty()) {
            span.setNoParent();
        } else {
            span.setParent(Context.root().with(Span.wrap(contexts.iterator().next())));
            contexts.forEach(span::addLink);
        }
        return span.startSpan();
    }
}
