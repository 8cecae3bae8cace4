package se.styrkort.budget.api;

import java.net.URI;
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

import se.styrkort.budget.domain.BudgetAdjustment;
import se.styrkort.budget.domain.BudgetAdjustmentInput;
import se.styrkort.budget.domain.BudgetAdjustments;
import se.styrkort.platform.api.Page;
import se.styrkort.platform.api.Versions;
import se.styrkort.platform.security.Roles;

@Path("/api/v1/adjustments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Budget adjustments", description = "Förändring av budgetram: decided changes of a frame, in SEK")
@SecurityRequirement(name = "bearer")
public class BudgetAdjustmentResource {

    @Inject
    BudgetAdjustments adjustments;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, CsvPages.MEDIA_TYPE })
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List the budget adjustments of your organization", description = "Filter by the frame's org unit and by the effective year.")
    public Page<BudgetAdjustmentView> list(@QueryParam("orgUnitId") UUID orgUnitId,
            @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return Page.of(adjustments.list(orgUnitId, year), page, size, BudgetAdjustmentView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Read one budget adjustment; its ETag is the version to send in If-Match")
    @APIResponseSchema(BudgetAdjustmentView.class)
    public Response get(@PathParam("id") UUID id) {
        BudgetAdjustment adjustment = adjustments.get(id);
        return Response.ok(BudgetAdjustmentView.of(adjustment)).tag(Versions.etag(adjustment.version)).build();
    }

    @POST
    @RolesAllowed(Roles.ECONOMIST)
    @Operation(summary = "Record an adjustment of a budget frame; the frame gets a new version")
    @APIResponseSchema(value = BudgetAdjustmentView.class, responseCode = "201")
    public Response create(@NotNull @Valid BudgetAdjustmentInput input) {
        BudgetAdjustment adjustment = adjustments.create(input);
        return Response.created(URI.create("/api/v1/adjustments/" + adjustment.id))
                .tag(Versions.etag(adjustment.version)).entity(BudgetAdjustmentView.of(adjustment)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ECONOMIST)
    @Operation(summary = "Change a budget adjustment; needs If-Match with the version read")
    @APIResponseSchema(BudgetAdjustmentView.class)
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid BudgetAdjustmentInput input) {
        BudgetAdjustment adjustment = adjustments.update(id, ifMatch, input);
        return Response.ok(BudgetAdjustmentView.of(adjustment)).tag(Versions.etag(adjustment.version)).build();
    }
}
