package se.styrkort.budget.domain;

import java.math.BigDecimal;

/** An amount split into the officials' and the elected members' part, with their sum, in SEK. */
public record Amounts(BigDecimal officials, BigDecimal electedMembers, BigDecimal net) {

    public static final Amounts ZERO = of(BigDecimal.ZERO, BigDecimal.ZERO);

    public static Amounts of(BigDecimal officials, BigDecimal electedMembers) {
        BigDecimal o = officials.setScale(2);
        BigDecimal e = electedMembers.setScale(2);
        return new Amounts(o, e, o.add(e));
    }

    public static Amounts of(BudgetPart part, BigDecimal amount) {
        return part == BudgetPart.OFFICIALS ? of(amount, BigDecimal.ZERO) : of(BigDecimal.ZERO, amount);
    }

    public Amounts plus(Amounts other) {
        return of(officials.add(other.officials), electedMembers.add(other.electedMembers));
    }
}
