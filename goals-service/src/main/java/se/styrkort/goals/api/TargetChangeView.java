package se.styrkort.goals.api;

import java.time.Instant;

import se.styrkort.goals.api.IndicatorView.TargetView;
import se.styrkort.goals.domain.Target;
import se.styrkort.goals.domain.TargetChange;
import se.styrkort.goals.domain.TargetHistory;

/** One change of one year's target: null before means it was added, null after that it was removed. */
public record TargetChangeView(int year, TargetView before, TargetView after, Instant changedAt, String changedBy) {

    public static TargetChangeView of(TargetChange c, TargetHistory history) {
        return new TargetChangeView(c.year, view(history.read(c.oldTarget)), view(history.read(c.newTarget)),
                c.changedAt, c.changedBy);
    }

    private static TargetView view(Target target) {
        return target == null ? null : TargetView.of(target);
    }
}
