package se.styrkort.goals.api;

import java.time.Instant;

import se.styrkort.goals.api.IndicatorView.TargetView;

/** One change of one year's target: null before means it was added, null after that it was removed. */
public record TargetChangeView(int year, TargetView before, TargetView after, Instant changedAt, String changedBy) {
}
