package se.styrkort.outcomes.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.styrkort.outcomes.domain.AssessmentRevision;
import se.styrkort.platform.events.ChangeType;

/** One version of an assessment: its state then, who made it so and when. */
public record AssessmentRevisionView(long version, ChangeType changeType,
        @Schema(implementation = Object.class, type = SchemaType.OBJECT, description = "The assessment as it was then: the state of its"
                + " se.styrkort.assessment.changed.v1 event") JsonNode state,
        Instant changedAt,
        String changedBy) {

    public static AssessmentRevisionView of(AssessmentRevision r, ObjectMapper mapper) {
        try {
            return new AssessmentRevisionView(r.version, r.changeType, mapper.readTree(r.state), r.changedAt, r.changedBy);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("A stored assessment version is unreadable", e);
        }
    }
}
