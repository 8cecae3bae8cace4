package se.styrkort.budget.domain;

import java.util.UUID;

/** An investment's follow-up of a period was recorded, inside the writing transaction. */
public record InvestmentFollowedUp(UUID orgUnitId, String period) {
}
