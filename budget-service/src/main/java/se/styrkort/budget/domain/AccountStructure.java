package se.styrkort.budget.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import se.styrkort.platform.domain.Tracked;

/**
 * Kontoplan for the report: a region's rows of a revenue and cost table ("Intäkter och
 * kostnader") in the order the report prints them, with the sums defined over them.
 */
@Entity
@Table(name = "account_structure")
public class AccountStructure extends Tracked {

    @Column(nullable = false)
    public String name;

    /** The rows and sums in the report's order; kept as one JSON document since they change together. */
    @Convert(converter = AccountsColumn.class)
    @Column(nullable = false)
    public List<Account> accounts = new ArrayList<>();

    public Optional<Account> account(String name) {
        return accounts.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    @Override
    public String aggregateType() {
        return "account-structure";
    }
}
