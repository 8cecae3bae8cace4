package se.styrkort.goals.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.styrkort.goals.domain.FollowUpItem;
import se.styrkort.goals.domain.FollowUpItemInput;
import se.styrkort.goals.domain.FollowUpItemKind;
import se.styrkort.goals.domain.FollowUpItems;
import se.styrkort.platform.api.Page;
import se.styrkort.platform.api.Versions;
import se.styrkort.platform.csv.CsvDialect;
import se.styrkort.platform.csv.CsvTable;
import se.styrkort.platform.csv.CsvWriter;
import se.styrkort.platform.security.Roles;

@Path("/api/v1/follow-up-items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Follow-up items", description = "Uppföljningsplan, sammanträdesplanering, beredningsplan: kind, date, body, section, topic, responsible role")
@SecurityRequirement(name = "bearer")
public class FollowUpItemResource {

    static final String CSV_EXAMPLE = """
            id,plan_id,kind,date,end_date,body_unit_id,section,topic,responsible_role,version
            0190a1b2-0000-7000-8000-000000000001,0190a1b2-0000-7000-8000-000000000002,MEETING,2023-02-22,2023-02-23,0190a1b2-0000-7000-8000-000000000003,Återkommande ärenden,Årsbokslut,Ekonomidirektör,0
            """;

    private static final MediaType CSV = MediaType.valueOf(CsvTable.MEDIA_TYPE);

    private static final List<CsvTable.Column<FollowUpItemView>> COLUMNS = CsvTable.columns(
            CsvTable.column("id", FollowUpItemView::id), CsvTable.column("plan_id", FollowUpItemView::planId),
            CsvTable.column("kind", FollowUpItemView::kind), CsvTable.column("date", FollowUpItemView::date),
            CsvTable.column("end_date", FollowUpItemView::endDate),
            CsvTable.column("body_unit_id", FollowUpItemView::bodyUnitId),
            CsvTable.column("section", FollowUpItemView::section), CsvTable.column("topic", FollowUpItemView::topic),
            CsvTable.column("responsible_role", FollowUpItemView::responsibleRole),
            CsvTable.column("version", FollowUpItemView::version));

    @Inject
    FollowUpItems items;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE })
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List the follow-up plan, meeting plan and preparation calendar, by date", description = "Filter by plan, body (org unit), kind"
            + " (MEETING, FOLLOW_UP, PREPARATION), dates from and to (inclusive) and text in the topic; undated"
            + " follow-up areas come last. As JSON, or as CSV (Accept: text/csv or format=csv; dialect=rfc4180 or"
            + " excel-sv) with the paging in X-Total-Count, X-Page and X-Page-Size.")
    @APIResponse(responseCode = "200", description = "A page of lines", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FollowUpItemPage.class)),
            @Content(mediaType = CsvTable.MEDIA_TYPE, examples = @ExampleObject(name = "csv", value = CSV_EXAMPLE)) })
    public Response list(@QueryParam("planId") UUID planId,
            @QueryParam("unitId") UUID unitId,
            @QueryParam("kind") String kind,
            @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to,
            @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("format") String format,
            @QueryParam("dialect") String dialect,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size,
            @Context HttpHeaders headers) {
        FollowUpItemKind ofKind = EnumParams.of(FollowUpItemKind.class, "kind", kind);
        CsvDialect inDialect = CsvDialect.ofParameter(dialect);
        Page<FollowUpItemView> found = Page.of(items.list(planId, unitId, ofKind, from, to, q), page, size,
                FollowUpItemView::of);
        boolean csv = "csv".equalsIgnoreCase(format) || (format == null
                && headers.getAcceptableMediaTypes().stream().anyMatch(t -> t.isCompatible(CSV) && !t.isWildcardType()));
        if (!csv) {
            return Response.ok(found, MediaType.APPLICATION_JSON).build();
        }
        return Response.ok(CsvTable.write(COLUMNS, found.items(), inDialect), CsvWriter.CONTENT_TYPE)
                .header("X-Total-Count", found.total()).header("X-Page", found.page()).header("X-Page-Size", found.size())
                .build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Read one follow-up item; its ETag is the version to send in If-Match")
    @APIResponseSchema(FollowUpItemView.class)
    public Response get(@PathParam("id") UUID id) {
        FollowUpItem found = items.get(id);
        return Response.ok(FollowUpItemView.of(found)).tag(Versions.etag(found.version)).build();
    }

    @POST
    @RolesAllowed(Roles.PLANNER)
    @Operation(summary = "Create a follow-up item in a plan")
    @APIResponseSchema(value = FollowUpItemView.class, responseCode = "201")
    public Response create(@NotNull @Valid FollowUpItemInput input) {
        FollowUpItem created = items.create(input);
        return Response.created(URI.create("/api/v1/follow-up-items/" + created.id)).tag(Versions.etag(created.version))
                .entity(FollowUpItemView.of(created)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.PLANNER)
    @Operation(summary = "Change a follow-up item; needs If-Match with the version read")
    @APIResponseSchema(FollowUpItemView.class)
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid FollowUpItemInput input) {
        FollowUpItem changed = items.update(id, ifMatch, input);
        return Response.ok(FollowUpItemView.of(changed)).tag(Versions.etag(changed.version)).build();
    }

    /** The JSON page this list answers, named for the OpenAPI document: a Response carries no type of its own. */
    record FollowUpItemPage(List<FollowUpItemView> items, int page, int size, long total) {
    }
}
