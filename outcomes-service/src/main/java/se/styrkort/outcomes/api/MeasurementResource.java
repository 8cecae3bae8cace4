package se.styrkort.outcomes.api;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.styrkort.outcomes.domain.Measurement;
import se.styrkort.outcomes.domain.MeasurementInput;
import se.styrkort.outcomes.domain.Measurements;
import se.styrkort.outcomes.domain.Measurements.Recorded;
import se.styrkort.outcomes.domain.RecordOutcome;
import se.styrkort.platform.api.Page;
import se.styrkort.platform.api.Versions;
import se.styrkort.platform.domain.Period;
import se.styrkort.platform.security.Roles;

@Path("/api/v1/measurements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Measurements", description = "Utfall: the measured value of an indicator for an org unit and period")
@SecurityRequirement(name = "bearer")
public class MeasurementResource {

    @Inject
    Measurements measurements;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List the measurements of your organization", description = "Filter by indicator, org unit and period (2022, 2022-T2, 2022-08, 2022-VT).")
    public Page<MeasurementView> list(@QueryParam("indicatorId") UUID indicatorId,
            @QueryParam("orgUnitId") UUID orgUnitId,
            @QueryParam("period") String period,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        Period wanted = period == null ? null : Period.parse("period", period);
        return Page.of(measurements.list(indicatorId, orgUnitId, wanted), page, size, MeasurementView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Read one measurement; its ETag is the version to send in If-Match")
    @APIResponseSchema(MeasurementView.class)
    public Response get(@PathParam("id") UUID id) {
        Measurement measurement = measurements.get(id);
        return Response.ok(MeasurementView.of(measurement)).tag(Versions.etag(measurement.version)).build();
    }

    @GET
    @Path("{id}/revisions")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "The history of a measurement: every version, who made it and when, oldest first")
    public Page<MeasurementRevisionView> revisions(@PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return Page.of(measurements.revisions(id), page, size, MeasurementRevisionView::of);
    }

    @POST
    @RolesAllowed({ Roles.REPORTER, Roles.FEED })
    @Operation(summary = "Record a measurement", description = "By its natural identity (indicator, org unit, period, value kind): 201 when new; 200 when it"
            + " exists, unchanged if the values are the same, else as a new revision.")
    @APIResponse(responseCode = "201", description = "Recorded as new", content = @Content(schema = @Schema(implementation = MeasurementView.class)))
    @APIResponse(responseCode = "200", description = "Existed: unchanged, or changed as a new revision", content = @Content(schema = @Schema(implementation = MeasurementView.class)))
    public Response create(@NotNull @Valid MeasurementInput input) {
        Recorded recorded = measurements.record(input);
        Measurement measurement = recorded.measurement();
        Response.ResponseBuilder answer = recorded.outcome() == RecordOutcome.ACCEPTED
                ? Response.created(URI.create("/api/v1/measurements/" + measurement.id))
                : Response.ok();
        return answer.tag(Versions.etag(measurement.version)).entity(MeasurementView.of(measurement)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.REPORTER)
    @Operation(summary = "Correct a measurement; needs If-Match with the version read")
    @APIResponseSchema(MeasurementView.class)
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid MeasurementInput input) {
        Measurement measurement = measurements.update(id, ifMatch, input);
        return Response.ok(MeasurementView.of(measurement)).tag(Versions.etag(measurement.version)).build();
    }
}
