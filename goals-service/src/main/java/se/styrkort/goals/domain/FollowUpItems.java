package se.styrkort.goals.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import se.styrkort.platform.domain.Filters;
import se.styrkort.platform.problem.Violations;

/**
 * Keeping the follow-up and meeting plan: every change is written together with its event. Like
 * meetings themselves, items move during the year, so adoption does not freeze them.
 */
@ApplicationScoped
public class FollowUpItems extends PlanParts<FollowUpItem, FollowUpItemInput> {

    @Inject
    OrgUnits units;

    FollowUpItems() {
        super(FollowUpItem.class, FollowUpItem::new, "follow-up item", Adoption.LEAVES_OPEN);
    }

    public PanacheQuery<FollowUpItem> list(UUID planId, UUID unitId, FollowUpItemKind kind, LocalDate from, LocalDate to,
            String text) {
        Filters c = inPlan(planId, null)
                .where("bodyUnitId = :unitId", "unitId", unitId)
                .where("kind = :kind", "kind", kind)
                .where("date >= :from", "from", from)
                .where("date <= :to", "to", to)
                .contains("topic", text);
        return FollowUpItem.find(c.query(), Sort.by("date", Sort.NullPrecedence.NULLS_LAST).and("createdAt").and("id"),
                c.values());
    }

    @Override
    protected void apply(FollowUpItem item, FollowUpItemInput input) {
        FollowUpItemKind kind = input.kindOrDefault();
        new Violations()
                .when(input.date() == null && kind != FollowUpItemKind.FOLLOW_UP, "date",
                        "is required for a " + kind + " line")
                .when(input.endDate() != null && (input.date() == null || input.endDate().isBefore(input.date())),
                        "endDate", "must be on or after date")
                .when(!input.bodyUnitId().equals(item.bodyUnitId) && units.find(input.bodyUnitId()).isEmpty(),
                        "bodyUnitId", "no org unit with id " + input.bodyUnitId())
                .throwIfAny();
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
    }
}
