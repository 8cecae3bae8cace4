package se.styrkort.budget.api;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
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
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;

import se.styrkort.platform.api.Page;
import se.styrkort.platform.csv.CsvDialect;
import se.styrkort.platform.csv.CsvWriter;

/**
 * Every list as CSV for BI tools and spreadsheets: asked for with {@code Accept: text/csv} or
 * {@code ?format=csv}. One row per item, one column per field as the JSON shows it; nested
 * objects become dotted columns ({@code current.net}), lists of values are joined by {@code |}
 * and lists of objects are written as their JSON. {@code ?dialect=} chooses the platform's
 * {@link CsvDialect}: RFC 4180 by default, {@code excel-sv} for Swedish Excel.
 */
@Provider
@Produces(CsvPages.MEDIA_TYPE)
public class CsvPages implements MessageBodyWriter<Object> {

    public static final String MEDIA_TYPE = CsvWriter.MEDIA_TYPE;

    @Inject
    ObjectMapper jackson;

    @Inject
    UriInfo uri;

    private ObjectMapper mapper;

    /** Amounts as the JSON writes them, 20.00 not 2E+1: the tree must not strip trailing zeros. */
    @PostConstruct
    void exactDecimals() {
        mapper = jackson.copy().configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    }

    /**
     * {@code ?format=csv} asks for what {@code Accept: text/csv} does, for clients that cannot set headers.
     * An unknown {@code ?dialect=} is refused here, before anything is read or written.
     */
    @ServerRequestFilter(preMatching = true)
    public void formatParameter(ContainerRequestContext request) {
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        CsvDialect.ofParameter(query.getFirst(CsvDialect.PARAMETER));
        if ("csv".equalsIgnoreCase(query.getFirst("format"))) {
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
        List<Map<String, Object>> rows = new ArrayList<>(items.size());
        Set<String> columns = new LinkedHashSet<>();
        for (Object item : items) {
            Map<String, Object> row = new LinkedHashMap<>();
            flatten("", mapper.valueToTree(item), row);
            columns.addAll(row.keySet());
            rows.add(row);
        }
        headers.putSingle(HttpHeaders.CONTENT_TYPE, CsvWriter.CONTENT_TYPE);
        CsvWriter csv = CsvWriter.onto(out, CsvDialect.ofParameter(uri.getQueryParameters().getFirst(CsvDialect.PARAMETER)));
        if (!columns.isEmpty()) {
            csv.header(List.copyOf(columns));
        }
        for (Map<String, Object> row : rows) {
            for (String column : columns) {
                csv.cell(row.get(column));
            }
            csv.endRow();
        }
        csv.flush();
    }

    /** Numbers stay numbers, for the dialect's decimal separator; everything else is text. */
    private void flatten(String prefix, JsonNode node, Map<String, Object> row) {
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
            row.put(prefix, scalars ? String.join("|", parts) : node.toString());
        } else if (node.isNull()) {
            row.put(prefix, null);
        } else if (node.isNumber()) {
            row.put(prefix, node.decimalValue());
        } else {
            row.put(prefix, node.asText());
        }
    }
}
