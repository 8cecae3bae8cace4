package se.styrkort.reporting.web;

import java.util.List;

import se.styrkort.reporting.api.Csv;
import se.styrkort.reporting.report.EconomyLine;
import se.styrkort.reporting.report.GoalDetail;
import se.styrkort.reporting.report.InvestmentLine;
import se.styrkort.reporting.report.RollupView;

/** The tables the pages offer as CSV, with the Swedish column names a person sees on the page. */
final class WebCsv {

    static final List<Csv.Column<RollupView>> ROLLUPS = Csv.columns(
            Csv.column("strategi", r -> r.keyName() == null ? "Hela planen" : r.keyName()),
            Csv.column("period", RollupView::period),
            Csv.column("gröna", r -> r.counts().green()), Csv.column("gula", r -> r.counts().yellow()),
            Csv.column("röda", r -> r.counts().red()), Csv.column("ej_mätbara", r -> r.counts().notMeasurable()),
            Csv.column("totalt", r -> r.counts().total()),
            Csv.column("andel_gröna", r -> r.shares().green()), Csv.column("andel_gula", r -> r.shares().yellow()),
            Csv.column("andel_röda", r -> r.shares().red()), Csv.column("andel_ej_mätbara", r -> r.shares().notMeasurable()),
            Csv.column("samlad_status", r -> Sv.status(r.overallStatus())));

    static final List<Csv.Column<GoalDetail>> GOALS = Csv.columns(
            Csv.column("strategi", GoalDetail::strategyName), Csv.column("mål", GoalDetail::title),
            Csv.column("ansvarig_enhet", GoalDetail::ownerUnitName), Csv.column("utfall", GoalDetail::outcome),
            Csv.column("målvärde", GoalDetail::target), Csv.column("status", g -> Sv.status(g.status())),
            Csv.column("beräknad_status", g -> g.computedStatus() == null ? null : Sv.status(g.computedStatus())),
            Csv.column("bedömd_status", g -> g.assessedStatus() == null ? null : Sv.status(g.assessedStatus())),
            Csv.column("motivering", GoalDetail::justification), Csv.column("analys", GoalDetail::comment),
            Csv.column("åtgärder", GoalDetail::plannedActions), Csv.column("prognos", GoalDetail::forecastValue),
            Csv.column("prognos_status", g -> g.forecastStatus() == null ? null : Sv.status(g.forecastStatus())));

    static final List<Csv.Column<EconomyLine>> ECONOMY = Csv.columns(
            Csv.column("enhet", EconomyLine::orgUnitName), Csv.column("kategori", e -> Sv.category(e.category())),
            Csv.column("till_och_med_månad", EconomyLine::throughMonth),
            Csv.column("budget_antagen_kr", EconomyLine::adoptedBudget), Csv.column("förändringar_kr", EconomyLine::adjustments),
            Csv.column("budget_kr", EconomyLine::currentBudget), Csv.column("budget_ack_kr", EconomyLine::accumulatedBudget),
            Csv.column("utfall_ack_kr", EconomyLine::accumulatedActual), Csv.column("avvikelse_kr", EconomyLine::deviation),
            Csv.column("prognos_kr", EconomyLine::forecast), Csv.column("prognos_avvikelse_kr", EconomyLine::forecastDeviation));

    static final List<Csv.Column<InvestmentLine>> INVESTMENTS = Csv.columns(
            Csv.column("enhet", InvestmentLine::orgUnitName), Csv.column("område", InvestmentLine::area),
            Csv.column("objekt", InvestmentLine::object), Csv.column("typ", InvestmentLine::investmentType),
            Csv.column("kategori", InvestmentLine::category), Csv.column("belopp_kr", InvestmentLine::amount),
            Csv.column("beslut", InvestmentLine::decisionRef), Csv.column("planerad_tid", InvestmentLine::plannedTime),
            Csv.column("utfall_kr", InvestmentLine::outcomeToDate), Csv.column("prognos_kr", InvestmentLine::forecastYearEnd),
            Csv.column("klar", InvestmentLine::completed), Csv.column("kommentar", InvestmentLine::comment));

    private WebCsv() {
    }
}
