package se.styrkort.budget.domain;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One row of an account structure as the report prints it ("Patientavgifter", "Köp av
 * verksamhet"), or a sum of other rows and sums ("Summa intäkter"). A sum names what it adds in
 * {@code sumOf}; its figures are never recorded, always computed, with the signs the rows carry
 * (revenues positive, costs negative).
 */
public record Account(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) List<@NotBlank @Size(max = 200) String> sumOf) {

    @JsonIgnore
    public boolean isSum() {
        return sumOf != null && !sumOf.isEmpty();
    }
}
