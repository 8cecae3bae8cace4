package se.styrkort.reporting.api;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityTag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.styrkort.platform.api.Page;
import se.styrkort.platform.csv.CsvDialect;
import se.styrkort.platform.csv.CsvTable;
import se.styrkort.platform.csv.CsvWriter;
import se.styrkort.reporting.report.KeptAnswers;
import se.styrkort.reporting.report.RollupView;
import se.styrkort.reporting.report.RollupViewCache;

/**
 * Roll-up answers kept ready, as the bytes sent with their ETag (report/KeptAnswers): a request whose
 * plan version has an answer in the same shape (format, CSV dialect, page) is served without
 * computing or serializing anything. The plan's read version is checked on every request, and the
 * consumer raises it in the transaction that applies a change (RollupPublisher), so an answer of an
 * older version is never served again.
 */
@ApplicationScoped
public class RollupAnswers {

    @Inject
    RollupViewCache views;

    @Inject
    KeptAnswers kept;

    @Inject
    ObjectMapper mapper;

    /** The answer at the given version, tagged with {@code tag}; the key holds the tenant. */
    public KeptAnswers.Answer of(KeptAnswers.Key key, long version, EntityTag tag, Formats format, CsvDialect dialect) {
        return kept.of(key, version, () -> make(key, version, tag.getValue(), format, dialect));
    }

    private KeptAnswers.Answer make(KeptAnswers.Key key, long version, String tag, Formats format,
            CsvDialect dialect) {
        List<RollupView> all = views.of(key.tenant(), key.plan(), key.period(), key.level(), version);
        Page<RollupView> paged = Lists.page(all, key.page(), key.size());
        if (format == Formats.CSV) {
            return new KeptAnswers.Answer(version, tag,
                    CsvTable.write(CsvTables.ROLLUPS, paged.items(), dialect).getBytes(StandardCharsets.UTF_8),
                    CsvWriter.CONTENT_TYPE, new Page<>(List.of(), paged.page(), paged.size(), paged.total()));
        }
        try {
            return new KeptAnswers.Answer(version, tag, mapper.writeValueAsBytes(paged), Formats.JSON.mediaType, null);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialize the roll-ups of plan " + key.plan(), e);
        }
    }
}
