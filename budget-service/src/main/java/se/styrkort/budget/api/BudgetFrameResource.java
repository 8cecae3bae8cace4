package se.styrkort.budget.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.styrkort.budget.domain.BudgetFrame;
import se.styrkort.budget.domain.BudgetFrameInput;
import se.styrkort.budget.domain.BudgetFrameRevisions;
import se.styrkort.budget.domain.BudgetFrames;
import se.styrkort.budget.domain.FrameKind;
import se.styrkort.platform.api.Page;
import se.styrkort.platform.api.Versions;
import se.styrkort.platform.security.Roles;

@Path("/api/v1/budget-frames")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Budget frames", description = "Budgetram: an org unit's frame for one year per cost category, in SEK")
@SecurityRequirement(name = "bearer")
public class BudgetFrameResource {

    @Inject
    BudgetFrames frames;

    @Inject
    BudgetFrameRevisions revisions;

    @Inject
    FrameViews views;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, CsvPages.MEDIA_TYPE })
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List the budget frames of your organization", description = "Filter by org unit and year.")
    public Page<BudgetFrameView> list(@QueryParam("orgUnitId") UUID orgUnitId,
            @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        Page<BudgetFrame> found = Page.of(frames.list(orgUnitId, year), page, size, f -> f);
        return new Page<>(views.of(found.items()), found.page(), found.size(), found.total());
    }

    @GET
    @Path("sums")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Sum the frames of a year per org unit and cost category", description = "Of one kind (BUDGET unless asked); of the org units given, or of all.")
    public BudgetSumsView sums(@QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year,
            @QueryParam("kind") @DefaultValue("BUDGET") FrameKind kind,
            @QueryParam("orgUnitId") List<UUID> orgUnitIds) {
        return BudgetSumsView.of(year, kind, views.of(frames.ofYear(year, kind, orgUnitIds)));
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Read one budget frame; its ETag is the version to send in If-Match")
    @APIResponseSchema(BudgetFrameView.class)
    public Response get(@PathParam("id") UUID id) {
        BudgetFrame frame = frames.get(id);
        return Response.ok(views.of(frame)).tag(Versions.etag(frame.version)).build();
    }

    @GET
    @Path("{id}/revisions")
    @Produces({ MediaType.APPLICATION_JSON, CsvPages.MEDIA_TYPE })
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "The history of a budget frame: every version, who made it and when, oldest first")
    public Page<BudgetFrameRevisionView> revisions(@PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        frames.get(id);
        return Page.of(revisions.of(id), page, size, views::revision);
    }

    @POST
    @RolesAllowed(Roles.ECONOMIST)
    @Operation(summary = "Set a budget frame as adopted; one per org unit, year and kind")
    @APIResponseSchema(value = BudgetFrameView.class, responseCode = "201")
    public Response create(@NotNull @Valid BudgetFrameInput input) {
        BudgetFrame frame = frames.create(input);
        return Response.created(URI.create("/api/v1/budget-frames/" + frame.id)).tag(Versions.etag(frame.version))
                .entity(views.of(frame)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ECONOMIST)
    @Operation(summary = "Change a budget frame; needs If-Match with the version read")
    @APIResponseSchema(BudgetFrameView.class)
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid BudgetFrameInput input) {
        BudgetFrame frame = frames.update(id, ifMatch, input);
        return Response.ok(views.of(frame)).tag(Versions.etag(frame.version)).build();
    }
}
