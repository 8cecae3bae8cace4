package se.styrkort.reporting.api;

import java.util.List;
import java.util.Locale;
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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
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
import se.styrkort.reporting.report.GoalDetail;
import se.styrkort.reporting.report.GoalDetails;
import se.styrkort.reporting.report.KeptAnswers;
import se.styrkort.reporting.report.Reports;
import se.styrkort.reporting.report.RollupViewCache;
import se.styrkort.reporting.rollup.GoalLine;
import se.styrkort.reporting.rollup.RollupLevel;
import se.styrkort.reporting.rollup.Rollups;

@Path("/api/v1/rollups")
@Produces({ MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE })
@Tag(name = "Roll-ups", description = "Goals counted by status per strategy, overall goal, unit and plan, and the drill-down to each goal")
@SecurityRequirement(name = "bearer")
public class RollupResource {

    @Inject
    RollupViewCache cache;

    @Inject
    RollupAnswers answers;

    @Inject
    Rollups rollups;

    @Inject
    GoalDetails goalDetails;

    @Inject
    Reports reports;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Roll-ups of a plan in a period", description = "One row per strategy, overall goal (a goal counts for its overall goal and every one above it),"
            + " owner unit or the whole plan: counts by status, shares with one decimal, whole percentages adding"
            + " up to 100, the overall status, and the change since the previous period of the same kind (2022-T1"
            + " before 2022-T2) with the goals that moved up or down. A goal counts with its assessed status where"
            + " there is one, and as NOT_MEASURABLE while it has no status for the period. The ETag is the plan's"
            + " read version: a poller that sends it back in If-None-Match gets 304 without a body until something"
            + " the roll-ups show has changed. " + Docs.CSV_PAGING)
    @APIResponse(responseCode = "200", description = "A page of roll-ups", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Docs.RollupPage.class)),
            @Content(mediaType = CsvTable.MEDIA_TYPE, examples = @ExampleObject(name = "rollups", value = CsvTables.ROLLUPS_EXAMPLE)) })
    @APIResponse(responseCode = "304", description = "Nothing the roll-ups show has changed since the ETag sent in If-None-Match")
    public Response list(@QueryParam("planId") @Parameter(description = "The plan's id", required = true) String plan,
            @QueryParam("period") @Parameter(description = "2022, 2022-T2, 2022-08 or 2022-HT", required = true) String period,
            @QueryParam("level") @Parameter(description = "strategy (default), overall-goal, unit or plan") String level,
            @QueryParam("format") @Parameter(description = "json or csv; overrides Accept") String format,
            @QueryParam("dialect") @Parameter(description = Docs.DIALECT) String dialect,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size,
            @Context HttpHeaders headers, @Context Request request) {
        Params params = new Params();
        UUID planId = params.uuid("planId", plan, true);
        Period p = params.period("period", period, true);
        RollupLevel l = params.level(level);
        Formats f = params.format(format, headers, List.of(Formats.JSON, Formats.CSV));
        CsvDialect d = params.dialect(dialect);
        params.check();
        long version = cache.version(planId);
        // Every change a roll-up could show raises the version; the format (and a CSV's dialect) is in the tag
        // since Accept can choose it.
        String shape = f == Formats.CSV ? "csv-" + d.parameter : f.name().toLowerCase(Locale.ROOT);
        EntityTag tag = new EntityTag(version + "-" + shape);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.tag(tag).header("Cache-Control", "private, no-cache").build();
        }
        KeptAnswers.Key key = new KeptAnswers.Key(cache.tenant(), planId, p.toString(), l, shape, page, size);
        return Lists.answer(answers.of(key, version, tag, f, d), tag);
    }

    @GET
    @Path("goals")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "The goals behind a roll-up", description = "Each goal of the plan (or of one strategy, overall goal or unit: level and key) with its status"
            + " in the period, the computed and the assessed status, the justification, outcome, target, the"
            + " assessment's analysis as comment, planned actions and forecast, and per indicator the numbers"
            + " behind its status. " + Docs.CSV_PAGING)
    @APIResponse(responseCode = "200", description = "A page of goals", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Docs.GoalPage.class)),
            @Content(mediaType = CsvTable.MEDIA_TYPE, examples = @ExampleObject(name = "goals", value = CsvTables.GOALS_EXAMPLE)) })
    public Response goals(@QueryParam("planId") @Parameter(description = "The plan's id", required = true) String plan,
            @QueryParam("period") @Parameter(required = true) String period,
            @QueryParam("level") @Parameter(description = "with key: strategy, overall-goal or unit") String level,
            @QueryParam("key") @Parameter(description = "the id of the strategy, overall goal or unit") String key,
            @QueryParam("format") String format,
            @QueryParam("dialect") @Parameter(description = Docs.DIALECT) String dialect,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size,
            @Context HttpHeaders headers) {
        Params params = new Params();
        UUID planId = params.uuid("planId", plan, true);
        Period p = params.period("period", period, true);
        RollupLevel l = level == null ? RollupLevel.PLAN : params.level(level);
        UUID keyId = params.uuid("key", key, false);
        Formats f = params.format(format, headers, List.of(Formats.JSON, Formats.CSV));
        CsvDialect d = params.dialect(dialect);
        params.check();
        reports.plan(planId);
        List<GoalLine> goals = rollups.goals(planId, p.toString());
        Rollups.Structure structure = rollups.structure(planId, goals);
        if (keyId != null && l != RollupLevel.PLAN) {
            goals = rollups.groups(structure, goals, l).stream().filter(g -> keyId.equals(g.keyId()))
                    .flatMap(g -> g.goals().stream()).toList();
        }
        List<GoalDetail> details = goalDetails.of(planId, p.toString(), goals, structure);
        return Lists.answer(f, d, Lists.page(details, page, size), CsvTables.GOALS);
    }
}
