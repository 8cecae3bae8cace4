package se.styrkort.budget.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The state a {@code se.styrkort.account-structure.changed.v1} event carries: the rows and sums in order. */
public record AccountStructureChanged(UUID id, String name, List<Account> accounts, long version, Instant createdAt,
        String createdBy, Instant updatedAt, String updatedBy) {

    /** A row, or a sum of the rows and sums it names (null for a row). */
    public record Account(String name, List<String> sumOf) {
    }
}
