package se.styrkort.reporting.api;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.panache.common.Sort;
import se.styrkort.platform.api.Page;
import se.styrkort.platform.problem.ProblemException;
import se.styrkort.platform.security.Roles;
import se.styrkort.reporting.readmodel.PlanSummary;

@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "The plans that roll-ups and reports are made for")
@SecurityRequirement(name = "bearer")
public class PlanSummaryResource {

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List the plans of your organization as reporting knows them")
    public Page<PlanSummaryView> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return Page.of(PlanSummary.findAll(Sort.by("fromYear").descending().and("name")), page, size,
                PlanSummaryView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Read one plan")
    public PlanSummaryView get(@PathParam("id") UUID id) {
        return PlanSummary.<PlanSummary> find("id", id).firstResultOptional().map(PlanSummaryView::of)
                .orElseThrow(() -> ProblemException.notFound("plan", id));
    }
}
