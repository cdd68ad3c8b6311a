package nl.kenniskompas.infra;

import nl.kenniskompas.infra.testing.Chromium;
import nl.kenniskompas.infra.testing.RunningPlatform;
import nl.kenniskompas.infra.testing.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A professional fills in her profile, chooses on a Kopkraker and keeps the stemoverzicht open while nine colleagues
 * of her organisation vote through the API: the open page shows their votes without a reload, and what would give a
 * colleague's vote away stays hidden, in words.
 * <p>
 * Case {@value #CASE} is this test's alone (the other tests vote on Jeanne), so its counts are exact. The numbers
 * hold for any minimum group size from 1 to 5: with one vote, A 1 and B 0 is never shown (a 0 next to a count gives
 * the vote away); with ten, A 5 and B 5 always is; her function group (only her vote) never is.
 */
@ExtendWith(RunningPlatform.Extension.class)
class LiveStemoverzichtInBrowserIT {

    private static final String CASE = "frank";
    private static final String VOTER = TestUsers.BROWSER_VOTER;
    private static final String TENANT = "gemeente-amsterdam";
    private static final String SUPPRESSED = "niet getoond, zodat niemand een stem van een collega kan afleiden";
    /** Set on the page before the others vote; a reload would lose it. */
    private static final String MARKER = "kkLiveStemoverzichtMarker";

    private static RunningPlatform platform;
    private static Chromium browser;

    @BeforeAll
    static void start(RunningPlatform running) {
        platform = running;
        browser = Chromium.start(Path.of("target/screenshots/live-stemoverzicht"));
    }

    @AfterAll
    static void stop() {
        try {
            if (platform != null) {
                // Back to "zeg ik liever niet", as the other tests expect of this demo user.
                platform.api().putJson("/api/v1/profiel", platform.demoLogin().tokenFor(VOTER),
                        "{\"function\":null,\"yearsInField\":null}");
            }
        } finally {
            if (browser != null) {
                browser.close();
            }
        }
    }

    @Test
    void theOpenStemoverzichtShowsColleaguesVotesLiveAndHidesWhatWouldGiveAVoteAway() {
        signIn();

        browser.click("mijn-profiel");
        new Select(browser.testId("profiel-functie")).selectByValue("jobcoach");
        new Select(browser.testId("profiel-jaren")).selectByValue("5-10");
        assertThat(browser.testId("profiel-uitleg").getText()).contains("alleen voor percentages per groep");
        browser.click("profiel-opslaan");
        browser.testId("profiel-opgeslagen");
        browser.screenshot("profiel-opgeslagen");
        assertThat(browser.seriousAccessibilityViolations()).as("axe-core on Mijn profiel").isEmpty();
        var stored = platform.api().get("/api/v1/profiel", platform.demoLogin().tokenFor(VOTER)).json();
        assertThat(stored.path("function").asString()).isEqualTo("jobcoach");
        assertThat(stored.path("yearsInField").asString()).isEqualTo("5-10");

        browser.open(platform.gatewayUrl() + "/#/kopkrakers/" + CASE);
        browser.click("kies-A");

        // Only my vote: my organisation and the nation show no numbers, and say why.
        browser.testId("stemoverzicht");
        assertThat(browser.testId("onderdrukt-organisatie").getText()).contains(SUPPRESSED);
        assertThat(browser.testId("onderdrukt-landelijk").getText()).contains(SUPPRESSED);
        assertThat(browser.testId("onderdrukt-functie-jobcoach").getText()).contains("Niet getoond");
        browser.waitUntil("the live stream is open", driver ->
                browser.testId("live-status").getText().contains("vanzelf bijgewerkt"));
        assertThat(present("profiel-hint")).as("no hint to fill in a profile she has").isFalse();
        assertThat(present("stemoverzicht-export")).as("the CSV download is for redacteuren and analisten").isFalse();
        browser.scrollTo("stemoverzicht");
        browser.screenshot("alleen-mijn-stem");
        assertThat(browser.seriousAccessibilityViolations()).as("axe-core on a suppressed stemoverzicht").isEmpty();

        ((JavascriptExecutor) browser.driver()).executeScript("window." + MARKER + " = true;");
        for (int i = 1; i <= 4; i++) {
            vote("live-stemoverzicht-a" + i, "A");
        }
        for (int i = 1; i <= 5; i++) {
            vote("live-stemoverzicht-b" + i, "B");
        }

        browser.waitUntil("the open page counts the ten votes", driver ->
                "10".equals(value("landelijk-totaal")) && "10".equals(value("organisatie-totaal")));
        assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window." + MARKER + " === true;"))
                .as("the page was updated in place, not reloaded").isEqualTo(true);
        assertThat(number("organisatie-A-percentage")).isEqualTo(50.0);
        assertThat(number("landelijk-B-percentage")).isEqualTo(50.0);
        assertThat(value("landelijk-A-aantal")).isEqualTo("5");
        browser.waitUntil("the breakdown by kind of organisation", driver ->
                present("breakdown-organisatietype-GEMEENTE-A-percentage"));
        assertThat(number("breakdown-organisatietype-GEMEENTE-B-percentage")).isEqualTo(50.0);
        assertThat(value("breakdown-organisatietype-GEMEENTE-totaal")).isEqualTo("10");
        // Her function group holds only her vote: still hidden, with the reason under the table.
        assertThat(browser.testId("onderdrukt-functie-jobcoach").getText()).contains("Niet getoond");
        assertThat(browser.testId("onderdrukt-functie").getText()).contains(SUPPRESSED);
        assertThat(present("breakdown-functie-jobcoach-A-percentage")).isFalse();

        browser.scrollTo("breakdown-organisatietype");
        browser.screenshot("live-bijgewerkt");
        assertThat(browser.seriousAccessibilityViolations()).as("axe-core on the stemoverzicht with breakdowns").isEmpty();
    }

    private static void signIn() {
        browser.open(platform.gatewayUrl());
        browser.click("tenant-" + TENANT);
        browser.waitFor(By.id("username")).sendKeys(VOTER);
        browser.waitFor(By.id("password")).sendKeys(DemoUsers.PASSWORD);
        browser.waitFor(By.cssSelector("button[type='submit']")).click();
        assertThat(browser.testId("tenant-naam").getText()).contains("Gemeente Amsterdam");
    }

    /** A colleague of her organisation the identity provider does not list; each subject is a distinct voter. */
    private static void vote(String subject, String optionId) {
        String token = platform.tokens().forProfessional(TENANT, subject).sign();
        var response = platform.api().putJson("/api/v1/kopkrakers/" + CASE + "/stem", token,
                "{\"optionId\":\"" + optionId + "\"}");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    private static boolean present(String testId) {
        WebDriver driver = browser.driver();
        return !driver.findElements(By.cssSelector("[data-testid='" + testId + "']")).isEmpty();
    }

    /**
     * The {@code data-value} of an element, or null while it is not on the page (or was just redrawn by the next
     * update: the poll then simply looks again).
     */
    private static String value(String testId) {
        try {
            return browser.driver().findElements(By.cssSelector("[data-testid='" + testId + "']")).stream()
                    .findFirst().map(element -> element.getDomAttribute("data-value")).orElse(null);
        } catch (StaleElementReferenceException redrawn) {
            return null;
        }
    }

    private static double number(String testId) {
        return Double.parseDouble(browser.testId(testId).getDomAttribute("data-value"));
    }
}
