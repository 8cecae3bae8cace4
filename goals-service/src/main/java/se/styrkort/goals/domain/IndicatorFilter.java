package se.styrkort.goals.domain;

import java.util.UUID;

/**
 * The filters of the indicator list, each optional: plan, goal, strategy (through the goal's overall
 * goal), unit (the goal's owner or co-owner), a year the plan covers, a period the indicator is due
 * in, text in the name, and the code a source system knows it by ("kolada:U07414").
 */
public record IndicatorFilter(UUID planId, UUID goalId, UUID strategyId, UUID unitId, Integer year, String due,
        String text, String externalCode) {
}
