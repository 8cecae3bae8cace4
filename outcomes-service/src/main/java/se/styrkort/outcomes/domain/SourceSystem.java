package se.styrkort.outcomes.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A system that delivers outcomes, such as Kolada or a region's data warehouse. Its code is what
 * measurements name as their source system and imports as {@code sourceSystem}.
 */
@Entity
@Table(name = "source_system")
public class SourceSystem extends Coded {

    @Override
    public String aggregateType() {
        return "source-system";
    }
}
