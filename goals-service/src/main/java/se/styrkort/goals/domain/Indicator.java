package se.styrkort.goals.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import se.styrkort.platform.domain.FollowUpFrequency;
import se.styrkort.platform.domain.Tracked;

/** Mätetal, styrmått: how a goal is measured, with its baselines and a target per year. */
@Entity
@Table(name = "indicator")
public class Indicator extends Tracked {

    @Column(nullable = false, updatable = false)
    public UUID goalId;

    @Column(nullable = false)
    public String name;

    /** "%", "antal", "recept per 1000 inv", "index 1–6". */
    public String unitOfMeasure;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Direction direction;

    @Enumerated(EnumType.STRING)
    public FollowUpFrequency followUpFrequency;

    /** Källa: Datalager, Plattform24, medarbetarenkät, Kolada. */
    public String source;

    @Column(nullable = false)
    public boolean genderSplit;

    /** The yellow band in the indicator's unit; without it the status rules use 10 %. */
    public BigDecimal tolerance;

    /** The parameters a K_OF_N target counts ("2 av 3 parametrar"): indicators of the same goal. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "indicator_sub", joinColumns = @JoinColumn(name = "indicator_id"))
    @Column(name = "sub_indicator_id", nullable = false)
    public Set<UUID> subIndicatorIds = new LinkedHashSet<>();

    /** Its id per source system that feeds outcomes, such as {"kolada": "U07414"}. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "indicator_external_code", joinColumns = @JoinColumn(name = "indicator_id"))
    @MapKeyColumn(name = "source_system")
    @Column(name = "code", nullable = false)
    public Map<String, String> externalCodes = new TreeMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "indicator_target", joinColumns = @JoinColumn(name = "indicator_id"))
    @OrderColumn(name = "position") // kept in year order; an indexed list, so both lists load eagerly
    public List<Target> targets = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "indicator_baseline", joinColumns = @JoinColumn(name = "indicator_id"))
    @OrderColumn(name = "position")
    public List<Baseline> baselines = new ArrayList<>();

    @Override
    public String aggregateType() {
        return "indicator";
    }
}
