package se.styrkort.outcomes.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Locale;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import se.styrkort.outcomes.domain.MeasurementInput;
import se.styrkort.outcomes.domain.ValueKind;
import se.styrkort.outcomes.imports.ImportDefaults;
import se.styrkort.outcomes.imports.ImportFormat;
import se.styrkort.outcomes.imports.Imports;
import se.styrkort.platform.api.Page;
import se.styrkort.platform.imports.ImportJobView;
import se.styrkort.platform.imports.ImportJobs;
import se.styrkort.platform.imports.ImportReport;
import se.styrkort.platform.problem.ProblemException;
import se.styrkort.platform.security.Roles;

@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports", description = "Bulk ingest of outcomes from data warehouse feeds: JSON, CSV or Kolada-shaped; large ones as jobs")
@SecurityRequirement(name = "bearer")
public class ImportResource {

    static final String JOBS = "/api/v1/imports/jobs/";

    @Inject
    Imports imports;

    @Inject
    ImportJobs jobs;

    @POST
    @Consumes({ MediaType.APPLICATION_JSON, ImportFormat.CSV_MEDIA_TYPE, ImportFormat.KOLADA_MEDIA_TYPE })
    @RolesAllowed({ Roles.FEED, Roles.REPORTER })
    @Operation(operationId = "importMeasurements", summary = "Import measurements in bulk and get a report per row, or a job for a large import", description = "application/json: an array of measurements; text/csv: a header row, ; or , with decimal"
            + " comma or point, UTF-8 with or without BOM, or windows-1252 when the Content-Type says charset=windows-1252; application/vnd.kolada+json: a Kolada API answer"
            + " ({\"count\", \"values\": [...], \"next_page\"}) as served, a Kolada document or an array of them. Idempotent per natural identity. A bad row is rejected alone unless"
            + " atomic=true, when nothing is written if any row is bad. valueKind and sourceSystem apply"
            + " to rows that do not give their own. With Prefer: respond-async, or a body over styrkort.imports.async-above"
            + " (1 MiB), the import runs as a job: 202 with its Location; an all-or-nothing import always runs at once.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasurementInput[].class, description = "The measurements; indicatorId and orgUnitId may also be a source system's codes")),
            @Content(mediaType = ImportFormat.CSV_MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"), examples = @ExampleObject(name = "excel-sv", value = "indicatorId;orgUnitId;period;valueKind;total\r\n"
                    + "0190b3a0-8f5e-7c3a-9d2e-4b1f6a7c8d91;0190b3a0-8f5e-7c3a-9d2e-4b1f6a7c8d92;2022-T2;ACCUMULATED;4,5\r\n")),
            @Content(mediaType = ImportFormat.KOLADA_MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "200", description = "The import ran at once: its report", content = @Content(schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "202", description = "The import runs as a job (or this Idempotency-Key or body was sent before: the same job)", headers = {
            @Header(name = "Location", description = "The job", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "Preference-Applied", description = "respond-async when the client asked for it") }, content = @Content(schema = @Schema(implementation = ImportJobView.class)))
    public Response importMeasurements(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length,
            @Parameter(description = "respond-async to run the import as a job") @HeaderParam("Prefer") String prefer,
            @Parameter(description = "Makes a resent import return the job it was sent as, not a new one; without it the body's SHA-256 does") @HeaderParam("Idempotency-Key") String idempotencyKey,
            @QueryParam("atomic") @DefaultValue("false") boolean atomic,
            @QueryParam("valueKind") String valueKind,
            @QueryParam("sourceSystem") @Size(max = 200) String sourceSystem) throws IOException {
        ImportDefaults defaults = new ImportDefaults(valueKindOf(valueKind), sourceSystem);
        ImportJobs.Answer answer = imports.runOrSubmit(body, length, ImportFormat.of(type), ImportFormat.charset(type),
                defaults, atomic, prefer, idempotencyKey);
        if (answer.report() != null) {
            return Response.ok(answer.report()).build();
        }
        ImportJobView job = answer.submitted().job();
        Response.ResponseBuilder accepted = Response.accepted(job).location(URI.create(JOBS + job.id()));
        if (ImportJobs.prefersAsync(prefer)) {
            accepted.header("Preference-Applied", "respond-async");
        }
        return accepted.build();
    }

    @GET
    @Path("jobs/{id}")
    @RolesAllowed({ Roles.FEED, Roles.REPORTER })
    @Operation(summary = "An import job: its state and the rows read, accepted, unchanged, revised and rejected so far")
    public ImportJobView job(@PathParam("id") UUID id) {
        return jobs.get(id);
    }

    @GET
    @Path("jobs/{id}/results")
    @RolesAllowed({ Roles.FEED, Roles.REPORTER })
    @Operation(summary = "A page of an import job's report: one line per row done so far, in row order (page 0 holds rows 1..size)")
    @APIResponse(responseCode = "200", description = "Lines as in an import's report (row, outcome, measurementId, version, reason)")
    public Page<JsonNode> results(@PathParam("id") UUID id, @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("1000") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return jobs.results(id, page, size);
    }

    @DELETE
    @Path("jobs/{id}")
    @RolesAllowed({ Roles.FEED, Roles.REPORTER })
    @Operation(summary = "Cancels an import job: the chunk in hand is rolled back, the rows written before stay; an ended job is answered as it is")
    public ImportJobView cancel(@PathParam("id") UUID id) {
        return jobs.cancel(id);
    }

    private static ValueKind valueKindOf(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ValueKind.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField("valueKind", "must be PERIOD or ACCUMULATED");
        }
    }
}
