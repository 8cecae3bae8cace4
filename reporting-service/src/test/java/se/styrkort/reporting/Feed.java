package se.styrkort.reporting;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;

import se.styrkort.testsupport.TestEvents;
import se.styrkort.testsupport.TestKafka;

/** Events as goals-, outcomes- and budget-service publish them, produced to the real broker. */
public final class Feed {

    private final String tenant;
    private final List<ProducerRecord<String, String>> pending = new ArrayList<>();

    public Feed(String tenant) {
        this.tenant = tenant;
    }

    public static String id() {
        return UUID.randomUUID().toString();
    }

    public Feed event(String topic, String type, String id, long version, String stateJson) {
        pending.add(TestEvents.event(topic, type, tenant, id, version, version == 0 ? "CREATED" : "UPDATED",
                stateJson.replace("'", "\"").replace("$id", id)));
        return this;
    }

    public Feed deleted(String topic, String type, String id, long version) {
        pending.add(TestEvents.event(topic, type, tenant, id, version, "DELETED", "{\"id\":\"" + id + "\"}"));
        return this;
    }

    public Feed orgUnit(String id, String name, String parentId) {
        return event("styrkort.goals", "org-unit", id, 0, "{'id':'$id','name':'" + name + "','kind':'UNIT','parentId':"
                + q(parentId) + ",'code':null,'retired':false,'version':0}");
    }

    public Feed plan(String id, String name, String ownerUnitId) {
        return event("styrkort.goals", "plan", id, 0, "{'id':'$id','name':'" + name + "','fromYear':2022,'toYear':2022,"
                + "'status':'ADOPTED','ownerUnitId':" + q(ownerUnitId)
                + ",'adoptedDate':'2021-11-25','decisionRef':'RS/452/2021',"
                + "'planVersion':1,'predecessorId':null,'version':0,'createdBy':'x'}");
    }

    public Feed strategy(String id, String planId, String name, int ordinal) {
        return event("styrkort.goals", "strategy", id, 0, "{'id':'$id','planId':'" + planId + "','name':'" + name
                + "','description':null,'ordinal':" + ordinal + "}");
    }

    public Feed overallGoal(String id, String strategyId, String parentId, String title) {
        return event("styrkort.goals", "overall-goal", id, 0, "{'id':'$id','strategyId':'" + strategyId + "','parentId':"
                + q(parentId) + ",'title':'" + title + "','ordinal':0}");
    }

    public Feed goal(String id, long version, String planId, String ownerUnitId, String overallGoalId, String title) {
        return event("styrkort.goals", "goal", id, version, "{'id':'$id','planId':'" + planId + "','ownerUnitId':'"
                + ownerUnitId + "','coOwnerUnitIds':[],'overallGoalId':" + q(overallGoalId) + ",'parentGoalId':null,"
                + "'title':'" + title + "','description':null,'followUpFrequency':'TERTIAL','followUpLevel':null,"
                + "'genderSplit':false,'someFutureField':{'x':1}}");
    }

    public Feed indicator(String id, String goalId, String name, boolean genderSplit) {
        return event("styrkort.goals", "indicator", id, 0, "{'id':'$id','goalId':'" + goalId + "','name':'" + name
                + "','unitOfMeasure':'%','direction':'LOWER_IS_BETTER','followUpFrequency':null,'source':null,"
                + "'genderSplit':" + genderSplit + ",'tolerance':null,'subIndicatorIds':[],'externalCodes':{},"
                + "'targets':[{'year':2022,'kind':'AT_MOST','value':4.8,'lo':null,'hi':null,'referencePeriod':null,"
                + "'referenceValue':null,'benchmarkOrganization':null,'k':null,'wording':'Högst 4,8 %'}],'baselines':[]}");
    }

    public static String goalStatusId(String tenant, String goalId, String period) {
        return UUID.nameUUIDFromBytes(("goal-status:" + tenant + ":" + goalId + ":" + period).getBytes()).toString();
    }

    public Feed goalStatus(String goalId, long version, String planId, String unitId, String period, String computed,
            String assessed) {
        String id = goalStatusId(tenant, goalId, period);
        String status = assessed != null ? assessed : computed;
        return event("styrkort.outcomes", "goal-status", id, version, "{'id':'$id','goalId':'" + goalId + "','planId':'"
                + planId + "','orgUnitId':'" + unitId + "','period':'" + period + "','computedStatus':'" + computed
                + "','reason':'MET','assessedStatus':" + q(assessed) + ",'justification':"
                + (assessed == null ? "null" : "'Bedömd'") + ",'status':'" + status + "','indicators':[]}");
    }

    public Feed indicatorStatus(String indicatorId, String goalId, String planId, String unitId, String period,
            String status, BigDecimal value) {
        String id = UUID.nameUUIDFromBytes(("indicator-status:" + tenant + ":" + indicatorId + ":" + unitId + ":" + period)
                .getBytes()).toString();
        return event("styrkort.outcomes", "indicator-status", id, 0, "{'id':'$id','indicatorId':'" + indicatorId
                + "','goalId':'" + goalId + "','planId':'" + planId + "','orgUnitId':'" + unitId + "','period':'" + period
                + "','status':'" + status + "','reason':'MISSED','value':" + value + ",'women':6.9,'men':4.8,"
                + "'valueKind':'ACCUMULATED','target':{'year':2022,'kind':'AT_MOST','value':4.8,'lo':null,'hi':null,"
                + "'referencePeriod':null,'referenceValue':null,'benchmarkOrganization':null,'k':null,'wording':'Högst 4,8 %'},"
                + "'comparedWith':4.8,'tolerance':0.48}");
    }

