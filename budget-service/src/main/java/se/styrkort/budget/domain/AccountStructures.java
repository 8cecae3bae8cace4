package se.styrkort.budget.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import se.styrkort.platform.events.ChangeType;
import se.styrkort.platform.problem.ProblemException;
import se.styrkort.platform.problem.Violations;

/**
 * Keeping a region's account structures. A structure's rows have unique names; a sum adds rows and
 * sums named before or after it, but never, through other sums, itself.
 */
@ApplicationScoped
public class AccountStructures {

    @Inject
    ChangeHistory history;

    @Inject
    SecurityIdentity caller;

    public PanacheQuery<AccountStructure> list() {
        return AccountStructure.findAll(Sort.by("name").and("id"));
    }

    public AccountStructure get(UUID id) {
        return AccountStructure.<AccountStructure> find("id", id).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("account structure", id));
    }

    @Transactional
    public AccountStructure create(AccountStructureInput input) {
        List<Account> accounts = normalized(input.accounts());
        check(accounts);
        String name = input.name().strip();
        AccountStructure.<AccountStructure> find("name", name).firstResultOptional().ifPresent(s -> {
            throw ProblemException.conflict("Account structure " + s.id + " is named " + name);
        });
        AccountStructure structure = new AccountStructure();
        structure.created(caller.getPrincipal().getName());
        structure.name = name;
        structure.accounts = accounts;
        structure.persist();
        history.publish(structure, ChangeType.CREATED);
        return structure;
    }

    private static List<Account> normalized(List<Account> accounts) {
        return accounts.stream().map(a -> new Account(a.name().strip(),
                a.sumOf() == null || a.sumOf().isEmpty() ? null : a.sumOf().stream().map(String::strip).toList()))
                .toList();
    }

    /** Every row named once, every part of a sum a row or sum of the structure, no sum within itself. */
    static void check(List<Account> accounts) {
        Violations violations = new Violations();
        Map<String, Account> byName = new HashMap<>();
        for (int i = 0; i < accounts.size(); i++) {
            Account a = accounts.get(i);
            violations.when(byName.putIfAbsent(a.name(), a) != null, "accounts[" + i + "].name",
                    "each row and sum is named once in a structure");
        }
        for (int i = 0; i < accounts.size(); i++) {
            Account a = accounts.get(i);
            if (!a.isSum()) {
                continue;
            }
            List<String> unknown = a.sumOf().stream().filter(p -> !byName.containsKey(p)).toList();
            String field = "accounts[" + i + "].sumOf";
            if (!unknown.isEmpty()) {
                violations.when(true, field, "names no row of this structure: " + String.join(", ", unknown));
            } else if (a.sumOf().stream().distinct().count() != a.sumOf().size()) {
                violations.when(true, field, "each row at most once");
            } else {
                violations.when(reaches(a, a.name(), byName, new HashSet<>()), field, "a sum cannot include itself");
            }
        }
        violations.throwIfAny();
    }

    private static boolean reaches(Account from, String target, Map<String, Account> byName, Set<String> seen) {
        if (!from.isSum()) {
            return false;
        }
        for (String part : from.sumOf()) {
            if (part.equals(target)) {
                return true;
            }
            Account next = byName.get(part);
            if (next != null && seen.add(part) && reaches(next, target, byName, seen)) {
                return true;
            }
        }
        return false;
    }

    /** The rows (not sums) a row or sum adds up, each as often as it counts. */
    static List<String> rowsOf(Account account, Map<String, Account> byName) {
        List<String> rows = new ArrayList<>();
        if (!account.isSum()) {
            rows.add(account.name());
            return rows;
        }
        account.sumOf().forEach(p -> rows.addAll(rowsOf(byName.get(p), byName)));
        return rows;
    }
}
