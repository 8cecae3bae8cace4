package se.styrkort.outcomes.imports;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import se.styrkort.outcomes.domain.CodeKind;
import se.styrkort.outcomes.domain.MeasurementInput;
import se.styrkort.outcomes.domain.SourceSystems;
import se.styrkort.platform.imports.BadCell;

/**
 * Turns a row's indicator and org unit texts into our ids: an id is taken as it is, anything else
 * is looked up as a code of the row's source system. Lives for one reading of one import and
 * remembers what it looked up, as a feed names the same few codes on every row.
 */
final class CodeResolver {

    private record Key(String system, CodeKind kind, String code) {
    }

    private final SourceSystems systems;
    private final Map<Key, Optional<UUID>> known = new HashMap<>();

    CodeResolver(SourceSystems systems) {
        this.systems = systems;
    }

    ImportRow resolve(ImportRow row) {
        ImportRow.Refs refs = row.refs();
        MeasurementInput in = row.input();
        try {
            UUID indicator = id(refs.indicatorField(), refs.indicator(), CodeKind.INDICATOR, in.sourceSystem());
            UUID unit = id(refs.orgUnitField(), refs.orgUnit(), CodeKind.ORG_UNIT, in.sourceSystem());
            return row.with(in.withRefs(indicator, unit));
        } catch (BadCell e) {
            return ImportRow.unreadable(row.number(), e.getMessage());
        }
    }

    private UUID id(String field, String text, CodeKind kind, String system) {
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
            return known.computeIfAbsent(new Key(system, kind, text), k -> systems.resolve(system, kind, text))
                    .orElseThrow(() -> new BadCell(field, "'" + text + "' is neither an id nor a known "
                            + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                            + " code of source system '" + system + "'"));
        }
    }
}
