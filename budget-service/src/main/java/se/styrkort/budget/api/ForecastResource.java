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

import se.styrkort.budget.domain.CostCategory;
import se.styrkort.budget.domain.Forecast;
import se.styrkort.budget.domain.ForecastInput;
import se.styrkort.budget.domain.Forecasts;
import se.styrkort.platform.api.Page;
import se.styrkort.platform.api.Versions;
import se.styrkort.platform.security.Roles;

@Path("/api/v1/forecasts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Forecasts", description = "Prognos helår per org unit, year and cost category, with the run rate beside it")
@SecurityRequirement(name = "bearer")
public class ForecastResource {

    @Inject
    Forecasts forecasts;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, CsvPages.MEDIA_TYPE })
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List the forecasts of your organization", description = "Filter by org unit, year and category.")
    public Page<ForecastView> list(@QueryParam("orgUnitId") UUID orgUnitId,
            @QueryParam("year") @Min(2000) @Max(2100) Integer year, @QueryParam("category") String category,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return Page.of(forecasts.list(orgUnitId, year, QueryParams.enumOf(CostCategory.class, "category", category)),
                page, size, ForecastView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Read one forecast; its ETag is the version to send in If-Match")
    @APIResponseSchema(ForecastView.class)
    public Response get(@PathParam("id") UUID id) {
        Forecast forecast = forecasts.get(id);
        return Response.ok(ForecastView.of(forecast)).tag(Versions.etag(forecast.version)).build();
    }

    @POST
    @RolesAllowed(Roles.ECONOMIST)
    @Operation(summary = "Record a full-year forecast; one per org unit, year and category")
    @APIResponseSchema(value = ForecastView.class, responseCode = "201")
    public Response create(@NotNull @Valid ForecastInput input) {
        Forecast forecast = forecasts.create(input);
        return Response.created(URI.create("/api/v1/forecasts/" + forecast.id)).tag(Versions.etag(forecast.version))
                .entity(ForecastView.of(forecast)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ECONOMIST)
    @Operation(summary = "Change a forecast's amount or comment; needs If-Match with the version read")
    @APIResponseSchema(ForecastView.class)
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ForecastInput input) {
        Forecast forecast = forecasts.update(id, ifMatch, input);
        return Response.ok(ForecastView.of(forecast)).tag(Versions.etag(forecast.version)).build();
    }
}
