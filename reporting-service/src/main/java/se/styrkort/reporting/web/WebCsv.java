package se.styrkort.reporting.web;

import java.util.List;

import se.styrkort.platform.csv.CsvTable;
import se.styrkort.reporting.report.EconomyLine;
import se.styrkort.reporting.report.GoalDetail;
import se.styrkort.reporting.report.InvestmentLine;
import se.styrkort.reporting.report.RollupView;

/** The tables the pages offer as CSV, with the Swedish column names a person sees on the page. */
final class WebCsv {

    static final List<CsvTable.Column<RollupView>> ROLLUPS = CsvTable.columns(
            CsvTable.column("strategi", r -> r.keyName() == null ? "Hela planen" : r.keyName()),
            CsvTable.column("period", RollupView::period),
            CsvTable.column("gröna", r -> r.counts().green()), CsvTable.column("gula", r -> r.counts().yellow()),
            CsvTable.column("röda", r -> r.counts().red()), CsvTable.column("ej_mätbara", r -> r.counts().notMeasurable()),
            CsvTable.column("totalt", r -> r.counts().total()),
            CsvTable.column("andel_gröna", r -> r.shares().green()), CsvTable.column("andel_gula", r -> r.shares().yellow()),
            CsvTable.column("andel_röda", r -> r.shares().red()),
            CsvTable.column("andel_ej_mätbara", r -> r.shares().notMeasurable()),
            CsvTable.column("samlad_status", r -> Sv.status(r.overallStatus())));

    static final List<CsvTable.Column<GoalDetail>> GOALS = CsvTable.columns(
            CsvTable.column("strategi", GoalDetail::strategyName), CsvTable.column("mål", GoalDetail::title),
            CsvTable.column("ansvarig_enhet", GoalDetail::ownerUnitName), CsvTable.column("utfall", GoalDetail::outcome),
            CsvTable.column("målvärde", GoalDetail::target), CsvTable.column("status", g -> Sv.status(g.status())),
            CsvTable.column("beräknad_status", g -> g.computedStatus() == null ? null : Sv.status(g.computedStatus())),
            CsvTable.column("bedömd_status", g -> g.assessedStatus() == null ? null : Sv.status(g.assessedStatus())),
            CsvTable.column("motivering", GoalDetail::justification), CsvTable.column("analys", GoalDetail::comment),
            CsvTable.column("åtgärder", GoalDetail::plannedActions), CsvTable.column("prognos", GoalDetail::forecastValue),
            CsvTable.column("prognos_status", g -> g.forecastStatus() == null ? null : Sv.status(g.forecastStatus())));

    static final List<CsvTable.Column<EconomyLine>> ECONOMY = CsvTable.columns(
            CsvTable.column("enhet", EconomyLine::orgUnitName), CsvTable.column("kategori", e -> Sv.category(e.category())),
            CsvTable.column("till_och_med_månad", EconomyLine::throughMonth),
            CsvTable.column("budget_antagen_kr", EconomyLine::adoptedBudget),
            CsvTable.column("förändringar_kr", EconomyLine::adjustments),
            CsvTable.column("budget_kr", EconomyLine::currentBudget),
            CsvTable.column("budget_ack_kr", EconomyLine::accumulatedBudget),
            CsvTable.column("utfall_ack_kr", EconomyLine::accumulatedActual),
            CsvTable.column("avvikelse_kr", EconomyLine::deviation),
            CsvTable.column("prognos_kr", EconomyLine::forecast),
            CsvTable.column("prognos_avvikelse_kr", EconomyLine::forecastDeviation));

    static final List<CsvTable.Column<InvestmentLine>> INVESTMENTS = CsvTable.columns(
            CsvTable.column("enhet", InvestmentLine::orgUnitName), CsvTable.column("område", InvestmentLine::area),
            CsvTable.column("objekt", InvestmentLine::object), CsvTable.column("typ", InvestmentLine::investmentType),
            CsvTable.column("kategori", InvestmentLine::category), CsvTable.column("belopp_kr", InvestmentLine::amount),
            CsvTable.column("beslut", InvestmentLine::decisionRef),
            CsvTable.column("planerad_tid", InvestmentLine::plannedTime),
            CsvTable.column("utfall_kr", InvestmentLine::outcomeToDate),
            CsvTable.column("prognos_kr", InvestmentLine::forecastYearEnd),
            CsvTable.column("klar", InvestmentLine::completed), CsvTable.column("kommentar", InvestmentLine::comment));

    private WebCsv() {
    }
}
