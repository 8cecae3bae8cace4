package se.styrkort.reporting.web;

import java.util.List;
import java.util.Locale;

import se.styrkort.reporting.readmodel.PlanSummary;

/** One page of the region's plans, newest first, with what the search asked for. */
public record PlanList(List<PlanSummary> plans, String q, Integer year, String status, List<Integer> years, int page,
        int pages, long total) {

    public static final int SIZE = 20;

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages;
    }

    /** The query string of this search on another page. */
    public String query(int onPage) {
        StringBuilder s = new StringBuilder("?sida=").append(onPage);
        if (q != null && !q.isBlank()) {
            s.append("&q=").append(java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (year != null) {
            s.append("&ar=").append(year);
        }
        if (status != null && !status.isBlank()) {
            s.append("&status=").append(status.toUpperCase(Locale.ROOT));
        }
        return s.toString();
    }

    public String previousQuery() {
        return query(page - 1);
    }

    public String nextQuery() {
        return query(page + 1);
    }

    public int shownPage() {
        return page + 1;
    }
}
