package se.styrkort.reporting.api;

import static se.styrkort.platform.csv.CsvTable.column;

import java.util.List;
import java.util.stream.Collectors;

import se.styrkort.platform.csv.CsvTable;
import se.styrkort.reporting.report.AccountLine;
import se.styrkort.reporting.report.EconomyLine;
import se.styrkort.reporting.report.GenderLine;
import se.styrkort.reporting.report.GoalDetail;
import se.styrkort.reporting.report.InvestmentLine;
import se.styrkort.reporting.report.RollupView;
import se.styrkort.reporting.report.StaffLine;

/** The stable CSV columns of every list; the OpenAPI examples show the same headers. */
final class CsvTables {

    private CsvTables() {
    }

    static final List<CsvTable.Column<RollupView>> ROLLUPS = CsvTable.columns(
            column("plan_id", RollupView::planId), column("period", RollupView::period),
            column("level", RollupView::level), column("key_id", RollupView::keyId), column("key_name", RollupView::keyName),
            column("green", r -> r.counts().green()), column("yellow", r -> r.counts().yellow()),
            column("red", r -> r.counts().red()), column("not_measurable", r -> r.counts().notMeasurable()),
            column("total", r -> r.counts().total()),
            column("green_share", r -> r.shares().green()), column("yellow_share", r -> r.shares().yellow()),
            column("red_share", r -> r.shares().red()), column("not_measurable_share", r -> r.shares().notMeasurable()),
            column("green_percent", r -> r.wholePercent().green()), column("yellow_percent", r -> r.wholePercent().yellow()),
            column("red_percent", r -> r.wholePercent().red()),
            column("not_measurable_percent", r -> r.wholePercent().notMeasurable()),
            column("overall_status", RollupView::overallStatus),
            column("previous_period", r -> r.change().previousPeriod()),
            column("previous_overall_status", r -> r.change().previousOverallStatus()),
            column("moved_up", r -> r.change().movedUp().size()), column("moved_down", r -> r.change().movedDown().size()));

    static final String ROLLUPS_EXAMPLE = """
            plan_id,period,level,key_id,key_name,green,yellow,red,not_measurable,total,green_share,yellow_share,red_share,not_measurable_share,green_percent,yellow_percent,red_percent,not_measurable_percent,overall_status,previous_period,previous_overall_status,moved_up,moved_down
            7d3c…,2022-T2,plan,7d3c…,Regionstyrelsens verksamhetsplan 2022,14,17,12,13,56,25.0,30.4,21.4,23.2,25,30,22,23,YELLOW,2022-T1,YELLOW,3,1
            """;

    static final List<CsvTable.Column<GoalDetail>> GOALS = CsvTable.columns(
            column("goal_id", GoalDetail::goalId), column("goal", GoalDetail::title),
            column("strategy_id", GoalDetail::strategyId), column("strategy", GoalDetail::strategyName),
            column("overall_goal_id", GoalDetail::overallGoalId), column("overall_goal", GoalDetail::overallGoalTitle),
            column("unit_id", GoalDetail::ownerUnitId), column("unit", GoalDetail::ownerUnitName),
            column("status", GoalDetail::status), column("computed_status", GoalDetail::computedStatus),
            column("reason", GoalDetail::reason), column("assessed_status", GoalDetail::assessedStatus),
            column("justification", GoalDetail::justification), column("outcome", GoalDetail::outcome),
            column("target", GoalDetail::target), column("comment", GoalDetail::comment),
            column("planned_actions", GoalDetail::plannedActions), column("forecast_value", GoalDetail::forecastValue),
            column("forecast_status", GoalDetail::forecastStatus),
            column("indicator_statuses", g -> g.indicators().stream().map(i -> i.name() + ": " + i.status())
                    .collect(Collectors.joining("; "))));

    static final String GOALS_EXAMPLE = """
            goal_id,goal,strategy_id,strategy,overall_goal_id,overall_goal,unit_id,unit,status,computed_status,reason,assessed_status,justification,outcome,target,comment,planned_actions,forecast_value,forecast_status,indicator_statuses
            1f0e…,Sjukfrånvaron ska minska,5a2b…,Strategi för våra medarbetare,9c4d…,Attraktiv arbetsgivare,0b7e…,Regionstaben,RED,RED,MISSED,,,5.9 %,Högst 4.8 %,Sjukfrånvaron ligger ackumulerat på 5.9 %,,5.5,RED,Sjukfrånvaro: RED
            """;

    static final List<CsvTable.Column<EconomyLine>> ECONOMY = CsvTable.columns(
            column("unit_id", EconomyLine::orgUnitId), column("unit", EconomyLine::orgUnitName),
            column("year", EconomyLine::year), column("through_month", EconomyLine::throughMonth),
            column("category", EconomyLine::category), column("adopted_budget", EconomyLine::adoptedBudget),
            column("adjustments", EconomyLine::adjustments), column("current_budget", EconomyLine::currentBudget),
            column("accumulated_budget", EconomyLine::accumulatedBudget),
            column("accumulated_actual", EconomyLine::accumulatedActual), column("deviation", EconomyLine::deviation),
            column("forecast", EconomyLine::forecast), column("forecast_deviation", EconomyLine::forecastDeviation));

