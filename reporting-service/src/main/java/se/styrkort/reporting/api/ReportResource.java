package se.styrkort.reporting.api;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import se.styrkort.platform.csv.CsvDialect;
import se.styrkort.platform.csv.CsvTable;
import se.styrkort.platform.csv.CsvWriter;
import se.styrkort.platform.domain.Period;
import se.styrkort.platform.security.Roles;
import se.styrkort.reporting.report.GoalDetail;
import se.styrkort.reporting.report.ReportView;
import se.styrkort.reporting.report.Reports;

@Path("/api/v1/reports")
@Tag(name = "Reports", description = "The interim or annual report of a plan, as JSON, a printable page or CSV tables")
@SecurityRequirement(name = "bearer")
public class ReportResource {

    static final List<String> TABLES = List.of("summary", "strategies", "goals", "economy", "budget", "investments", "staff");

    @Inject
    Reports reports;

    @Inject
    @Location("report.html")
    Template page;

    @GET
    @Path("{planId}/{period}")
    @Produces({ MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, CsvTable.MEDIA_TYPE })
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "A plan's report for a period", description = "Assembled like the regions' interim report: the summary roll-up, one section per strategy with"
            + " its roll-up and goal table (goal, outcome, target, status, comment), the economy (the revenue and"
            + " cost table 'Intäkter och kostnader' computed from the account figures, and the budget frames"
            + " per cost category), the investments with their sums per category and the staff figures (four"
            + " years to the period's end, with the change from a year before). As JSON, as a printable HTML page (each status a coloured mark with its name, so it"
            + " prints in black and white too) or as CSV, one table at a time (table=summary, strategies, goals,"
            + " economy (the revenue and cost table), budget (the frames per cost category), investments or staff). Accept chooses, format=json|html|csv overrides. A plan with no goals or"
            + " data yet gives an empty report.")
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportView.class)),
            @Content(mediaType = MediaType.TEXT_HTML),
            @Content(mediaType = CsvTable.MEDIA_TYPE, examples = {
                    @ExampleObject(name = "goals", value = CsvTables.GOALS_EXAMPLE),
                    @ExampleObject(name = "economy", value = CsvTables.REVENUES_AND_COSTS_EXAMPLE) }) })
    public Response report(@PathParam("planId") String plan, @PathParam("period") String period,
            @QueryParam("format") @Parameter(description = "json, html or csv; overrides Accept") String format,
            @QueryParam("dialect") @Parameter(description = Docs.DIALECT) String dialect,
            @QueryParam("table") @Parameter(description = "for CSV: summary, strategies, goals (default), economy (revenues and costs), budget (frames per cost category), investments or staff") String table,
            @Context HttpHeaders headers) {
        Params params = new Params();
        UUID planId = params.uuid("planId", plan, true);
        Period p = params.period("period", period, true);
        Formats f = params.format(format, headers, List.of(Formats.JSON, Formats.HTML, Formats.CSV));
        CsvDialect d = params.dialect(dialect);
        String t = params.oneOf("table", table, TABLES);
        params.check();
        ReportView report = reports.of(planId, p);
        return switch (f) {
            case JSON -> Response.ok(report, MediaType.APPLICATION_JSON).build();
            case HTML -> Response.ok(page.data("report", report).render(), MediaType.TEXT_HTML + ";charset=UTF-8").build();
            case CSV -> Response.ok(csv(report, t == null ? "goals" : t, d), CsvWriter.CONTENT_TYPE)
                    .header("Content-Disposition",
                            "inline; filename=\"report-" + p + "-" + (t == null ? "goals" : t) + ".csv\"")
                    .build();
        };
    }

    private static String csv(ReportView report, String table, CsvDialect dialect) {
        return switch (table) {
            case "summary" -> CsvTable.write(CsvTables.ROLLUPS, List.of(report.summary()), dialect);
            case "strategies" ->
                CsvTable.write(CsvTables.ROLLUPS, report.sections().stream().map(ReportView.Section::rollup).toList(), dialect);
            case "economy" -> CsvTable.write(CsvTables.REVENUES_AND_COSTS, report.revenuesAndCosts(), dialect);
            case "budget" -> CsvTable.write(CsvTables.ECONOMY, report.economy(), dialect);
            case "investments" -> CsvTable.write(CsvTables.INVESTMENTS, report.investments(), dialect);
            case "staff" -> CsvTable.write(CsvTables.STAFF, report.staff(), dialect);
            default -> {
                List<GoalDetail> goals = new ArrayList<>();
                report.sections().forEach(s -> goals.addAll(s.goals()));
                yield CsvTable.write(CsvTables.GOALS, goals, dialect);
            }
        };
    }

}
