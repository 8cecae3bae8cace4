package se.styrkort.reporting.api;

import java.util.List;

import se.styrkort.reporting.report.EconomyLine;
import se.styrkort.reporting.report.GenderLine;
import se.styrkort.reporting.report.GoalDetail;
import se.styrkort.reporting.report.InvestmentLine;
import se.styrkort.reporting.report.RollupView;

/** The JSON pages as OpenAPI schemas: {items, page, size, total} like the platform's Page. */
final class Docs {

    private Docs() {
    }

    record RollupPage(List<RollupView> items, int page, int size, long total) {
    }

    record GoalPage(List<GoalDetail> items, int page, int size, long total) {
    }

    record EconomyPage(List<EconomyLine> items, int page, int size, long total) {
    }

    record InvestmentPage(List<InvestmentLine> items, int page, int size, long total) {
    }

    record GenderPage(List<GenderLine> items, int page, int size, long total) {
    }

    static final String CSV_PAGING = "As CSV (Accept: text/csv or format=csv) the page's rows follow a header of stable"
            + " column names; the paging is in the X-Total-Count, X-Page and X-Page-Size headers. dialect=excel-sv writes"
            + " it as Swedish Excel opens it (UTF-8 with BOM, ; separated, decimal comma).";

    static final String DIALECT = "For CSV: rfc4180 (default: comma, decimal point, UTF-8 without BOM) or excel-sv"
            + " (semicolon, decimal comma, UTF-8 with BOM); both end rows with CRLF";
}
