package se.styrkort.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import se.styrkort.reporting.DevIssuer;
import se.styrkort.reporting.Feed;
import se.styrkort.reporting.PlanOutline;

/**
 * "Skicka påminnelse" on the missing-reports page, without a browser: a person logs in through the dev
 * issuer's form with the authorization code flow (an HTTP client keeping the cookies), and the mock
 * mailer's mailbox holds what was sent.
 */
@QuarkusTest
class ReminderTest {

    static final String TO = "controller@styrkort.localhost";
    static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @TestHTTPResource("/")
    URL base;

    @Inject
    MockMailbox mailbox;

    @Test
    void aPlannerSendsOneReminderPerOwnerUnitAndAViewerMayNot() throws Exception {
        Assumptions.assumeTrue(DevIssuer.url() != null, "the dev issuer is not built: no web login");
        // The plan is the surgery's; one of its goals is the psychiatry's.
        PlanOutline outline = PlanOutline.fresh();
        String plan = outline.plan();
        String psychiatry = Feed.id();
        String waiting = Feed.id();
        String sickLeave = Feed.id();
        String visits = Feed.id();
        String reported = Feed.id();
        Feed f = new Feed("region-jh");
        outline.addTo(f, "Kirurgkliniken", "Påminnelseplanen 2022", "Strategi för vård och hälsa", "God och nära vård")
                .orgUnit(psychiatry, "Psykiatrikliniken", null);
        String g1 = Feed.id();
        String g2 = Feed.id();
        outline.goal(f, g1, 0, "Kortare väntetider").goal(g2, 0, plan, psychiatry, outline.overallGoal(),
                "Friskare medarbetare");
        f.indicator(waiting, g1, "Väntetid till operation", false).indicator(reported, g1, "Strykningar", false)
                .indicator(sickLeave, g2, "Sjukfrånvaro", true).indicator(visits, g2, "Återbesök", false);
        f.measurement(Feed.id(), reported, outline.unit(), "2022-T2", "1.0", "1.0", "2.0");
        f.publish();

        String page = "planer/" + plan + "/saknade?period=2022-T2";
        Session planner = new Session("jh-planner");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            String html = planner.get(page).body();
            assertThat(html).contains("Väntetid till operation").contains("Återbesök");
        });
        HttpResponse<String> missing = planner.get(page);
        assertThat(missing.body()).contains("Skicka påminnelse");
        Matcher token = CSRF.matcher(missing.body());
        assertThat(token.find()).isTrue();

        mailbox.clear();
        assertThat(planner.post("planer/" + plan + "/saknade/paminnelse", "period=2022-T2").statusCode())
                .as("no CSRF token").isEqualTo(403);
        assertThat(mailbox.getTotalMessagesSent()).isZero();

        HttpResponse<String> sent = planner.post("planer/" + plan + "/saknade/paminnelse",
                "csrf-token=" + token.group(1) + "&period=2022-T2");
        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(sent.body()).contains("Påminnelse skickad till 2 enheter.");

        List<Mail> mails = mailbox.getMailsSentTo(TO);
        assertThat(mails).hasSize(2);
        Mail toSurgery = mails.stream().filter(m -> m.getSubject().contains("Kirurgkliniken")).findFirst().orElseThrow();
        Mail toPsychiatry = mails.stream().filter(m -> m.getSubject().contains("Psykiatrikliniken")).findFirst()
                .orElseThrow();
        assertThat(toSurgery.getSubject()).isEqualTo("Påminnelse: Kirurgkliniken saknar utfall för 2022 tertial 2 (delår)");
        assertThat(toSurgery.getText()).contains("Väntetid till operation (mål: Kortare väntetider)")
                .contains("Påminnelseplanen 2022").doesNotContain("Strykningar").doesNotContain("Sjukfrånvaro");
        assertThat(toPsychiatry.getText()).contains("Sjukfrånvaro").contains("Återbesök")
                .doesNotContain("Väntetid till operation");

        mailbox.clear();
        Session viewer = new Session("jh-viewer");
        String viewed = viewer.get(page).body();
        assertThat(viewed).contains("Väntetid till operation").doesNotContain("Skicka påminnelse");
        String forged = "A".repeat(43);
        viewer.cookies.getCookieStore().add(URI.create(base.toString()), cookie(forged));
        assertThat(viewer.post("planer/" + plan + "/saknade/paminnelse", "csrf-token=" + forged + "&period=2022-T2")
                .statusCode()).isEqualTo(403);
        assertThat(mailbox.getTotalMessagesSent()).isZero();
    }

    static HttpCookie cookie(String value) {
        HttpCookie cookie = new HttpCookie("csrf-token", value);
        cookie.setPath("/");
        cookie.setVersion(0);
        return cookie;
    }

    /** A person logged in with the authorization code flow: the session and CSRF cookies kept as a browser does. */
    class Session {

        final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(5)).build();

        Session(String user) throws IOException, InterruptedException {
            HttpResponse<String> login = get("");
            assertThat(login.uri().toString()).startsWith(DevIssuer.url());
            // The dev issuer's login form posts back to its own address; it answers with the code for the app.
            HttpResponse<String> start = http.send(HttpRequest.newBuilder(login.uri())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(start.statusCode()).isEqualTo(200);
            assertThat(start.body()).contains(user);
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
