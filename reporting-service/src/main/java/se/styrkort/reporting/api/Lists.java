package se.styrkort.reporting.api;

import java.util.List;

import jakarta.ws.rs.core.Response;

import se.styrkort.platform.api.Page;

/** A page of a list answered as JSON ({items, page, size, total}) or as CSV with the paging in headers. */
final class Lists {

    static final String TOTAL = "X-Total-Count";

    private Lists() {
    }

    static <T> Response answer(Formats format, Page<T> page, List<Csv.Column<T>> columns) {
        if (format == Formats.CSV) {
            return Response.ok(Csv.write(columns, page.items()), Csv.MEDIA_TYPE + ";charset=UTF-8")
                    .header(TOTAL, page.total()).header("X-Page", page.page()).header("X-Page-Size", page.size()).build();
        }
        return Response.ok(page, Formats.JSON.mediaType).build();
    }

    static <T> Page<T> page(List<T> all, int page, int size) {
        return new Page<>(Params.page(all, page, size), page, size, all.size());
    }
}
