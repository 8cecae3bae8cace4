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

import se.styrkort.budget.domain.AccountFigure;
import se.styrkort.budget.domain.AccountFigureInput;
import se.styrkort.budget.domain.AccountFigures;
import se.styrkort.budget.domain.ValueKind;
import se.styrkort.platform.api.Page;
import se.styrkort.platform.api.Versions;
import se.styrkort.platform.domain.Period;
import se.styrkort.platform.security.Roles;

@Path("/api/v1/account-figures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Account figures", description = "Outcome, budget and last year's outcome of an account structure's rows, per org unit and period, in SEK")
@SecurityRequirement(name = "bearer")
public class AccountFigureResource {

    @Inject
    AccountFigures figures;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, CsvPages.MEDIA_TYPE })
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List the recorded account figures of your organization", description = "Filter by structure, org unit, period and value kind.")
    public Page<AccountFigureView> list(@QueryParam("structureId") UUID structureId,
            @QueryParam("orgUnitId") UUID orgUnitId, @QueryParam("period") String period,
            @QueryParam("valueKind") String valueKind, @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        String p = period == null ? null : Period.parse("period", period).toString();
        return Page.of(figures.list(structureId, orgUnitId, p, QueryParams.enumOf(ValueKind.class, "valueKind", valueKind)),
                page, size, AccountFigureView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Read one account figure; its ETag is the version to send in If-Match")
    @APIResponseSchema(AccountFigureView.class)
    public Response get(@PathParam("id") UUID id) {
        AccountFigure figure = figures.get(id);
        return Response.ok(AccountFigureView.of(figure)).tag(Versions.etag(figure.version)).build();
    }

    @POST
    @RolesAllowed(Roles.ECONOMIST)
    @Operation(summary = "Record the figures of one row", description = "One per structure, org unit, period, value kind and row (409 when it exists);"
            + " a sum cannot be recorded, it is computed.")
    @APIResponseSchema(value = AccountFigureView.class, responseCode = "201")
    public Response create(@NotNull @Valid AccountFigureInput input) {
        AccountFigure figure = figures.create(input);
        return Response.created(URI.create("/api/v1/account-figures/" + figure.id)).tag(Versions.etag(figure.version))
                .entity(AccountFigureView.of(figure)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ECONOMIST)
    @Operation(summary = "Change the figures of a row; needs If-Match with the version read")
    @APIResponseSchema(AccountFigureView.class)
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid AccountFigureInput input) {
        AccountFigure figure = figures.update(id, ifMatch, input);
        return Response.ok(AccountFigureView.of(figure)).tag(Versions.etag(figure.version)).build();
    }
}
