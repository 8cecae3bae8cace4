package se.styrkort.budget.api;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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

import se.styrkort.budget.replica.OrgUnitReplica;
import se.styrkort.platform.api.Page;
import se.styrkort.platform.security.Roles;

@Path("/api/v1/org-units")
@Produces({ MediaType.APPLICATION_JSON, CsvPages.MEDIA_TYPE })
@Tag(name = "Org units", description = "The org units budget-service knows, replicated from goals-service's events")
@SecurityRequirement(name = "bearer")
public class OrgUnitResource {

    @Inject
    OrgUnitReplica orgUnits;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List the org units of your organization known here", description = "Filter by parent.")
    public Page<OrgUnitView> list(@QueryParam("parentId") UUID parentId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return Page.of(orgUnits.list(parentId), page, size, OrgUnitView::of);
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Read one org unit as replicated from goals-service")
    public OrgUnitView get(@PathParam("id") UUID id) {
        return OrgUnitView.of(orgUnits.get(id));
    }
}
