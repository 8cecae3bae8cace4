package se.styrkort.outcomes.status;

import java.util.UUID;

/** Where an indicator has a status: one org unit in one period. */
public record Cell(UUID unit, String period) {
}
