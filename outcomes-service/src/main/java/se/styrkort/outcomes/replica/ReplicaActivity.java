package se.styrkort.outcomes.replica;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import se.styrkort.outcomes.domain.ActivityState;
import se.styrkort.platform.domain.TenantRow;

/** An activity of a goal as goals-service last published it: a goal without indicators is judged by these. */
@Entity
@Table(name = "replica_activity")
public class ReplicaActivity extends TenantRow {

    @Column(nullable = false)
    public UUID goalId;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActivityState state;

    public LocalDate startDate;

    public LocalDate endDate;

    public String responsible;
}
