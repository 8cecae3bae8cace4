package se.styrkort.reporting.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.styrkort.platform.security.Roles;
import se.styrkort.platform.tenant.CurrentTenant;
import se.styrkort.reporting.rebuild.Rebuild;

@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration", description = "Keeping the read model")
@SecurityRequirement(name = "bearer")
public class AdminResource {

    @Inject
    Rebuild rebuild;

    @Inject
    CurrentTenant tenant;

    @POST
    @Path("rebuild")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "rebuildReadModel", summary = "Rebuild your organization's read model from the topics", description = "Reads styrkort.goals, styrkort.outcomes and styrkort.budget from the beginning, keeps the newest"
            + " readable version of every aggregate of your organization, and replaces the read model with them in"
            + " one transaction; the roll-ups are computed again and published where they changed. The consumers"
            + " wait meanwhile. Other organizations' data is not touched.")
    public Rebuild.Result rebuild() {
        return rebuild.rebuild(tenant.get().orElseThrow());
    }
}
