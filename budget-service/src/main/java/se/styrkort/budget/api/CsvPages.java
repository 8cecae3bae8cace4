package se.styrkort.budget.api;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;

import se.styrkort.platform.api.CsvCells;
import se.styrkort.platform.api.Page;

/**
 * Every list as CSV for BI tools and spreadsheets: asked for with {@code Accept: text/csv} or
 * {@code ?format=csv}. One row per item, one column per field as the JSON shows it; nested
 * objects become dotted columns ({@code current.net}), lists of values are joined by {@code |}
 * and lists of objects are written as their JSON. Decimal point and comma separator, UTF-8. Text a
 * spreadsheet would take for a formula is neutralised (platform api/CsvCells); numbers stay numbers.
 */
@Provider
@Produces(CsvPages.MEDIA_TYPE)
public class CsvPages implements MessageBodyWriter<Object> {

    public static final String MEDIA_TYPE = "text/csv";

    @Inject
    ObjectMapper jackson;

    private ObjectMapper mapper;

    /** Amounts as the JSON writes them, 20.00 not 2E+1: the tree must not strip trailing zeros. */
    @PostConstruct
    void exactDecimals() {
        mapper = jackson.copy().configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    }

    /** {@code ?format=csv} asks for what {@code Accept: text/csv} does, for clients that cannot set headers. */
    @ServerRequestFilter(preMatching = true)
    public void formatParameter(ContainerRequestContext request) {
        if ("csv".equalsIgnoreCase(request.getUriInfo().getQueryParameters().getFirst("format"))) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, MEDIA_TYPE);
        }
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Page.class.isAssignableFrom(type) || List.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream out) throws IOException, WebApplicationException {
        List<?> items = value instanceof Page<?> page ? page.items() : (List<?>) value;
        List<Map<String, String>> rows = new ArrayList<>(items.size());
        Set<String> columns = new LinkedHashSet<>();
        for (Object item : items) {
            Map<String, String> row = new LinkedHashMap<>();
            flatten("", mapper.valueToTree(item), row);
            columns.addAll(row.keySet());
            rows.add(row);
        }
        headers.putSingle(HttpHeaders.CONTENT_TYPE, MEDIA_TYPE + ";charset=UTF-8");
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get());
        if (!columns.isEmpty()) {
            csv.printRecord(columns.stream().map(CsvCells::text).toList());
        }
        for (Map<String, String> row : rows) {
            List<String> cells = new ArrayList<>(columns.size());
            for (String column : columns) {
                cells.add(row.getOrDefault(column, ""));
            }
            csv.printRecord(cells);
        }
        csv.flush();
    }

    private void flatten(String prefix, JsonNode node, Map<String, String> row) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), row);
            }
        } else if (node.isArray()) {
            boolean scalars = true;
            List<String> parts = new ArrayList<>();
            for (JsonNode element : node) {
                scalars &= element.isValueNode();
                parts.add(element.isNumber() ? element.decimalValue().toPlainString() : element.asText());
            }
            row.put(prefix, CsvCells.text(scalars ? String.join("|", parts) : node.toString()));
        } else if (node.isNull()) {
            row.put(prefix, "");
        } else if (node.isNumber()) {
            row.put(prefix, node.decimalValue().toPlainString());
        } else {
            row.put(prefix, CsvCells.text(node.asText()));
        }
    }
}
