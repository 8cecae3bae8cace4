package se.styrkort.budget.api;

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

import se.styrkort.budget.domain.FinancialIndicator;
import se.styrkort.budget.domain.FinancialIndicators;
import se.styrkort.budget.domain.IndicatorCode;
import se.styrkort.budget.domain.SupplierLoyaltyInput;
import se.styrkort.platform.api.Page;
import se.styrkort.platform.api.Versions;
import se.styrkort.platform.domain.Period;
import se.styrkort.platform.security.Roles;

@Path("/api/v1/financial-indicators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Financial indicators", description = "Cost developments, self-financing degree and supplier loyalty per org unit and period, in %")
@SecurityRequirement(name = "bearer")
public class FinancialIndicatorResource {

    @Inject
    FinancialIndicators indicators;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, CsvPages.MEDIA_TYPE })
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List the financial indicators of your organization", description = "Filter by org unit, year, period (2022-08, 2022-T2, 2022) and code.")
    public Page<FinancialIndicatorView> list(@QueryParam("orgUnitId") UUID orgUnitId,
            @QueryParam("year") @Min(2000) @Max(2100) Integer year, @QueryParam("period") String period,
            @QueryParam("code") String code,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return Page.of(indicators.list(orgUnitId, year, period == null ? null : Period.parse("period", period).toString(),
                QueryParams.enumOf(IndicatorCode.class, "code", code)), page, size, FinancialIndicatorView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Read one financial indicator; its ETag is its version")
    @APIResponseSchema(FinancialIndicatorView.class)
    public Response get(@PathParam("id") UUID id) {
        FinancialIndicator indicator = indicators.get(id);
        return Response.ok(FinancialIndicatorView.of(indicator)).tag(Versions.etag(indicator.version)).build();
    }

    @PUT
    @Path("supplier-loyalty")
    @RolesAllowed(Roles.ECONOMIST)
    @Operation(summary = "Record supplier loyalty (avtalstrohet) of an org unit and period", description = "A value recorded before is changed only with If-Match naming its version.")
    @APIResponseSchema(FinancialIndicatorView.class)
    public Response supplierLoyalty(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid SupplierLoyaltyInput input) {
        FinancialIndicator indicator = indicators.recordSupplierLoyalty(input, ifMatch);
        return Response.ok(FinancialIndicatorView.of(indicator)).tag(Versions.etag(indicator.version)).build();
    }
}
