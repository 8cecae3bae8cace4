package se.styrkort.outcomes.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A benchmark organization: the code targets name it by ({@code riket}) and its name. */
public record BenchmarkOrganizationInput(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "letters, digits, . _ - only") String code,
        @NotBlank @Size(max = 200) String name) {
}
