package se.styrkort.budget.api;

import java.io.IOException;
import java.io.InputStream;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.styrkort.budget.domain.Accumulation;
import se.styrkort.budget.domain.Actual;
import se.styrkort.budget.domain.ActualInput;
import se.styrkort.budget.domain.Actuals;
import se.styrkort.budget.domain.CostCategory;
import se.styrkort.budget.domain.OrgUnits;
import se.styrkort.budget.domain.RevenuesAndCosts;
import se.styrkort.budget.imports.ActualImports;
import se.styrkort.budget.imports.ImportFormat;
import se.styrkort.platform.api.Page;
import se.styrkort.platform.api.Versions;
import se.styrkort.platform.imports.ImportReport;
import se.styrkort.platform.security.Roles;

@Path("/api/v1/actuals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Actuals", description = "Utfall: what each org unit booked per month and cost category, in SEK")
@SecurityRequirement(name = "bearer")
public class ActualResource {

    @Inject
    Actuals actuals;

    @Inject
    ActualImports imports;

    @Inject
    Accumulation accumulation;

    @Inject
    OrgUnits orgUnits;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, CsvPages.MEDIA_TYPE })
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List the actuals of your organization", description = "Filter by org unit, year, month and category.")
    public Page<ActualView> list(@QueryParam("orgUnitId") UUID orgUnitId,
            @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @QueryParam("month") @Min(1) @Max(12) Integer month,
            @QueryParam("category") String category,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return Page.of(actuals.list(orgUnitId, year, month, QueryParams.enumOf(CostCategory.class, "category", category)),
                page, size, ActualView::of);
    }

    @GET
    @Path("accumulated")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getAccumulatedActuals", summary = "Accumulated actuals against the accumulated budget and the same period last year", description = "January to the month, per cost category, with revenues, gross costs and net: the table"
            + " 'Intäkter och kostnader' of an interim report.")
    public RevenuesAndCosts accumulated(@QueryParam("orgUnitId") @NotNull UUID orgUnitId,
            @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year,
            @QueryParam("month") @NotNull @Min(1) @Max(12) Integer month) {
        orgUnits.require(orgUnitId, "orgUnitId");
        return accumulation.of(orgUnitId, year, month);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Read one actual; its ETag is the version to send in If-Match")
    @APIResponseSchema(ActualView.class)
    public Response get(@PathParam("id") UUID id) {
        Actual actual = actuals.get(id);
        return Response.ok(ActualView.of(actual)).tag(Versions.etag(actual.version)).build();
    }

    @POST
    @RolesAllowed(Roles.ECONOMIST)
    @Operation(summary = "Record one month's actual of an org unit and cost category; one per unit, month and category")
    @APIResponseSchema(value = ActualView.class, responseCode = "201")
    public Response create(@NotNull @Valid ActualInput input) {
        Actual actual = actuals.create(input);
        return Response.created(URI.create("/api/v1/actuals/" + actual.id)).tag(Versions.etag(actual.version))
                .entity(ActualView.of(actual)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ECONOMIST)
    @Operation(summary = "Change an actual's amount; needs If-Match with the version read")
    @APIResponseSchema(ActualView.class)
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ActualInput input) {
        Actual actual = actuals.update(id, ifMatch, input);
        return Response.ok(ActualView.of(actual)).tag(Versions.etag(actual.version)).build();
    }

    @POST
    @Path("imports")
    @Consumes({ MediaType.APPLICATION_JSON, ImportFormat.CSV_MEDIA_TYPE })
    @RolesAllowed({ Roles.ECONOMIST, Roles.FEED })
    @Operation(operationId = "importActuals", summary = "Import actuals in bulk and get a report per row", description = "application/json: an array of actuals; text/csv: a header row (orgUnitId, year, month or"
            + " period, category, amount), ; or , with decimal comma or point, UTF-8 with or without BOM."
            + " Idempotent per unit, month and category. A bad row is rejected alone unless atomic=true, when"
            + " nothing is written if any row is bad.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActualInput[].class)),
            @Content(mediaType = ImportFormat.CSV_MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"), examples = @ExampleObject(name = "excel-sv", value = "orgUnitId;year;month;category;amount\r\n"
                    + "0190b3a0-8f5e-7c3a-9d2e-4b1f6a7c8d92;2022;8;PERSONNEL;-1234567,50\r\n")) })
    public ImportReport importActuals(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length,
            @QueryParam("atomic") @DefaultValue("false") boolean atomic) throws IOException {
        return imports.run(body, length, ImportFormat.of(type), ImportFormat.charset(type), atomic);
    }
}
