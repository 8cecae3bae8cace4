package se.styrkort.goals.domain;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import se.styrkort.platform.domain.Filters;

/**
 * Keeping the internal control plan: every change is written together with its event. Control
 * points stay open after adoption, since their results are recorded during the year.
 */
@ApplicationScoped
public class ControlPoints extends PlanParts<ControlPoint, ControlPointInput> {

    ControlPoints() {
        super(ControlPoint.class, ControlPoint::new, "control point", Adoption.LEAVES_OPEN);
    }

    public PanacheQuery<ControlPoint> list(UUID planId, Integer year, String text) {
        Filters c = inPlan(planId, year).contains("controlPoint", text);
        return ControlPoint.find(c.query(), Sort.by("planId").and("createdAt").and("id"), c.values());
    }

    @Override
    protected void apply(ControlPoint point, ControlPointInput input) {
        point.controlPoint = input.controlPoint().strip();
        point.performer = input.performer().strip();
        point.method = input.method().strip();
        point.followUps.clear();
        List<ControlPointInput.FollowUp> followUps = input.followUps() == null ? List.of() : input.followUps();
        followUps.stream().sorted((a, b) -> a.date().compareTo(b.date())).forEach(f -> {
            ControlFollowUp followUp = new ControlFollowUp();
            followUp.date = f.date();
            followUp.result = f.result();
            point.followUps.add(followUp);
        });
    }
}
