package se.styrkort.outcomes.api;

import java.time.Instant;
import java.util.UUID;

import se.styrkort.outcomes.domain.CodeKind;
import se.styrkort.outcomes.domain.SourceCode;

public record SourceCodeView(CodeKind kind, String code, UUID targetId, Instant updatedAt, String updatedBy) {

    public static SourceCodeView of(SourceCode c) {
        return new SourceCodeView(c.kind, c.code, c.targetId, c.updatedAt, c.updatedBy);
    }
}
