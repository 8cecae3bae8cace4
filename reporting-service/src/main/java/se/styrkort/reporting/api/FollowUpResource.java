package se.styrkort.reporting.api;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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

import se.styrkort.platform.api.Page;
import se.styrkort.platform.csv.CsvDialect;
import se.styrkort.platform.csv.CsvTable;
import se.styrkort.platform.domain.Period;
import se.styrkort.platform.security.Roles;
import se.styrkort.reporting.report.Economy;
import se.styrkort.reporting.report.GenderView;
import se.styrkort.reporting.report.Investments;
import se.styrkort.reporting.report.Reports;

/** The follow-up beside the goals: the gender view, the economy and the investments. */
@Path("/api/v1")
@Produces({ MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE })
@Tag(name = "Follow-up", description = "Gender-split outcomes, budget follow-up and investments")
@SecurityRequirement(name = "bearer")
public class FollowUpResource {

    static final List<String> INVESTMENT_CATEGORIES = List.of("GRANTED", "CARRIED_OVER", "EMERGENCY", "OUTSIDE_FRAME");

    @Inject
    GenderView gender;

    @Inject
    Economy economy;

    @Inject
    Investments investments;

    @Inject
    Reports reports;

    @GET
    @Path("gender")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Women and men apart, per period", description = "The outcomes of a plan's gender-split indicators: women (K), men (M), total and the gap women − men,"
            + " per indicator, unit, period and value kind. " + Docs.CSV_PAGING)
    @APIResponse(responseCode = "200", description = "A page of gender-split outcomes", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Docs.GenderPage.class)),
            @Content(mediaType = CsvTable.MEDIA_TYPE, examples = @ExampleObject(name = "gender", value = CsvTables.GENDER_EXAMPLE)) })
    public Response gender(@QueryParam("planId") @Parameter(description = "The plan's id", required = true) String plan,
            @QueryParam("period") String period, @QueryParam("indicator") String indicator,
            @QueryParam("unit") String unit, @QueryParam("format") String format,
            @QueryParam("dialect") @Parameter(description = Docs.DIALECT) String dialect,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size,
            @Context HttpHeaders headers) {
        Params params = new Params();
        UUID planId = params.uuid("planId", plan, true);
        Period p = params.period("period", period, false);
        UUID indicatorId = params.uuid("indicator", indicator, false);
        UUID unitId = params.uuid("unit", unit, false);
        Formats f = params.format(format, headers, List.of(Formats.JSON, Formats.CSV));
        CsvDialect d = params.dialect(dialect);
        params.check();
        reports.plan(planId);
        return Lists.answer(f, d, gender.of(planId, p == null ? null : p.toString(), indicatorId, unitId, page, size),
                CsvTables.GENDER);
    }

    @GET
    @Path("economy")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Budget follow-up per unit through a period", description = "Per unit and cost category, then a TOTAL row per unit, through the period's last month (2022-T2:"
            + " August): adopted frame, adjustments (total only), current budget, accumulated budget (a twelfth per"
            + " month), accumulated actual, deviation (actual − budget), full-year forecast and its deviation from the"
            + " current budget, in SEK. " + Docs.CSV_PAGING)
    @APIResponse(responseCode = "200", description = "A page of economy lines", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Docs.EconomyPage.class)),
            @Content(mediaType = CsvTable.MEDIA_TYPE, examples = @ExampleObject(name = "economy", value = CsvTables.ECONOMY_EXAMPLE)) })
    public Response economy(@QueryParam("period") @Parameter(required = true) String period,
            @QueryParam("unit") @Parameter(description = "one unit; all units with budget data when left out") String unit,
            @QueryParam("format") String format,
            @QueryParam("dialect") @Parameter(description = Docs.DIALECT) String dialect,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size,
            @Context HttpHeaders headers) {
        Params params = new Params();
        Period p = params.period("period", period, true);
        UUID unitId = params.uuid("unit", unit, false);
        Formats f = params.format(format, headers, List.of(Formats.JSON, Formats.CSV));
        CsvDialect d = params.dialect(dialect);
        params.check();
        return Lists.answer(f, d, Lists.page(economy.of(p, unitId == null ? Set.of() : Set.of(unitId)), page, size),
                CsvTables.ECONOMY);
    }

    @GET
    @Path("investments")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Investments of a year with their follow-up for a period", description = "Each investment running in the period's year, with the follow-up recorded for the period (else"
            + " the latest earlier one of the year): outcome to date, forecast for the year end, completion. "
            + Docs.CSV_PAGING)
    @APIResponse(responseCode = "200", description = "A page of investments", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Docs.InvestmentPage.class)),
            @Content(mediaType = CsvTable.MEDIA_TYPE, examples = @ExampleObject(name = "investments", value = CsvTables.INVESTMENTS_EXAMPLE)) })
    public Response investments(@QueryParam("period") @Parameter(required = true) String period,
            @QueryParam("unit") String unit,
            @QueryParam("category") @Parameter(description = "GRANTED, CARRIED_OVER, EMERGENCY or OUTSIDE_FRAME") String category,
            @QueryParam("format") String format,
            @QueryParam("dialect") @Parameter(description = Docs.DIALECT) String dialect,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size,
            @Context HttpHeaders headers) {
        Params params = new Params();
        Period p = params.period("period", period, true);
        UUID unitId = params.uuid("unit", unit, false);
        String c = params.oneOf("category", category, INVESTMENT_CATEGORIES);
        Formats f = params.format(format, headers, List.of(Formats.JSON, Formats.CSV));
        CsvDialect d = params.dialect(dialect);
        params.check();
        return Lists.answer(f, d, Lists.page(investments.of(p, unitId == null ? Set.of() : Set.of(unitId), c), page, size),
                CsvTables.INVESTMENTS);
    }
}
