package se.styrkort.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The interim report 2022-T2 of the board's plan on the stack with the demo data, against the seed
 * (002_…): its revenue and cost table ("Intäkter och kostnader", tkr) line by line and cell by cell,
 * the sums and differences computed by the system, and its investment table object by object with
 * the sums per table. The investments' numbers are the seed's, typed here from its text.
 */
@ExtendWith(StackExtension.class)
class SeedReportTest {

    /**
     * Row; ack utfall; ack budget; diff utfall − budget; ack utfall fg år; diff utfall − fg år: the
     * seed's table as printed, from the demo data the stack loads, where it stands beside the figures
     * recorded for each row.
     */
    static List<String> revenuesAndCosts() throws IOException {
        Path file = Path.of(System.getProperty("styrkort.root", "../.."))
                .resolve("deploy/local/demo/data/region-jh/002-intakter-kostnader.csv");
        return Files.readAllLines(file).stream().filter(l -> !l.startsWith("#")).skip(1)
                .map(l -> String.join(";", Arrays.asList(l.split(";", -1)).subList(2, 8))).toList();
    }

    /**
     * Table; object; budget 2022; utfall jan–aug (an empty cell of the seed is 0 spent); prognos
     * 31/12 (empty where the seed gives none).
     */
    static final String INVESTMENTS = """
            EMERGENCY;Syrgastank;3491;0;3491
            EMERGENCY;HMC Buss;670;0;670
            EMERGENCY;Fordon pga Covid, RS85/2022;610;0;0
            GRANTED;IT infrastruktur för server,nät,datalagring;9600;7979;
            GRANTED;Utökad datorkraft i serverfarm + Utökning trådbundet och trådlöst nätverk;3630;3296;
            GRANTED;Anpassningar av infrastrukturen för att motsvara säkerhetsskyddslagstiftning;4000;0;
            GRANTED;Patientsignalsystem;5573;1132;4000
            GRANTED;Tung Lastbil, lastvikt 2000 kg;680;0;0
            GRANTED;Kopiator, tryckeriet;300;0;0
            GRANTED;Scanner, Registerservice;350;0;0
            GRANTED;Elfordon, hantering medicinsk gasflaskor;150;150;0
            GRANTED;Ambuss;5500;318;5200
            GRANTED;Konventering köldmedium;100;0;0
            GRANTED;Reservkraft Göviken;500;0;0
            GRANTED;Brandlarm;300;0;300
            GRANTED;Nödbelysning och hänvisn skyltning;300;0;300
            GRANTED;Uppgradering av styr o övervakn;250;0;0
            GRANTED;Dörrpartier i Höghuset sjh;5000;0;0
            GRANTED;Energisparåtgärder;2000;0;2000
            GRANTED;Tillgänglighetsarbeten;200;0;0
            GRANTED;Bäckedals folkhögskola;2000;1082;300
            GRANTED;Lustgas - destruktion;2000;0;0
            GRANTED;Fastighetsdokumentation;500;131;0
            GRANTED;Byte av takbeläggning på sjukhuset;1500;505;1000
            GRANTED;Remonthagen;500;60;0
            GRANTED;Kronofogden;400;94;0
            GRANTED;Asbest;1000;0;500
            GRANTED;Birka Ventilation;650;0;0
            GRANTED;Birka Köksrenovering;1400;249;0
            GRANTED;Dexa bentäthetsmätning;1000;0;1000
            GRANTED;Nödvattenlösning;5000;0;5000
            GRANTED;Ny HC Funäsdalen, projektering;2000;0;0
            GRANTED;Kv Myggan, Utredning;4000;577;3000
            GRANTED;Perioperativ avdelning;9000;543;2000
            GRANTED;Byggmodul röntgen Funäsdalen;3100;57;0
            GRANTED;Hammerdal, fastighetsåtg etabl DSK;700;245;0
            GRANTED;Mindre lokalanpassn o utredningar;3000;0;0
            CARRIED_OVER;Patientsignalsystem;4697;486;4211
            CARRIED_OVER;Medicinska gaser;1250;0;1250
            CARRIED_OVER;Nätverkskomponenter;7730;0;
            CARRIED_OVER;Förbättrad täckning av trådlös datakommunikation inom sjukhuset.;1050;0;
            CARRIED_OVER;Med gashantering, MICA lokal Miljöstn;4000;0;4000
            CARRIED_OVER;MICA lokal, personalrum Miljöstn Sjh;1816;144;1500
            CARRIED_OVER;Ambulansverksamhet Hede;1000;0;0
            CARRIED_OVER;Helikopterverksamheten;312;70;0
            CARRIED_OVER;Återställn Rivn Ga BUPhuset;1224;22;0
            CARRIED_OVER;Laddstolpar för elbilar;653;147;500
            CARRIED_OVER;Ögonmottagningen;1461;0;0
            CARRIED_OVER;Förstudie Omb Lab, KEMLAB;441;47;
            CARRIED_OVER;Specialisttandvården;1542;969;600
            CARRIED_OVER;Läkemedelsrum;37;17;0
            CARRIED_OVER;Konventering köldmedium;25;193;0
            CARRIED_OVER;Nytt manöversystem ställv A;128;65;60
            CARRIED_OVER;Energiförsörjning Värme Kyla;8311;0;8311
            CARRIED_OVER;Entrekarusell Huvudentre Sjh;160;0;0
            CARRIED_OVER;Brandlarm;300;0;0
            CARRIED_OVER;Magnetkortläsare;344;59;0
            CARRIED_OVER;Nödbelysning och hänvisn skyltning;600;0;600
            CARRIED_OVER;Uppgradering av styr o övervakn;336;351;0
            CARRIED_OVER;Dörrpartier i Höghuset sjh;1229;3300;0
            CARRIED_OVER;Energisparåtgärder;2213;280;2000
            CARRIED_OVER;Tillgänglighetsarbeten;174;100;0
            CARRIED_OVER;Hissombyggnation sjukhuset;2000;18;1800
            CARRIED_OVER;Birka folkhögskola;5000;0;5000
            CARRIED_OVER;Birka folkhögskola, rektorsbostad;600;0;0
            CARRIED_OVER;Lustgas - destruktion;2000;20;0
            CARRIED_OVER;Gashantering;625;31;500
            OUTSIDE_FRAME;Dell infrastruktur Åre;0;2158;
            """;

