package se.styrkort.budget.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import se.styrkort.budget.domain.Account;
import se.styrkort.budget.domain.AccountStructure;

/** An account structure as the API shows it: its rows and sums in the report's order. */
public record AccountStructureView(UUID id, String name, List<Account> accounts, long version, Instant createdAt,
        String createdBy, Instant updatedAt, String updatedBy) {

    public static AccountStructureView of(AccountStructure s) {
        return new AccountStructureView(s.id, s.name, List.copyOf(s.accounts), s.version, s.createdAt, s.createdBy,
                s.updatedAt, s.updatedBy);
    }
}
