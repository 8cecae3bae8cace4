package se.styrkort.budget.api;

import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.styrkort.budget.domain.ChangeHistory;
import se.styrkort.platform.api.Page;
import se.styrkort.platform.security.Roles;

@Path("/api/v1/changes")
@Produces({ MediaType.APPLICATION_JSON, CsvPages.MEDIA_TYPE })
@Tag(name = "Changes", description = "Who changed which actual, forecast or investment, when, and to what")
@SecurityRequirement(name = "bearer")
public class ChangeResource {

    @Inject
    ChangeHistory history;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List the changes of actuals, forecasts, investments and staff figures, newest first", description = "Filter by aggregate type (actual, forecast, investment, financial-indicator, staff-figure), aggregate id,"
            + " who changed it, and a time span [from, to).")
    public Page<ChangeView> list(
            @QueryParam("aggregateType") @Pattern(regexp = "actual|forecast|investment|financial-indicator|account-structure|account-figure|staff-figure", message = "must be actual, forecast, investment, financial-indicator, account-structure, account-figure or staff-figure") String aggregateType,
            @QueryParam("aggregateId") UUID aggregateId, @QueryParam("changedBy") String changedBy,
            @QueryParam("from") Instant from, @QueryParam("to") Instant to,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return Page.of(history.list(aggregateType, aggregateId, changedBy, from, to), page, size, ChangeView::of);
    }
}