    @Test
    void theBoardsInterimReportHasTheSeedsEconomyAndInvestments(Api api) throws IOException {
        JsonNode plans = api.get("jh-viewer", "goals", "/api/v1/plans?q="
                + URLEncoder.encode("Regionstyrelsens verksamhetsplan 2022", StandardCharsets.UTF_8)).json();
        String plan = plans.path("items").path(0).path("id").asText();
        String path = "/api/v1/reports/" + plan + "/2022-T2?format=json";
        Api.Response report = api.await(Duration.ofSeconds(180),
                r -> r.status() == 200 && r.json().path("revenuesAndCosts").size() >= 19
                        && r.json().path("investments").size() >= 68,
                "jh-viewer", "reporting", path);

        List<String> economy = new ArrayList<>();
        for (JsonNode line : report.json().path("revenuesAndCosts")) {
            if (line.path("orgUnitName").asText().equals("Regionstyrelsen")) {
                economy.add(line.path("account").asText() + ";" + tkr(line, "outcome") + ";" + tkr(line, "budget") + ";"
                        + tkr(line, "outcomeMinusBudget") + ";" + tkr(line, "previousYear") + ";"
                        + tkr(line, "outcomeMinusPreviousYear"));
            }
        }
        assertThat(economy).as(report.toString()).containsExactlyElementsOf(revenuesAndCosts());

        List<String> investments = new ArrayList<>();
        for (JsonNode i : report.json().path("investments")) {
            investments.add(i.path("category").asText() + ";" + i.path("object").asText() + ";" + tkr(i, "amount") + ";"
                    + tkr(i, "outcomeToDate") + ";" + tkr(i, "forecastYearEnd"));
        }
        assertThat(investments).containsExactlyInAnyOrderElementsOf(INVESTMENTS.strip().lines().map(String::strip).toList());
        // The seed's sums per table: utfall jan–aug and budget 2022 (the emergency pot's "0,0 4 771,0").
        List<String> totals = new ArrayList<>();
        for (JsonNode t : report.json().path("investmentTotals")) {
            totals.add(t.path("category").asText() + ";" + t.path("count").asInt() + ";" + tkr(t, "outcomeToDate") + ";"
                    + tkr(t, "amount"));
        }
        assertThat(totals).containsExactlyInAnyOrder("EMERGENCY;3;0;4771", "GRANTED;34;16418;76183",
                "CARRIED_OVER;30;6319;51258", "OUTSIDE_FRAME;1;2158;0");

        // The same table as CSV, and on the printable page in whole tkr.
        Api.Response csv = api.get("jh-viewer", "reporting", "/api/v1/reports/" + plan + "/2022-T2?format=csv&table=economy",
                "text/csv");
        assertThat(csv.body().lines().filter(l -> l.contains(",Regionstyrelsen,")).count()).as(csv.toString())
                .isEqualTo(19);
        Api.Response html = api.get("jh-viewer", "reporting", "/api/v1/reports/" + plan + "/2022-T2?format=html",
                "text/html");
        assertThat(html.body()).contains("<td class=\"num\">-925064</td><td class=\"num\">-1021506</td>"
                + "<td class=\"num\">96442</td><td class=\"num\">-1014109</td><td class=\"num\">89045</td>");
    }

    /** An amount in SEK as whole tkr, half up, as the report prints it; empty when there is none. */
    private static String tkr(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isNumber() ? v.decimalValue().divide(BigDecimal.valueOf(1000), 0, RoundingMode.HALF_UP).toPlainString()
                : "";
    }
}
