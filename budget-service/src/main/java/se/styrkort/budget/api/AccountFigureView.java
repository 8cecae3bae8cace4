package se.styrkort.budget.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import se.styrkort.budget.domain.AccountFigure;
import se.styrkort.budget.domain.ValueKind;

/** The recorded figures of one row of an account structure, for one unit and period. */
public record AccountFigureView(UUID id, UUID structureId, UUID orgUnitId, String period, ValueKind valueKind,
        String account, BigDecimal outcome, BigDecimal budget, BigDecimal previousYear, long version, Instant createdAt,
        String createdBy, Instant updatedAt, String updatedBy) {

    public static AccountFigureView of(AccountFigure f) {
        return new AccountFigureView(f.id, f.structureId, f.orgUnitId, f.period, f.valueKind, f.account, f.outcome,
                f.budget, f.previousYear, f.version, f.createdAt, f.createdBy, f.updatedAt, f.updatedBy);
    }
}
