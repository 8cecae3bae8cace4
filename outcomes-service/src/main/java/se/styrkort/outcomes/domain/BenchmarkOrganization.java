package se.styrkort.outcomes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import se.styrkort.platform.domain.Tracked;

/**
 * An organization whose series a BENCHMARK target compares with, such as {@code riket} (the
 * national average as Kolada publishes it). Its values are ordinary measurements whose org unit
 * is this organization's id, so they are recorded, imported, revised and mapped like any other.
 */
@Entity
@Table(name = "benchmark_organization")
public class BenchmarkOrganization extends Tracked {

    /** What a target names as its benchmarkOrganization; lower case. */
    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Override
    public String aggregateType() {
        return "benchmark-organization";
    }
}
