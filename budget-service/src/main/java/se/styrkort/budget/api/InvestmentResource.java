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

import se.styrkort.budget.domain.FollowUpInput;
import se.styrkort.budget.domain.Investment;
import se.styrkort.budget.domain.InvestmentCategory;
import se.styrkort.budget.domain.InvestmentInput;
import se.styrkort.budget.domain.InvestmentType;
import se.styrkort.budget.domain.Investments;
import se.styrkort.platform.api.Page;
import se.styrkort.platform.api.Versions;
import se.styrkort.platform.domain.Period;
import se.styrkort.platform.security.Roles;

@Path("/api/v1/investments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Investments", description = "Investeringar: objects, their money and their follow-ups per period, in SEK")
@SecurityRequirement(name = "bearer")
public class InvestmentResource {

    @Inject
    Investments investments;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, CsvPages.MEDIA_TYPE })
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List the investments of your organization", description = "Filter by org unit, a year the investment runs, type, category, and a period it has a follow-up of.")
    public Page<InvestmentView> list(@QueryParam("orgUnitId") UUID orgUnitId,
            @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @QueryParam("investmentType") String type, @QueryParam("category") String category,
            @QueryParam("period") String period,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return Page.of(investments.list(orgUnitId, year, QueryParams.enumOf(InvestmentType.class, "investmentType", type),
                QueryParams.enumOf(InvestmentCategory.class, "category", category),
                period == null ? null : Period.parse("period", period).toString()), page, size, InvestmentView::of);
    }

    @GET
    @Path("sums")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Sum investments per type and category, with a period's outcome to date and year-end forecast", description = "Of the investments running in the year (all years when left out), of one org unit or all.")
    public InvestmentSumsView sums(@QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @QueryParam("orgUnitId") UUID orgUnitId, @QueryParam("period") String period) {
        String p = period == null ? null : Period.parse("period", period).toString();
        return InvestmentSumsView.of(year, orgUnitId, p, investments.list(orgUnitId, year, null, null, null).list());
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Read one investment; its ETag is the version to send in If-Match")
    @APIResponseSchema(InvestmentView.class)
    public Response get(@PathParam("id") UUID id) {
        Investment investment = investments.get(id);
        return Response.ok(InvestmentView.of(investment)).tag(Versions.etag(investment.version)).build();
    }

    @POST
    @RolesAllowed(Roles.ECONOMIST)
    @Operation(summary = "Record an investment")
    @APIResponseSchema(value = InvestmentView.class, responseCode = "201")
    public Response create(@NotNull @Valid InvestmentInput input) {
        Investment investment = investments.create(input);
        return Response.created(URI.create("/api/v1/investments/" + investment.id))
                .tag(Versions.etag(investment.version)).entity(InvestmentView.of(investment)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ECONOMIST)
    @Operation(summary = "Change an investment; needs If-Match with the version read. Its follow-ups stay.")
    @APIResponseSchema(InvestmentView.class)
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid InvestmentInput input) {
        Investment investment = investments.update(id, ifMatch, input);
        return Response.ok(InvestmentView.of(investment)).tag(Versions.etag(investment.version)).build();
    }

    @PUT
    @Path("{id}/follow-ups/{period}")
    @RolesAllowed(Roles.ECONOMIST)
    @Operation(summary = "Record or replace the follow-up of one period (2022-08, 2022-T2, 2022)", description = "Needs If-Match with the investment's version; makes a new version of it.")
    @APIResponseSchema(InvestmentView.class)
    public Response followUp(@PathParam("id") UUID id, @PathParam("period") String period,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid FollowUpInput input) {
        Investment investment = investments.followUp(id, period, ifMatch, input);
        return Response.ok(InvestmentView.of(investment)).tag(Versions.etag(investment.version)).build();
    }
}
