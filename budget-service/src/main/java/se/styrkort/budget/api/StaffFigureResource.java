package se.styrkort.budget.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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

import se.styrkort.budget.domain.StaffFigure;
import se.styrkort.budget.domain.StaffFigureInput;
import se.styrkort.budget.domain.StaffFigures;
import se.styrkort.platform.api.Page;
import se.styrkort.platform.api.Versions;
import se.styrkort.platform.security.Roles;

@Path("/api/v1/staff-figures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Staff figures", description = "Antal anställda per org unit, day and staff category, women and men")
@SecurityRequirement(name = "bearer")
public class StaffFigureResource {

    @Inject
    StaffFigures figures;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, CsvPages.MEDIA_TYPE })
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List the staff figures of your organization, newest day first", description = "Filter by org unit, days from and to (inclusive)"
            + " and category (\"Månadsavlönade\"). As CSV with Accept: text/csv or format=csv.")
    public Page<StaffFigureView> list(@QueryParam("orgUnitId") UUID orgUnitId, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to, @QueryParam("category") @Size(max = 200) String category,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return Page.of(figures.list(orgUnitId, from, to, category), page, size, StaffFigureView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Read one staff figure; its ETag is the version to send in If-Match")
    @APIResponseSchema(StaffFigureView.class)
    public Response get(@PathParam("id") UUID id) {
        StaffFigure figure = figures.get(id);
        return Response.ok(StaffFigureView.of(figure)).tag(Versions.etag(figure.version)).build();
    }

    @POST
    @RolesAllowed(Roles.ECONOMIST)
    @Operation(summary = "Record a unit's head count in a staff category on a day; one per unit, day and category", description = "Women and men are optional;"
            + " given both, they add up to the total.")
    @APIResponseSchema(value = StaffFigureView.class, responseCode = "201")
    public Response create(@NotNull @Valid StaffFigureInput input) {
        StaffFigure figure = figures.create(input);
        return Response.created(URI.create("/api/v1/staff-figures/" + figure.id)).tag(Versions.etag(figure.version))
                .entity(StaffFigureView.of(figure)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ECONOMIST)
    @Operation(summary = "Change a staff figure's counts; needs If-Match with the version read")
    @APIResponseSchema(StaffFigureView.class)
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid StaffFigureInput input) {
        StaffFigure figure = figures.update(id, ifMatch, input);
        return Response.ok(StaffFigureView.of(figure)).tag(Versions.etag(figure.version)).build();
    }
}
