package se.styrkort.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The README walkthrough, call by call, on the stack with the demo data: a token, the board's plans,
 * the roll-up per strategy of the interim report 2022-T2, a small CSV of outcomes pushed as the feed
 * client, the roll-up changing, the report as HTML, and {@code styrkort.reporting} read with Kafka's
 * console consumer.
 */
@ExtendWith(StackExtension.class)
class WalkthroughTest {

    @Test
    void theReadmeWalkthrough(Api api, LocalStack stack) {
        // The board's plans; the interim report 2022 follows up its plan for 2022.
        JsonNode plans = api.get("jh-viewer", "goals", "/api/v1/plans?q=" + encode("Regionstyrelsens verksamhetsplan")).json();
        assertThat(plans.path("items").findValuesAsText("name"))
                .contains("Regionstyrelsens verksamhetsplan 2020", "Regionstyrelsens verksamhetsplan 2022");
        String plan = idOf(plans, "Regionstyrelsens verksamhetsplan 2022");

        // Its roll-up per strategy for 2022-T2: the report's 56 goals, in four strategies.
        String rollups = "/api/v1/rollups?planId=" + plan + "&period=2022-T2&level=strategy";
        Api.Response before = api.await(Duration.ofSeconds(120), r -> r.status() == 200 && goals(r) == 56,
                "jh-viewer", "reporting", rollups);
        assertThat(goals(before)).as(before.toString()).isEqualTo(56);
        assertThat(before.json().path("items").findValuesAsText("keyName")).contains("Strategi för vård");
        Api.Response wholePlan = api.get("jh-viewer", "reporting",
                "/api/v1/rollups?planId=" + plan + "&period=2022-T2&level=plan");
        JsonNode percent = wholePlan.json().path("items").path(0).path("wholePercent");
        assertThat(percent.path("green").asInt() + percent.path("yellow").asInt() + percent.path("red").asInt()
                + percent.path("notMeasurable").asInt()).as(wholePlan.toString()).isEqualTo(100);

        // The feed client pushes the sick leave of 2022-T2 as 4,5 % against "4,8 %" (at most): green.
        String indicator = idOf(api.get("jh-viewer", "goals", "/api/v1/indicators?planId=" + plan + "&q="
                + encode("Sjukfrånvaron")).json(), null);
        String board = idOf(api.get("jh-viewer", "goals", "/api/v1/org-units?q=Regionstyrelsen").json(), "Regionstyrelsen");
        String csv = "indicatorId;orgUnitId;period;valueKind;total\n" + indicator + ";" + board + ";2022-T2;ACCUMULATED;4,5\n";
        Api.Response imported = api.post("jh-feed", "outcomes", "/api/v1/imports", csv, "text/csv");
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().path("rejected").asInt()).as(imported.toString()).isZero();

        // The roll-up changes: the indicator's status is green and the plan's green count follows.
        Api.Response status = api.await(Duration.ofSeconds(120),
                r -> r.body().contains("\"GREEN\""), "jh-viewer", "outcomes",
                "/api/v1/statuses?indicatorId=" + indicator + "&period=2022-T2");
        assertThat(status.body()).as(status.toString()).contains("\"GREEN\"");
        Api.Response drill = api.await(Duration.ofSeconds(120), r -> r.body().contains("4.5"), "jh-viewer", "reporting",
                "/api/v1/rollups/goals?planId=" + plan + "&period=2022-T2&size=100");
        assertThat(drill.body()).as(drill.toString()).contains("Sjukfrånvaron");

        // The report as a printable page, and one of its tables as CSV.
        Api.Response html = api.get("jh-viewer", "reporting", "/api/v1/reports/" + plan + "/2022-T2?format=html", "text/html");
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(html.body()).contains("Strategi för vård", "Sjukfrånvaron");
        Api.Response csvTable = api.get("jh-viewer", "reporting", "/api/v1/reports/" + plan + "/2022-T2?format=csv&table=goals",
                "text/csv");
        assertThat(csvTable.status()).isEqualTo(200);
        assertThat(csvTable.body().lines().count()).isGreaterThan(56);

        // Roll-up changes on styrkort.reporting, read with the console consumer of the Kafka artifacts.
        String consumed = stack.output(List.of("java", "-cp", stack.root.resolve("deploy/infra/target/lib") + "/*",
                "org.apache.kafka.tools.consumer.ConsoleConsumer", "--bootstrap-server", stack.kafka(),
                "--topic", "styrkort.reporting", "--from-beginning", "--max-messages", "1",
                "--property", "print.headers=true", "--timeout-ms", "30000"), Duration.ofSeconds(60));
        assertThat(consumed).contains("ce_type:se.styrkort.rollup.changed.v1", "\"overallStatus\"");
    }

    private static int goals(Api.Response r) {
        if (r.status() != 200) {
            return -1;
        }
        return r.json().path("items").findValues("counts").stream().mapToInt(c -> c.path("total").asInt()).sum();
    }

    /** The id of the item with that name (or of the first item when {@code name} is null). */
    private static String idOf(JsonNode page, String name) {
        for (JsonNode item : page.path("items")) {
            if (name == null || name.equals(item.path("name").asText())) {
                return item.path("id").asText();
            }
        }
        throw new AssertionError("no " + (name == null ? "item" : name) + " in " + page);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
