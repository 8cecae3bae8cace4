package se.styrkort.reporting.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium, driven by Playwright without a browser download of its own. Where Chromium is
 * missing the browser tests are skipped with a message, except in CI, where they must run
 * (.ci/run installs it).
 */
final class Browsers {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("STYRKORT_CHROMIUM", "/usr/bin/chromium"));

    private Browsers() {
    }

    static void require() {
        if (!Files.isExecutable(CHROMIUM)) {
            String message = "Chromium is not installed at " + CHROMIUM
                    + ": the browser tests need it (apt-get install chromium, or deploy/ci/tools)";
            if (System.getenv("CI") != null && !System.getenv("CI").isBlank() && !"false".equals(System.getenv("CI"))) {
                throw new IllegalStateException(message);
            }
            Assumptions.abort(message);
        }
        if (!org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("quarkus.oidc.web.tenant-enabled", Boolean.class).orElse(true)) {
            throw new IllegalStateException(
                    "The dev issuer is not running: build deploy/local/dev-issuer (./mvnw -pl reporting-service -am)");
        }
    }

    static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    static Browser chromium(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage")));
    }
}
