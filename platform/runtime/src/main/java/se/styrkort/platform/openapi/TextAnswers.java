package se.styrkort.platform.openapi;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * A CSV or HTML answer ({@code text/csv}, {@code text/html}, any {@code text/*}) is text: its schema
 * is a string, whatever the scanner derived from the Java return type (a page of records, which is
 * what the JSON alternative of the same operation answers). Its examples, such as the CSV header
 * rows, stay.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class TextAnswers implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            if (path.getOperations() == null) {
                continue;
            }
            for (Operation operation : path.getOperations().values()) {
                if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                    continue;
                }
                for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                    if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
                        continue;
                    }
                    for (Map.Entry<String, MediaType> media : response.getContent().getMediaTypes().entrySet()) {
                        if (media.getKey().startsWith("text/") && !isString(media.getValue().getSchema())) {
                            media.getValue().setSchema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)));
                        }
                    }
                }
            }
        }
    }

    private static boolean isString(Schema schema) {
        return schema != null && schema.getRef() == null && schema.getType() != null
                && schema.getType().equals(List.of(Schema.SchemaType.STRING));
    }
}
