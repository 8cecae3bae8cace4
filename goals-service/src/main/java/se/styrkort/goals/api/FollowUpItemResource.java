package se.styrkort.goals.api;

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

import se.styrkort.goals.domain.FollowUpItem;
import se.styrkort.goals.domain.FollowUpItemInput;
import se.styrkort.goals.domain.FollowUpItems;
import se.styrkort.platform.api.Page;
import se.styrkort.platform.api.Versions;
import se.styrkort.platform.security.Roles;

@Path("/api/v1/follow-up-items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Follow-up items", description = "Uppföljningsplan, sammanträdesplanering: date, body, topic, responsible role")
@SecurityRequirement(name = "bearer")
public class FollowUpItemResource {

    @Inject
    FollowUpItems items;

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List the follow-up and meeting plan, by date", description = "Filter by plan, body (org unit), dates from and to (inclusive) and text in the topic.")
    public Page<FollowUpItemView> list(@QueryParam("planId") UUID planId,
            @QueryParam("unitId") UUID unitId,
            @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to,
            @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        return Page.of(items.list(planId, unitId, from, to, q), page, size, FollowUpItemView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Read one follow-up item; its ETag is the version to send in If-Match")
    @APIResponseSchema(FollowUpItemView.class)
    public Response get(@PathParam("id") UUID id) {
        FollowUpItem found = items.get(id);
        return Response.ok(FollowUpItemView.of(found)).tag(Versions.etag(found.version)).build();
    }

    @POST
    @RolesAllowed(Roles.PLANNER)
    @Operation(summary = "Create a follow-up item in a plan")
    @APIResponseSchema(value = FollowUpItemView.class, responseCode = "201")
    public Response create(@NotNull @Valid FollowUpItemInput input) {
        FollowUpItem created = items.create(input);
        return Response.created(URI.create("/api/v1/follow-up-items/" + created.id)).tag(Versions.etag(created.version))
                .entity(FollowUpItemView.of(created)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.PLANNER)
    @Operation(summary = "Change a follow-up item; needs If-Match with the version read")
    @APIResponseSchema(FollowUpItemView.class)
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid FollowUpItemInput input) {
        FollowUpItem changed = items.update(id, ifMatch, input);
        return Response.ok(FollowUpItemView.of(changed)).tag(Versions.etag(changed.version)).build();
    }
}
