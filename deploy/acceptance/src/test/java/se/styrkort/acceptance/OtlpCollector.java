package se.styrkort.acceptance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.zip.GZIPInputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;

/**
 * The stack's trace collector: an OTLP/HTTP receiver ({@code POST /v1/traces}, protobuf) on a free
 * loopback port, to which the services' OpenTelemetry exporters send their spans
 * ({@code quarkus.otel.exporter.otlp.traces.protocol=http/protobuf}). It keeps what a test asserts
 * on: each span's ids, name, kind, links and the {@code service.name} of the process that sent it.
 */
final class OtlpCollector implements AutoCloseable {

    /** One received span; ids in lower-case hex, as in a {@code traceparent} header. */
    record Span(String service, String traceId, String spanId, String parentSpanId, String name, String kind,
            List<String> linkedSpanIds) {
    }

    private static final HexFormat HEX = HexFormat.of();

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Span> spans = new ConcurrentLinkedQueue<>();

    private OtlpCollector(HttpServer server) {
        this.server = server;
    }

    static OtlpCollector start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
            OtlpCollector collector = new OtlpCollector(server);
            server.createContext("/v1/traces", collector::receive);
            server.setExecutor(Executors.newFixedThreadPool(2, r -> {
                Thread t = new Thread(r, "otlp-collector");
                t.setDaemon(true);
                return t;
            }));
            server.start();
            return collector;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base URL the exporters are given; they post to its {@code /v1/traces}. */
    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Every span received so far of this trace. */
    List<Span> trace(String traceId) {
        return spans.stream().filter(s -> s.traceId().equals(traceId)).toList();
    }

    /** Every span received so far that links to this span (a batch's span links to every record's context). */
    List<Span> linking(String spanId) {
        return spans.stream().filter(s -> s.linkedSpanIds().contains(spanId)).toList();
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            ExportTraceServiceRequest request;
            try (InputStream body = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))
                    ? new GZIPInputStream(exchange.getRequestBody())
                    : exchange.getRequestBody()) {
                request = ExportTraceServiceRequest.parseFrom(body);
            }
            request.getResourceSpansList().forEach(this::keep);
            byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                exchange.getResponseBody().write(answer);
            }
        }
    }

    private void keep(ResourceSpans resource) {
        String service = resource.getResource().getAttributesList().stream()
                .filter(a -> a.getKey().equals("service.name")).map(KeyValue::getValue)
                .map(v -> v.getStringValue()).findFirst().orElse("");
        for (ScopeSpans scope : resource.getScopeSpansList()) {
            for (io.opentelemetry.proto.trace.v1.Span s : scope.getSpansList()) {
                spans.add(new Span(service, HEX.formatHex(s.getTraceId().toByteArray()),
                        HEX.formatHex(s.getSpanId().toByteArray()), HEX.formatHex(s.getParentSpanId().toByteArray()),
                        s.getName(), s.getKind().name(),
                        s.getLinksList().stream().map(l -> HEX.formatHex(l.getSpanId().toByteArray())).toList()));
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
