package se.styrkort.goals.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import se.styrkort.platform.api.Versions;
import se.styrkort.platform.events.ChangeType;
import se.styrkort.platform.problem.ProblemException;

/**
 * Keeping the internal control plan: every change is written together with its event. Control
 * points stay open after adoption, since their results are recorded during the year.
 */
@ApplicationScoped
public class ControlPoints {

    @Inject
    ChangeEvents events;

    @Inject
    SecurityIdentity caller;

    @Inject
    Plans plans;

    public PanacheQuery<ControlPoint> list(UUID planId, Integer year, String text) {
        Criteria c = new Criteria()
                .and("planId = :planId", "planId", planId)
                .and("planId in (select p.id from Plan p where p.fromYear <= :year and p.toYear >= :year)", "year", year)
                .contains("controlPoint", text);
        return ControlPoint.find(c.query(), Sort.by("planId").and("createdAt").and("id"), c.parameters());
    }

    public Optional<ControlPoint> find(UUID id) {
        return ControlPoint.find("id", id).firstResultOptional();
    }

    public ControlPoint get(UUID id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("control point", id));
    }

    @Transactional
    public ControlPoint create(ControlPointInput input) {
        plans.require("planId", input.planId());
        ControlPoint point = new ControlPoint();
        point.created(caller.getPrincipal().getName());
        point.planId = input.planId();
        apply(point, input);
        point.persist();
        events.publish(point, ChangeType.CREATED);
        return point;
    }

    @Transactional
    public ControlPoint update(UUID id, String ifMatch, ControlPointInput input) {
        ControlPoint point = get(id);
        Versions.requireMatch(ifMatch, point.version);
        if (!point.planId.equals(input.planId())) {
            throw ProblemException.badField("planId", "a control point stays in its plan");
        }
        apply(point, input);
        events.publish(point, ChangeType.UPDATED);
        return point;
    }

    private void apply(ControlPoint point, ControlPointInput input) {
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
        point.changed(caller.getPrincipal().getName());
    }
}
