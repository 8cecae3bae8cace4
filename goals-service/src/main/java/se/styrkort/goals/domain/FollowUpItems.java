package se.styrkort.goals.domain;

import java.time.LocalDate;
import java.util.ArrayList;
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
import se.styrkort.platform.problem.Problem;
import se.styrkort.platform.problem.ProblemException;

/**
 * Keeping the follow-up and meeting plan: every change is written together with its event. Like
 * meetings themselves, items move during the year, so adoption does not freeze them.
 */
@ApplicationScoped
public class FollowUpItems {

    @Inject
    ChangeEvents events;

    @Inject
    SecurityIdentity caller;

    @Inject
    Plans plans;

    @Inject
    OrgUnits units;

    public PanacheQuery<FollowUpItem> list(UUID planId, UUID unitId, FollowUpItemKind kind, LocalDate from, LocalDate to,
            String text) {
        Criteria c = new Criteria()
                .and("planId = :planId", "planId", planId)
                .and("bodyUnitId = :unitId", "unitId", unitId)
                .and("kind = :kind", "kind", kind)
                .and("date >= :from", "from", from)
                .and("date <= :to", "to", to)
                .contains("topic", text);
        return FollowUpItem.find(c.query(), Sort.by("date", Sort.NullPrecedence.NULLS_LAST).and("createdAt").and("id"),
                c.parameters());
    }

    public Optional<FollowUpItem> find(UUID id) {
        return FollowUpItem.find("id", id).firstResultOptional();
    }

    public FollowUpItem get(UUID id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("follow-up item", id));
    }

    @Transactional
    public FollowUpItem create(FollowUpItemInput input) {
        plans.require("planId", input.planId());
        FollowUpItem item = new FollowUpItem();
        item.created(caller.getPrincipal().getName());
        item.planId = input.planId();
        apply(item, input);
        item.persist();
        events.publish(item, ChangeType.CREATED);
        return item;
    }

    @Transactional
    public FollowUpItem update(UUID id, String ifMatch, FollowUpItemInput input) {
        FollowUpItem item = get(id);
        Versions.requireMatch(ifMatch, item.version);
        if (!item.planId.equals(input.planId())) {
            throw ProblemException.badField("planId", "a follow-up item stays in its plan");
        }
        apply(item, input);
        events.publish(item, ChangeType.UPDATED);
        return item;
    }

    private void apply(FollowUpItem item, FollowUpItemInput input) {
        FollowUpItemKind kind = input.kindOrDefault();
        List<Problem.Violation> bad = new ArrayList<>();
        if (input.date() == null && kind != FollowUpItemKind.FOLLOW_UP) {
            bad.add(new Problem.Violation("date", "is required for a " + kind + " line"));
        }
        if (input.endDate() != null && (input.date() == null || input.endDate().isBefore(input.date()))) {
            bad.add(new Problem.Violation("endDate", "must be on or after date"));
        }
        if (!input.bodyUnitId().equals(item.bodyUnitId) && units.find(input.bodyUnitId()).isEmpty()) {
            bad.add(new Problem.Violation("bodyUnitId", "no org unit with id " + input.bodyUnitId()));
        }
        if (!bad.isEmpty()) {
            throw new ProblemException(400, "Bad Request", "The request has invalid fields", bad);
        }
        if (!input.bodyUnitId().equals(item.bodyUnitId)) {
            units.requireActive("bodyUnitId", input.bodyUnitId());
        }
        item.kind = kind;
        item.date = input.date();
        item.endDate = input.endDate();
        item.section = input.section() == null || input.section().isBlank() ? null : input.section().strip();
        item.bodyUnitId = input.bodyUnitId();
        item.topic = input.topic().strip();
        item.responsibleRole = input.responsibleRole();
        item.changed(caller.getPrincipal().getName());
    }
}
