package se.styrkort.outcomes.api;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** The indicator or org unit of ours that a source system's code stands for. */
public record SourceCodeInput(@NotNull UUID targetId) {
}
