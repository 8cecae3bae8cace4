package se.styrkort.outcomes.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * An organization whose series a BENCHMARK target compares with, such as {@code riket} (the
 * national average as Kolada publishes it). Its values are ordinary measurements whose org unit
 * is this organization's id, so they are recorded, imported, revised and mapped like any other.
 * Its code is what a target names as its benchmarkOrganization, in lower case.
 */
@Entity
@Table(name = "benchmark_organization")
public class BenchmarkOrganization extends Coded {

    @Override
    public String aggregateType() {
        return "benchmark-organization";
    }
}
