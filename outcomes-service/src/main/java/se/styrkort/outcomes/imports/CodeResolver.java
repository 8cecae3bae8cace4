package se.styrkort.outcomes.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import se.styrkort.outcomes.domain.CodeKind;
import se.styrkort.outcomes.domain.MeasurementInput;
import se.styrkort.outcomes.domain.Plans;
import se.styrkort.outcomes.domain.SourceSystems;
import se.styrkort.platform.imports.BadCell;

/**
 * Turns a row's indicator and org unit texts into our ids: an id is taken as it is, anything else
 * is looked up as a code of the row's source system, in any case: first in the system's code map,
 * then, for an indicator, among the indicators whose {@code externalCodes} name it under the
 * system's code (Kolada's KPI code as {@code "kolada": "N00945"}). Lives for one reading of one
 * import and remembers what it looked up, as a feed names the same few codes on every row.
 */
final class CodeResolver {

    private record Key(String system, CodeKind kind, String code, Integer year) {
    }

    private final SourceSystems systems;
    private final Plans plans;
    private final Map<Key, Optional<UUID>> known = new HashMap<>();

    CodeResolver(SourceSystems systems, Plans plans) {
        this.systems = systems;
        this.plans = plans;
    }

    ImportRow resolve(ImportRow row) {
        ImportRow.Refs refs = row.refs();
        MeasurementInput in = row.input();
        try {
            Integer year = year(in.period());
            UUID indicator = id(refs.indicatorField(), refs.indicator(), CodeKind.INDICATOR, in.sourceSystem(), year);
            UUID unit = id(refs.orgUnitField(), refs.orgUnit(), CodeKind.ORG_UNIT, in.sourceSystem(), null);
            return row.with(in.withRefs(indicator, unit));
        } catch (BadCell e) {
            return ImportRow.unreadable(row.number(), e.getMessage());
        }
    }

    private UUID id(String field, String text, CodeKind kind, String system, Integer year) {
        if (text == null) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException notAnId) {
            if (system == null) {
                throw new BadCell(field,
                        "'" + text + "' is not an id, and the row names no source system to read it as a code of");
            }
            String what = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
            return known.computeIfAbsent(new Key(system.toLowerCase(Locale.ROOT), kind, text.toLowerCase(Locale.ROOT), year),
                    k -> systems.resolve(system, kind, text).or(() -> kind == CodeKind.INDICATOR
                            ? byExternalCode(field, system, text, year)
                            : Optional.empty()))
                    .orElseThrow(() -> new BadCell(field, "'" + text + "' is neither an id nor a known " + what
                            + " code of source system '" + system + "'"
                            + (kind == CodeKind.INDICATOR ? " (its code map or an indicator's externalCodes)" : "")));
        }
    }

    /** The one indicator whose externalCodes name the code under the system; several are a reason to map it. */
    private Optional<UUID> byExternalCode(String field, String system, String code, Integer year) {
        List<UUID> found = plans.indicatorsWithCode(system, code, year);
        if (found.size() > 1) {
            throw new BadCell(field, "'" + code + "' is the " + system + " code of " + found.size() + " indicators"
                    + (year == null ? "" : " of plans that run in " + year)
                    + "; map it to one in the source system's code map");
        }
        return found.stream().findFirst();
    }

    /** The year a period (2022, 2022-T2, 2022-08) falls in, or null when it does not read as one. */
    private static Integer year(String period) {
        if (period == null || period.length() < 4 || !period.substring(0, 4).chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.valueOf(period.substring(0, 4));
    }
}
