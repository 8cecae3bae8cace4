package se.styrkort.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static se.styrkort.reporting.Api.as;
import static se.styrkort.reporting.Api.eventually;

import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import se.styrkort.reporting.Feed;

/**
 * The web app in a real browser (Debian's Chromium): login through the dev issuer's form with the
 * authorization code flow, plans → scorecard → goal → indicator, the live scorecard, a viewer, another
 * region's plan; axe-core on every page (no serious or critical violation).
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebBrowserTest {

    /**
     * Where the screenshots go: the build's own folder, so that a test run leaves the sources as they
     * were; {@code -Dstyrkort.screenshots=../docs/images} renews the README's pictures.
     */
    static final Path IMAGES = Path.of(System.getProperty("styrkort.screenshots", "target/screenshots"));

    @TestHTTPResource("/")
    URL base;

    static Playwright playwright;
    static Browser browser;
    static DemoPlan jh;
    static DemoPlan nb;

    @BeforeAll
    static void start() {
        Browsers.require();
        playwright = Browsers.playwright();
        browser = Browsers.chromium(playwright);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    void demoData() {
        if (jh != null) {
            return;
        }
        jh = new DemoPlan("region-jh", "Regionstyrelsens verksamhetsplan 2022").publish();
        nb = new DemoPlan("region-nb", "Hälso- och sjukvårdsnämndens plan 2022").publish();
        for (DemoPlan d : List.of(jh, nb)) {
            String user = d == jh ? "jh-viewer" : "nb-viewer";
            eventually(() -> as(user)
                    .get("/api/v1/reports/" + d.plan + "/2022-T2?format=json").then().statusCode(200)
                    .body("summary.counts.total", equalTo(56)).body("summary.counts.green", equalTo(14))
                    .body("economy.size()", equalTo(3)));
        }
    }

    Page login(BrowserContext context, String user) {
        Page page = context.newPage();
        page.navigate(base.toString());
        // The dev issuer's own login form: any name, the demo users get their region and role.
        page.waitForSelector("input[name=username]");
        page.fill("input[name=username]", user);
        page.click("input[type=submit]");
        page.waitForURL(base.toString() + "**");
        page.waitForSelector("h1");
        return page;
    }

    static void accessible(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
        List<Rule> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact())).toList();
        assertThat(serious).as("axe: serious or critical violations on " + page.url() + ": "
                + serious.stream().map(v -> v.getId() + " " + v.getNodes().stream().map(n -> n.getHtml()).toList()).toList())
                .isEmpty();
    }

    @Test
    @Order(1)
    void aPlannerLogsInAndFollowsThePlanDownToAnIndicator() {
        demoData();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1200, 900))) {
            Page page = login(context, "jh-planner");
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("sv");
            assertThat(page.locator("h1").textContent().replace('\u00a0', ' ')).isEqualTo("Planer");
            assertThat(page.locator("header").textContent().replace('\u00a0', ' ')).contains("Inloggad som jh-planner");
            accessible(page);

            page.fill("#q", "regionstyrelsens verksamhetsplan 2022");
            page.click("form[role=search] button");
            page.click("text=Regionstyrelsens verksamhetsplan 2022");
            page.waitForSelector("h1:has-text('Sammanställning av måluppfyllelse')");
            String whole = page.locator("#live-region .rollup").first().textContent().replace('\u00a0', ' ');
            assertThat(whole).contains("Samlad status:").contains("Gul").contains("56 mål");
            assertThat(cell(page, "GREEN")).isEqualTo("14");
            assertThat(cell(page, "NOT_MEASURABLE")).isEqualTo("13");
            assertThat(page.locator("#live-region .rollup").first().locator("tr[data-status=GREEN]").textContent()
                    .replace('\u00a0', ' '))
                    .contains("25,0 %");
            assertThat(page.locator("#live-region").textContent().replace('\u00a0', ' '))
                    .contains("Förändring sedan 2022 tertial 1");
            accessible(page);
            page.screenshot(new Page.ScreenshotOptions().setPath(IMAGES.resolve("scorecard.png")).setFullPage(false));

            page.locator("details").first().locator("summary").click();
            page.click("text=Sjukfrånvaron ska minska");
            page.waitForSelector("h1:has-text('Sjukfrånvaron ska minska')");
            assertThat(page.locator("main").textContent().replace('\u00a0', ' '))
                    .contains("4,5 % mot målet högst 4,8 %: uppfyllt")
                    .contains("Sjukfrånvaron har minskat under våren");
            accessible(page);

            page.click("a:has-text('Sjukfrånvaro')");
            page.waitForSelector("svg.chart");
            String text = page.locator("main").textContent().replace('\u00a0', ' ');
            assertThat(text).contains("Utfall per period").contains("2022 tertial 2 (delår)").contains("Heroma")
                    .contains("6,9 %").contains("4,8 %");
            accessible(page);
            page.screenshot(new Page.ScreenshotOptions().setPath(IMAGES.resolve("indicator.png")).setFullPage(true));
        }
    }

    private static String cell(Page page, String status) {
        return page.locator("#live-region .rollup").first().locator("tr[data-status=" + status + "] td").first()
                .textContent().replace('\u00a0', ' ').strip();
    }

    @Test
    @Order(2)
    void theOpenScorecardChangesWhenTheRollupChanges() {
        demoData();
        try (BrowserContext context = browser.newContext()) {
            Page page = login(context, "jh-viewer");
            page.navigate(base + "planer/" + jh.plan + "?period=2022-T2");
            assertThat(cell(page, "GREEN")).isEqualTo("14");
            page.evaluate("window.__notReloaded = true");
            // The goal's first status for 2022-T2 arrives as outcomes-service publishes it.
            new Feed("region-jh").goalStatus(jh.unmeasuredGoal(), 0, jh.plan, jh.unit, "2022-T2", "GREEN", null).publish();
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(cell(page, "GREEN")).isEqualTo("15"));
            assertThat(cell(page, "NOT_MEASURABLE")).isEqualTo("12");
            assertThat(page.evaluate("window.__notReloaded")).isEqualTo(true);
            assertThat(page.locator(".live-note").textContent().replace('\u00a0', ' ')).contains("Uppdaterad");
        }
    }

    @Test
    @Order(3)
    void anotherRegionsPlanIsNotFound() {
        demoData();
        try (BrowserContext context = browser.newContext()) {
            Page page = login(context, "jh-viewer");
            var response = page.navigate(base + "planer/" + nb.plan);
            assertThat(response.status()).isEqualTo(404);
            assertThat(page.locator("h1").textContent().replace('\u00a0', ' ')).isEqualTo("Sidan finns inte");
            assertThat(page.content()).doesNotContain(nb.name);
            accessible(page);
            assertThat(page.navigate(base + "planer/" + nb.plan + "/mal/" + nb.goals.get(0)).status()).isEqualTo(404);
            assertThat(page.navigate(base + "planer/" + jh.plan + "/matetal/" + nb.indicators.get(0)).status()).isEqualTo(404);
            assertThat(page.navigate(base + "planer/inte-ett-id").status()).isEqualTo(404);
        }
    }

    @Test
    @Order(4)
    void theOtherPagesAreAccessible() {
        demoData();
        try (BrowserContext context = browser.newContext()) {
            Page page = login(context, "jh-economist");
            for (String path : List.of("saknade?period=2022-T2", "ekonomi?period=2022-T2", "rapport?period=2022-T2")) {
                var response = page.navigate(base + "planer/" + jh.plan + "/" + path);
                assertThat(response.status()).as(path).isEqualTo(200);
                accessible(page);
            }
            page.navigate(base + "planer/" + jh.plan + "/rapport?period=2022-T2");
            assertThat(page.locator("h1").textContent()).contains("Uppföljning 2022 tertial 2 (delår)");
            assertThat(page.locator("main").textContent()).contains("Sammanfattning: måluppfyllelse")
                    .contains("Strategi för vård och hälsa").contains("Ny telefonilösning");
            page.navigate(base + "planer/" + jh.plan + "/saknade?period=2022-T2");
            assertThat(page.locator("main").textContent().replace('\u00a0', ' '))
                    .contains("13 av 56 mätetal saknar utfall för perioden");
            page.navigate(base + "planer/" + jh.plan + "/ekonomi?period=2022-T2");
            assertThat(page.locator("main").textContent().replace('\u00a0', ' ')).contains("Personalkostnader")
                    .contains("Ny telefonilösning")
                    .contains("-0,2 mnkr");
            // Logging out ends the session here and at the issuer.
            page.click("button:has-text('Logga ut')");
            page.waitForSelector("h1:has-text('Du är utloggad')");
            accessible(page);
            page.navigate(base + "planer/" + jh.plan);
            assertThat(page.url()).doesNotStartWith(base.toString());
            assertThat(page.locator("input[name=username]").count()).isEqualTo(1);
        }
    }

    /**
     * Every page with its assets under 300 KB, and the time each page takes on the demo-sized plan:
     * 20 requests each over loopback with the session cookie, printed (not asserted: the machine is shared).
     */
    @Test
    @Order(5)
    void pageWeightAndServerTime() {
        demoData();
        try (BrowserContext context = browser.newContext()) {
            Page page = login(context, "jh-reporter");
            String plan = "planer/" + jh.plan;
            List<String> paths = List.of("", plan + "?period=2022-T2", plan + "/mal/" + jh.goals.get(0) + "?period=2022-T2",
                    plan + "/matetal/" + jh.indicators.get(0) + "?period=2022-T2", plan + "/saknade?period=2022-T2",
                    plan + "/ekonomi?period=2022-T2", plan + "/rapport?period=2022-T2",
                    plan + "/matetal/" + jh.indicators.get(0) + "/utfall?period=2022-T2",
                    plan + "/mal/" + jh.goals.get(0) + "/bedomning?period=2022-T2");
            long assets = context.request().get(base + "static/styrkort.css").body().length
                    + context.request().get(base + "static/styrkort.js").body().length;
            StringBuilder report = new StringBuilder("\nWeb pages on the demo-sized plan (56 goals), 20 requests each:\n");
            for (String path : paths) {
                var first = context.request().get(base + path);
                assertThat(first.status()).as(path).isEqualTo(200);
                long bytes = first.body().length + assets;
                assertThat(bytes).as("page and assets of /" + path).isLessThan(300 * 1024);
                long[] millis = new long[20];
                for (int i = 0; i < millis.length; i++) {
                    long start = System.nanoTime();
                    assertThat(context.request().get(base + path).status()).isEqualTo(200);
                    millis[i] = (System.nanoTime() - start) / 1_000_000;
                }
                java.util.Arrays.sort(millis);
                report.append(String.format("  %-60s %6.1f KB  p50 %4d ms  p95 %4d ms%n", "/" + path.replaceAll(
                        "[0-9a-f]{8}-[0-9a-f-]{27}", "{id}"), bytes / 1024.0, millis[9], millis[18]));
            }
            System.out.println(report);
        }
    }

    @Test
    @Order(6)
    void aFieldErrorOnBadInputIsShownAtItsField() {
        demoData();
        try (BrowserContext context = browser.newContext()) {
            Page page = login(context, "jh-reporter");
            page.navigate(base + "planer/" + jh.plan + "/mal/" + jh.goals.get(0) + "?period=2022-T2");
            page.click("a:has-text('Registrera utfall')");
            page.waitForSelector("h1:has-text('Registrera utfall')");
            accessible(page);
            page.fill("#total", "fyra och en halv");
            var response = page.waitForNavigation(() -> page.click("button:has-text('Spara utfallet')"));
            assertThat(response.status()).isEqualTo(400);
            assertThat(page.title()).startsWith("Fel:");
            assertThat(page.locator(".error-summary").textContent()).contains("Det finns ett problem")
                    .contains("Utfall totalt måste vara ett tal, till exempel 4,5");
            assertThat(page.locator(".error-summary a").getAttribute("href")).isEqualTo("#total");
            assertThat(page.locator("#total-error").textContent()).contains("måste vara ett tal");
            assertThat(page.inputValue("#total")).isEqualTo("fyra och en halv");
            accessible(page);
            // A form without its CSRF token (as another site would post it) is refused before anything is read.
            var forged = context.request().post(base + "planer/" + jh.plan + "/matetal/" + jh.indicators.get(0) + "/utfall",
                    com.microsoft.playwright.options.RequestOptions.create().setForm(com.microsoft.playwright.options.FormData
                            .create().set("period", "2022-T2").set("total", "1,0")));
            assertThat(forged.status()).isEqualTo(403);
            assertThat(forged.text()).contains("Formuläret kunde inte tas emot");
        }
    }

    @Test
    @Order(7)
    void aViewerSeesNoEditControlsAndAForgedPostIsForbidden() {
        demoData();
        try (BrowserContext context = browser.newContext()) {
            Page page = login(context, "jh-viewer");
            page.navigate(base + "planer/" + jh.plan + "/mal/" + jh.goals.get(0) + "?period=2022-T2");
            assertThat(page.locator("a:has-text('Registrera utfall')").count()).isZero();
            assertThat(page.locator("a:has-text('Gör bedömning')").count()).isZero();
            assertThat(page.navigate(base + "planer/" + jh.plan + "/matetal/" + jh.indicators.get(0) + "/utfall").status())
                    .isEqualTo(403);
            // Even a form that passes the CSRF check (its token equals its cookie) is refused to a viewer.
            String csrf = "A".repeat(43);
            context.addCookies(
                    List.of(new com.microsoft.playwright.options.Cookie("csrf-token", csrf).setUrl(base.toString())));
            var forged = context.request().post(base + "planer/" + jh.plan + "/matetal/" + jh.indicators.get(0) + "/utfall",
                    com.microsoft.playwright.options.RequestOptions.create().setForm(com.microsoft.playwright.options.FormData
                            .create().set("csrf-token", csrf).set("period", "2022-T2").set("total", "1,0")));
            assertThat(forged.status()).isEqualTo(403);
            var assessment = context.request().post(base + "planer/" + jh.plan + "/mal/" + jh.goals.get(0) + "/bedomning",
                    com.microsoft.playwright.options.RequestOptions.create().setForm(com.microsoft.playwright.options.FormData
                            .create().set("csrf-token", csrf).set("period", "2022-T2").set("analysis", "Inte min")));
            assertThat(assessment.status()).isEqualTo(403);
        }
    }

    @Test
    @Order(8)
    void aReporterRecordsAnOutcomeAndTheOpenScorecardChanges() throws Exception {
        demoData();
        if (!OutcomesService.built()) {
            String message = "outcomes-service is not built (" + OutcomesService.APP
                    + "): build it first, as ./mvnw verify does";
            if (System.getenv("CI") != null && !"false".equals(System.getenv("CI"))) {
                throw new IllegalStateException(message);
            }
            org.junit.jupiter.api.Assumptions.abort(message);
        }
        try (OutcomesService outcomes = OutcomesService.start(); BrowserContext context = browser.newContext()) {
            Page scorecard = login(context, "jh-reporter");
            scorecard.navigate(base + "planer/" + jh.plan + "?period=2022-T2");
            int green = Integer.parseInt(cell(scorecard, "GREEN"));
            scorecard.evaluate("window.__notReloaded = true");
            // Goal 49 has no outcome for 2022-T2; 4,2 % against "högst 4,8 %" makes it green.
            String indicator = jh.indicators.get(48);
            Page form = context.newPage();
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                form.navigate(base + "planer/" + jh.plan + "/matetal/" + indicator + "/utfall?period=2022-T2");
                form.fill("#total", "4,2");
                form.waitForNavigation(() -> form.click("button:has-text('Spara utfallet')"));
                // Until outcomes-service has read the plan from the broker it does not know the indicator.
                assertThat(form.url()).contains("sparat=utfall");
            });
            assertThat(form.locator(".notice").textContent()).contains("Utfallet är sparat");
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(cell(scorecard, "GREEN"))
                    .isEqualTo(Integer.toString(green + 1)));
            assertThat(scorecard.evaluate("window.__notReloaded")).isEqualTo(true);
            form.navigate(base + "planer/" + jh.plan + "/matetal/" + indicator + "?period=2022-T2");
            assertThat(form.locator("main").textContent().replace('\u00a0', ' '))
                    .contains("4,2 % mot målet högst 4,8 %: uppfyllt")
                    .contains("Styrkort");

            // outcomes-service's own rule: an indicator followed up as an activity takes no number. Its
            // problem+json violation is shown at the field it concerns.
            String activity = Feed.id();
            new Feed("region-jh").event("styrkort.goals", "indicator", activity, 0, "{'id':'$id','goalId':'" + jh.goals.get(1)
                    + "','name':'Handlingsplan','unitOfMeasure':null,'direction':null,'followUpFrequency':null,'source':null,"
                    + "'genderSplit':false,'tolerance':null,'subIndicatorIds':[],'externalCodes':{},'targets':[{'year':2022,"
                    + "'kind':'ACTIVITY','value':null,'lo':null,'hi':null,'referencePeriod':null,'referenceValue':null,"
                    + "'benchmarkOrganization':null,'k':null,'wording':'Genomförd aktivitet'}],'baselines':[]}").publish();
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                var opened = form.navigate(base + "planer/" + jh.plan + "/matetal/" + activity + "/utfall?period=2022-T2");
                assertThat(opened.status()).isEqualTo(200);
                form.fill("#total", "1");
                var answer = form.waitForNavigation(() -> form.click("button:has-text('Spara utfallet')"));
                assertThat(answer.status()).isEqualTo(400);
                // Until outcomes-service has read the new indicator, it answers "no such indicator" at the top.
                assertThat(form.locator("#total-error").count()).isEqualTo(1);
                assertThat(form.locator("#total-error").textContent()).contains("Utfallstjänsten")
                        .contains("followed up as an activity");
            });
            assertThat(form.locator(".error-summary a[href='#total']").count()).isEqualTo(1);
            accessible(form);
        }
    }
}
