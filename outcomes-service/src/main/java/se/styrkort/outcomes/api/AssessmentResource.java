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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.styrkort.outcomes.domain.Assessment;
import se.styrkort.outcomes.domain.AssessmentInput;
import se.styrkort.outcomes.domain.Assessments;
import se.styrkort.platform.api.Page;
import se.styrkort.platform.api.Versions;
import se.styrkort.platform.security.Roles;

@Path("/api/v1/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments", description = "Bedömning: assessed status with justification, analysis, planned actions, full-year forecast")
@SecurityRequirement(name = "bearer")
public class AssessmentResource {

    @Inject
    Assessments assessments;

    @Inject
    ObjectMapper mapper;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List assessments", description = "Filter by goalId, indicatorId, orgUnitId, period.")
    public Page<AssessmentView> list(@QueryParam("goalId") UUID goalId, @QueryParam("indicatorId") UUID indicatorId,
            @QueryParam("orgUnitId") UUID orgUnitId, @QueryParam("period") String period,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return Page.of(assessments.list(goalId, indicatorId, orgUnitId, period), page, size, AssessmentView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Read one assessment; its ETag is the version to send in If-Match")
    @APIResponseSchema(AssessmentView.class)
    public Response get(@PathParam("id") UUID id) {
        Assessment a = assessments.get(id);
        return Response.ok(AssessmentView.of(a)).tag(Versions.etag(a.version)).build();
    }

    @GET
    @Path("{id}/revisions")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "The history of an assessment: every version, who made it and when, oldest first")
    public Page<AssessmentRevisionView> revisions(@PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return Page.of(assessments.revisions(id), page, size, r -> AssessmentRevisionView.of(r, mapper));
    }

    @POST
    @RolesAllowed(Roles.REPORTER)
    @Operation(summary = "Assess a goal, or an indicator at an org unit, for a period", description = "One per goal (or indicator and unit) and period: a second is 409, change it with PUT."
            + " An assessedStatus needs a justification; assessing a goal updates its goal status.")
    @APIResponseSchema(value = AssessmentView.class, responseCode = "201")
    public Response create(@NotNull @Valid AssessmentInput input) {
        Assessment a = assessments.create(input);
        return Response.created(URI.create("/api/v1/assessments/" + a.id)).tag(Versions.etag(a.version))
                .entity(AssessmentView.of(a)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.REPORTER)
    @Operation(summary = "Change an assessment; needs If-Match with the version read; the old version is kept")
    @APIResponseSchema(AssessmentView.class)
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid AssessmentInput input) {
        Assessment a = assessments.update(id, ifMatch, input);
        return Response.ok(AssessmentView.of(a)).tag(Versions.etag(a.version)).build();
    }
}