    static final String ECONOMY_EXAMPLE = """
            unit_id,unit,year,through_month,category,adopted_budget,adjustments,current_budget,accumulated_budget,accumulated_actual,deviation,forecast,forecast_deviation
            0b7e…,Regionstaben,2022,8,PERSONNEL,-534348000.00,,-534348000.00,-356232000.00,-322423000.00,33809000.00,-490000000.00,44348000.00
            0b7e…,Regionstaben,2022,8,TOTAL,-1532259000.00,-40000000.00,-1572259000.00,-1048172666.67,-925064000.00,123108666.67,,
            """;

    /** The report's revenue and cost table, in SEK; the report prints the same in whole tkr. */
    static final List<CsvTable.Column<AccountLine>> REVENUES_AND_COSTS = CsvTable.columns(
            column("unit_id", AccountLine::orgUnitId), column("unit", AccountLine::orgUnitName),
            column("structure_id", AccountLine::structureId), column("structure", AccountLine::structure),
            column("account", AccountLine::account), column("sum", AccountLine::sum),
            column("outcome", AccountLine::outcome), column("budget", AccountLine::budget),
            column("outcome_minus_budget", AccountLine::outcomeMinusBudget),
            column("previous_year", AccountLine::previousYear),
            column("outcome_minus_previous_year", AccountLine::outcomeMinusPreviousYear));

    static final String REVENUES_AND_COSTS_EXAMPLE = """
            unit_id,unit,structure_id,structure,account,sum,outcome,budget,outcome_minus_budget,previous_year,outcome_minus_previous_year
            0b7e…,Regionstyrelsen,3c1d…,Intäkter och kostnader,Patientavgifter,false,17097000.00,433000.00,16664000.00,4370000.00,12727000.00
            0b7e…,Regionstyrelsen,3c1d…,Intäkter och kostnader,Summa Intäkter,true,500443000.00,354605000.00,145838000.00,464155000.00,36288000.00
            """;

    static final List<CsvTable.Column<InvestmentLine>> INVESTMENTS = CsvTable.columns(
            column("investment_id", InvestmentLine::id), column("unit_id", InvestmentLine::orgUnitId),
            column("unit", InvestmentLine::orgUnitName), column("area", InvestmentLine::area),
            column("object", InvestmentLine::object), column("investment_type", InvestmentLine::investmentType),
            column("category", InvestmentLine::category), column("amount", InvestmentLine::amount),
            column("decision_ref", InvestmentLine::decisionRef), column("planned_time", InvestmentLine::plannedTime),
            column("procurement_contacted", InvestmentLine::procurementContacted),
            column("completed", InvestmentLine::completed), column("follow_up_period", InvestmentLine::followUpPeriod),
            column("outcome_to_date", InvestmentLine::outcomeToDate),
            column("forecast_year_end", InvestmentLine::forecastYearEnd), column("comment", InvestmentLine::comment));

    static final String INVESTMENTS_EXAMPLE = """
            investment_id,unit_id,unit,area,object,investment_type,category,amount,decision_ref,planned_time,procurement_contacted,completed,follow_up_period,outcome_to_date,forecast_year_end,comment
            44aa…,0b7e…,Regionstaben,Regionservice,Syrgastank,NEW,EMERGENCY,3491000.00,,2022,true,false,2022-08,0.00,3491000.00,Projektering är påbörjad
            """;

    static final List<CsvTable.Column<StaffLine>> STAFF = CsvTable.columns(
            column("unit_id", StaffLine::orgUnitId), column("unit", StaffLine::orgUnitName),
            column("category", StaffLine::category), column("as_of", StaffLine::asOf), column("total", StaffLine::total),
            column("women", StaffLine::women), column("men", StaffLine::men), column("change_total", StaffLine::changeTotal),
            column("change_women", StaffLine::changeWomen), column("change_men", StaffLine::changeMen));

    static final List<CsvTable.Column<GenderLine>> GENDER = CsvTable.columns(
            column("indicator_id", GenderLine::indicatorId), column("indicator", GenderLine::indicatorName),
            column("goal_id", GenderLine::goalId), column("unit_id", GenderLine::orgUnitId),
            column("unit", GenderLine::orgUnitName), column("period", GenderLine::period),
            column("value_kind", GenderLine::valueKind), column("women", GenderLine::women), column("men", GenderLine::men),
            column("total", GenderLine::total), column("gap", GenderLine::gap));

    static final String GENDER_EXAMPLE = """
            indicator_id,indicator,goal_id,unit_id,unit,period,value_kind,women,men,total,gap
            6c0f…,Sjukfrånvaro,1f0e…,0b7e…,Regionstaben,2022-T2,ACCUMULATED,6.9,4.8,5.9,2.1
            """;
}
