package se.styrkort.reporting.api;

import java.util.List;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import se.styrkort.platform.api.Page;
import se.styrkort.platform.csv.CsvDialect;
import se.styrkort.platform.csv.CsvTable;
import se.styrkort.platform.csv.CsvWriter;
import se.styrkort.reporting.report.KeptAnswers;

/** A page of a list answered as JSON ({items, page, size, total}) or as CSV with the paging in headers. */
final class Lists {

    static final String TOTAL = "X-Total-Count";

    private Lists() {
    }

    static <T> Response answer(Formats format, CsvDialect dialect, Page<T> page, List<CsvTable.Column<T>> columns) {
        return builder(format, dialect, page, columns).build();
    }

    /** As {@link #answer(Formats, CsvDialect, Page, List)}, tagged for conditional requests, which a client must revalidate. */
    static <T> Response answer(Formats format, CsvDialect dialect, Page<T> page, List<CsvTable.Column<T>> columns,
            EntityTag tag) {
        return builder(format, dialect, page, columns).tag(tag).header("Cache-Control", "private, no-cache").build();
    }

    /**
     * An answer kept ready ({@link RollupAnswers}), tagged as {@link #answer(Formats, CsvDialect, Page, List, EntityTag)} tags.
     */
    static Response answer(KeptAnswers.Answer kept, EntityTag tag) {
        Response.ResponseBuilder answer = Response.ok(kept.body(), kept.mediaType());
        if (kept.paging() != null) {
            answer.header(TOTAL, kept.paging().total()).header("X-Page", kept.paging().page()).header("X-Page-Size",
                    kept.paging().size());
        }
        return answer.tag(tag).header("Cache-Control", "private, no-cache").build();
    }

    private static <T> Response.ResponseBuilder builder(Formats format, CsvDialect dialect, Page<T> page,
            List<CsvTable.Column<T>> columns) {
        if (format == Formats.CSV) {
            return Response.ok(CsvTable.write(columns, page.items(), dialect), CsvWriter.CONTENT_TYPE)
                    .header(TOTAL, page.total()).header("X-Page", page.page()).header("X-Page-Size", page.size());
        }
        return Response.ok(page, Formats.JSON.mediaType);
    }

    static <T> Page<T> page(List<T> all, int page, int size) {
        return new Page<>(Params.page(all, page, size), page, size, all.size());
    }
}
