package se.styrkort.reporting.web;

import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * outcomes-service's API as the recording forms use it, always with the logged-in person's own access
 * token ({@code Authorization}), so that its rules, roles and tenant walls decide every write. Answers
 * come back whole, errors included: the form shows outcomes-service's violations next to their fields.
 */
@RegisterRestClient(configKey = "outcomes")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface OutcomesClient {

    @POST
    @Path("measurements")
    Response record(@HeaderParam("Authorization") String bearer, Map<String, Object> measurement);

    @PUT
    @Path("measurements/{id}")
    Response correct(@HeaderParam("Authorization") String bearer, @PathParam("id") UUID id,
            @HeaderParam("If-Match") String version, Map<String, Object> measurement);

    @GET
    @Path("measurements/{id}")
    Response measurement(@HeaderParam("Authorization") String bearer, @PathParam("id") UUID id);

    @POST
    @Path("assessments")
    Response assess(@HeaderParam("Authorization") String bearer, Map<String, Object> assessment);

    @PUT
    @Path("assessments/{id}")
    Response reassess(@HeaderParam("Authorization") String bearer, @PathParam("id") UUID id,
            @HeaderParam("If-Match") String version, Map<String, Object> assessment);

    @GET
    @Path("assessments/{id}")
    Response assessment(@HeaderParam("Authorization") String bearer, @PathParam("id") UUID id);
}
