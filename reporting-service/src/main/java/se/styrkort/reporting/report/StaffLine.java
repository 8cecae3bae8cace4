package se.styrkort.reporting.report;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A unit's head count in a staff category on a day, women and men, with the change from the same
 * day a year before (null where that year has no figure).
 */
public record StaffLine(UUID orgUnitId, String orgUnitName, String category, LocalDate asOf, int total, Integer women,
        Integer men, Integer changeTotal, Integer changeWomen, Integer changeMen) {
}
