package se.styrkort.reporting.api;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.cache.CacheResult;
import se.styrkort.platform.api.Page;
import se.styrkort.platform.csv.CsvDialect;
import se.styrkort.platform.csv.CsvTable;
import se.styrkort.platform.csv.CsvWriter;
import se.styrkort.reporting.report.RollupView;
import se.styrkort.reporting.report.RollupViewCache;
import se.styrkort.reporting.rollup.RollupLevel;

/**
 * Roll-up answers kept ready, as the bytes sent: a request whose plan version has an answer in the
 * same shape (format, CSV dialect, page) is served without computing or serializing anything. The
 * plan's read version is part of the key, and the consumer raises it in the transaction that applies
 * a change (RollupPublisher), so an answer of an older version is never served again; it is dropped
 * when unread for a while or when the cache is full.
 */
@ApplicationScoped
public class RollupAnswers {

    /** An answer's body and what its headers say. */
    public record Answer(byte[] body, String mediaType, Page<?> paging) {
    }

    @Inject
    RollupViewCache views;

    @Inject
    ObjectMapper mapper;

    /** The answer at the given version; the tenant and version are part of the key. */
    @CacheResult(cacheName = "rollup-answers")
    public Answer of(String tenant, UUID plan, String period, RollupLevel level, long version, Formats format,
            CsvDialect dialect, int page, int size) {
        List<RollupView> all = views.of(tenant, plan, period, level, version);
        Page<RollupView> paged = Lists.page(all, page, size);
        if (format == Formats.CSV) {
            return new Answer(CsvTable.write(CsvTables.ROLLUPS, paged.items(), dialect).getBytes(StandardCharsets.UTF_8),
                    CsvWriter.CONTENT_TYPE, new Page<>(List.of(), paged.page(), paged.size(), paged.total()));
        }
        try {
            return new Answer(mapper.writeValueAsBytes(paged), Formats.JSON.mediaType, null);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialize the roll-ups of plan " + plan, e);
        }
    }
}
