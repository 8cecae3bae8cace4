package se.styrkort.budget.domain;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An account structure as an economist sets it up: its name and its rows and sums in the report's order. */
public record AccountStructureInput(
        @NotBlank @Size(max = 200) String name,
        @NotEmpty @Size(max = 500) List<@NotNull @Valid Account> accounts) {
}
