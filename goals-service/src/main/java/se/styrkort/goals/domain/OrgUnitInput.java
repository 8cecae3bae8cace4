package se.styrkort.goals.domain;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an admin sends to create, rename or move an org unit. */
public record OrgUnitInput(
        @NotBlank @Size(max = 200) String name,
        @NotNull OrgUnitKind kind,
        UUID parentId,
        @Pattern(regexp = "[\\p{Lu}\\p{N}_-]{1,16}", message = "must be 1 to 16 capital letters, digits, '_' or '-', such as RF, RS or HSN") String code) {
}
