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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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
    @Operation(summary = "Import measurements in bulk and get a report per row", description = "application/json: an array of measurements; text/csv: a header row, ; or , with decimal"
            + " comma or point, UTF-8 with or without BOM, or windows-1252 when the Content-Type says charset=windows-1252; application/vnd.kolada+json: a Kolada document or"
            + " an array of them. Idempotent per natural identity. A bad row is rejected alone unless"
            + " atomic=true, when nothing is written if any row is bad. valueKind and sourceSystem apply"
            + " to rows that do not give their own.")
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
