package se.styrkort.budget.api;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.styrkort.budget.domain.BudgetGap;
import se.styrkort.budget.domain.BudgetGaps;
import se.styrkort.budget.domain.FrameKind;
import se.styrkort.platform.security.Roles;

@Path("/api/v1/budget-gaps")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Budget gaps", description = "Budgetgap: the child units' registered detailed budget against the frame")
@SecurityRequirement(name = "bearer")
public class BudgetGapResource {

    @Inject
    BudgetGaps gaps;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "An org unit's frame against the frames of the units directly below it, per cost category")
    public BudgetGap gap(@QueryParam("orgUnitId") @NotNull UUID orgUnitId,
            @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year,
            @QueryParam("kind") @DefaultValue("BUDGET") String kind) {
        FrameKind k = QueryParams.enumOf(FrameKind.class, "kind", kind);
        return gaps.of(orgUnitId, year, k == null ? FrameKind.BUDGET : k);
    }
}
