package se.styrkort.budget.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import se.styrkort.platform.domain.Tracked;

/** An investment (investering): an object an org unit buys or builds, its money and its follow-ups. */
@Entity
@Table(name = "investment")
public class Investment extends Tracked {

    @Column(nullable = false)
    public UUID orgUnitId;

    @Column
    public String area;

    @Column(nullable = false)
    public String object;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InvestmentType investmentType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InvestmentCategory category;

    @Column(nullable = false, precision = 18, scale = 2)
    public BigDecimal amount;

    public String decisionRef;

    public String plannedTime;

    @Column(nullable = false)
    public boolean procurementContacted;

    @Column(nullable = false)
    public boolean completed;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "investment_year", joinColumns = @JoinColumn(name = "investment_id"))
    @Column(name = "year")
    public java.util.Set<Integer> years = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "investment_follow_up", joinColumns = @JoinColumn(name = "investment_id"))
    public List<InvestmentFollowUp> followUps = new ArrayList<>();

    public List<Integer> orderedYears() {
        return years.stream().sorted().toList();
    }

    public List<InvestmentFollowUp> orderedFollowUps() {
        return followUps.stream().sorted(Comparator.comparing(f -> f.period)).toList();
    }

    @Override
    public String aggregateType() {
        return "investment";
    }
}
