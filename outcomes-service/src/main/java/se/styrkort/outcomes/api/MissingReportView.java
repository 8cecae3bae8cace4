package se.styrkort.outcomes.api;

import java.util.UUID;

import se.styrkort.platform.domain.FollowUpFrequency;

/**
 * An indicator due in a period with no outcome yet: what it is, whose it is (the org unit it is
 * due from, the goal's owner) and how often it is followed up.
 */
public record MissingReportView(UUID indicatorId, String indicatorName, UUID goalId, String goalTitle, UUID planId,
        String period, UUID orgUnitId, String orgUnitName, UUID responsibleUnitId, String responsibleUnitName,
        FollowUpFrequency followUpFrequency) {
}
