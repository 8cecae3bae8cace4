package se.styrkort.outcomes.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import se.styrkort.outcomes.domain.MeasurementInput;
import se.styrkort.outcomes.domain.ValueKind;
import se.styrkort.outcomes.imports.ImportDefaults;
import se.styrkort.outcomes.imports.ImportFormat;
import se.styrkort.outcomes.imports.Imports;
import se.styrkort.platform.imports.ImportReport;
import se.styrkort.platform.problem.ProblemException;
import se.styrkort.platform.security.Roles;

@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports", description = "Bulk ingest of outcomes from data warehouse feeds: JSON, CSV or Kolada-shaped")
@SecurityRequirement(name = "bearer")
public class ImportResource {

    @Inject
    Imports imports;

    @POST
    @Consumes({ MediaType.APPLICATION_JSON, ImportFormat.CSV_MEDIA_TYPE, ImportFormat.KOLADA_MEDIA_TYPE })
    @RolesAllowed({ Roles.FEED, Roles.REPORTER })
    @Operation(operationId = "importMeasurements", summary = "Import measurements in bulk and get a report per row", description = "application/json: an array of measurements; text/csv: a header row, ; or , with decimal"
            + " comma or point, UTF-8 with or without BOM, or windows-1252 when the Content-Type says charset=windows-1252; application/vnd.kolada+json: a Kolada document or"
            + " an array of them. Idempotent per natural identity. A bad row is rejected alone unless"
            + " atomic=true, when nothing is written if any row is bad. valueKind and sourceSystem apply"
            + " to rows that do not give their own.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasurementInput[].class, description = "The measurements; indicatorId and orgUnitId may also be a source system's codes")),
            @Content(mediaType = ImportFormat.CSV_MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"), examples = @ExampleObject(name = "excel-sv", value = "indicatorId;orgUnitId;period;valueKind;total\r\n"
                    + "0190b3a0-8f5e-7c3a-9d2e-4b1f6a7c8d91;0190b3a0-8f5e-7c3a-9d2e-4b1f6a7c8d92;2022-T2;ACCUMULATED;4,5\r\n")),
            @Content(mediaType = ImportFormat.KOLADA_MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public ImportReport importMeasurements(InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long length,
            @QueryParam("atomic") @DefaultValue("false") boolean atomic,
            @QueryParam("valueKind") String valueKind,
            @QueryParam("sourceSystem") @Size(max = 200) String sourceSystem) throws IOException {
        ImportDefaults defaults = new ImportDefaults(valueKindOf(valueKind), sourceSystem);
        return imports.run(body, length, ImportFormat.of(type),
                ImportFormat.charset(type), defaults, atomic);
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