    public Feed assessment(String id, String goalId, String planId, String unitId, String period, String analysis) {
        return event("styrkort.outcomes", "assessment", id, 0, "{'id':'$id','goalId':'" + goalId + "','indicatorId':null,"
                + "'planId':'" + planId + "','orgUnitId':'" + unitId + "','period':'" + period + "','computedStatus':'RED',"
                + "'assessedStatus':null,'justification':null,'analysis':'" + analysis + "','plannedActions':'Fler insatser',"
                + "'forecastValue':5.5,'forecastStatus':'RED'}");
    }

    public Feed measurement(String id, String indicatorId, String unitId, String period, String women, String men,
            String total) {
        return event("styrkort.outcomes", "measurement", id, 0, "{'id':'$id','indicatorId':'" + indicatorId
                + "','orgUnitId':'" + unitId + "','period':'" + period + "','valueKind':'ACCUMULATED','total':" + total
                + ",'women':" + women + ",'men':" + men + ",'sourceSystem':'Heroma','externalRowId':null}");
    }

    public Feed frame(String id, long version, String unitId, String personnel, String adjustments, String current) {
        return event("styrkort.budget", "budget-frame", id, version, "{'id':'$id','orgUnitId':'" + unitId + "','year':2022,"
                + "'kind':'BUDGET','lines':[{'category':'EXTERNAL_REVENUE','officials':120000.00,'electedMembers':0,'net':120000.00},"
                + "{'category':'PERSONNEL','officials':" + personnel + ",'electedMembers':0,'net':" + personnel + "}],"
                + "'adopted':{'officials':0,'electedMembers':0,'net':"
                + new BigDecimal(personnel).add(new BigDecimal("120000.00"))
                + "},'adjustments':{'officials':0,'electedMembers':0,'net':" + adjustments + "},"
                + "'current':{'officials':0,'electedMembers':0,'net':" + current + "}}");
    }

    public Feed actual(String id, String unitId, int month, String category, String amount) {
        return event("styrkort.budget", "actual", id, 0, "{'id':'$id','orgUnitId':'" + unitId + "','year':2022,'month':"
                + month + ",'category':'" + category + "','amount':" + amount + "}");
    }

    public Feed forecast(String id, String unitId, String category, String amount) {
        return event("styrkort.budget", "forecast", id, 0, "{'id':'$id','orgUnitId':'" + unitId + "','year':2022,"
                + "'category':'" + category + "','amount':" + amount + ",'runRate':null,'comment':'Helår'}");
    }

    public Feed investment(String id, String unitId, String object, String category) {
        return event("styrkort.budget", "investment", id, 0, "{'id':'$id','orgUnitId':'" + unitId + "','area':'Regionservice',"
                + "'object':'" + object + "','investmentType':'NEW','category':'" + category + "','amount':3491000.00,"
                + "'years':[2022],'decisionRef':'RS/85/2022','plannedTime':'2022','procurementContacted':true,'completed':false,"
                + "'followUps':[{'period':'2022-T1','outcomeToDate':0,'forecastYearEnd':3491000.00,'comment':'Planerad'},"
                + "{'period':'2022-08','outcomeToDate':1200000.00,'forecastYearEnd':3400000.00,'comment':'Projektering pågår'}]}");
    }

    /** An account structure: each entry a row's name, or "Sum=Part|Part" for a sum. */
    public Feed accountStructure(String id, String name, List<String> accounts) {
        StringBuilder json = new StringBuilder();
        for (String a : accounts) {
            String[] sum = a.split("=", 2);
            json.append(json.length() == 0 ? "" : ",").append("{'name':'").append(sum[0]).append("','sumOf':")
                    .append(sum.length == 1 ? "null" : "['" + String.join("','", sum[1].split("\\|")) + "']").append('}');
        }
        return event("styrkort.budget", "account-structure", id, 0, "{'id':'$id','name':'" + name + "','accounts':[" + json
                + "]}");
    }

    public Feed accountFigure(String id, String structureId, String unitId, String period, String valueKind,
            String account, String outcome, String budget, String previousYear) {
        return event("styrkort.budget", "account-figure", id, 0, "{'id':'$id','structureId':'" + structureId
                + "','orgUnitId':'" + unitId + "','period':'" + period + "','valueKind':'" + valueKind + "','account':'"
                + account + "','outcome':" + outcome + ",'budget':" + budget + ",'previousYear':" + previousYear + "}");
    }

    /** Sends everything added so far, in order, and waits for the broker's acknowledgement. */
    public void publish() {
        List<ProducerRecord<String, String>> records = List.copyOf(pending);
        pending.clear();
        TestKafka.companion().produceStrings().fromRecords(records).awaitCompletion(Duration.ofSeconds(30));
    }

    private static String q(String value) {
        return value == null ? "null" : "'" + value + "'";
    }
}
