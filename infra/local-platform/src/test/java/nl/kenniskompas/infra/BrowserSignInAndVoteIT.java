package nl.kenniskompas.infra;

import nl.kenniskompas.infra.testing.Api;
import nl.kenniskompas.infra.testing.Chromium;
import nl.kenniskompas.infra.testing.RunningPlatform;
import nl.kenniskompas.infra.testing.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A professional on a phone-sized screen: chooses her organisation, signs in, reads Jeanne, votes, sees the numbers. */
@ExtendWith(RunningPlatform.Extension.class)
class BrowserSignInAndVoteIT {

    private static RunningPlatform platform;
    private static Chromium browser;

    @BeforeAll
    static void start(RunningPlatform running) {
        platform = running;
        browser = Chromium.start(Path.of("target/screenshots/browser-sign-in-and-vote"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aProfessionalSignsInThroughHerOrganisationVotesAndSeesTheStemoverzicht() {
        // Figures are shown only when every option has a vote (even at minimum group size 1: a 0 next to a 1 gives
        // the 1 away), so a colleague of her organisation chooses the other option first.
        Api.Response colleague = platform.api().putJson("/api/v1/kopkrakers/jeanne/stem",
                platform.demoLogin().tokenFor(TestUsers.BROWSER_VOTERS_COLLEAGUE), "{\"optionId\":\"B\"}");
        assertThat(colleague.status()).as(colleague.toString()).isEqualTo(200);

        browser.open(platform.gatewayUrl());
        browser.testId("tenant-gemeente-amsterdam");
        browser.screenshot("organisatie-kiezen");
        browser.click("tenant-gemeente-amsterdam");

        browser.waitFor(By.id("username"));
        assertThat(browser.driver().getCurrentUrl()).startsWith(platform.settings().issuerBase());
        assertThat(browser.driver().getPageSource()).contains("Gemeente Amsterdam");
        browser.screenshot("inloggen");
        browser.waitFor(By.id("username")).sendKeys(TestUsers.BROWSER_VOTER);
        browser.waitFor(By.id("password")).sendKeys(DemoUsers.PASSWORD);
        browser.waitFor(By.cssSelector("button[type='submit']")).click();

        assertThat(browser.testId("tenant-naam").getText()).contains("Gemeente Amsterdam");
        browser.testId("kopkraker-jeanne");
        browser.screenshot("kopkrakers");
        browser.click("kopkraker-jeanne");

        browser.testId("kies-A");
        assertThat(browser.testId("profiel").getText()).contains("Jeanne");
        browser.screenshot("kopkraker-jeanne");
        assertThat(browser.seriousAccessibilityViolations()).as("axe-core on the Kopkraker page").isEmpty();
        browser.click("kies-A");

        browser.testId("stemoverzicht");
        browser.waitUntil("percentages of my organisation and nationwide", driver ->
                isPercentage(browser.testId("organisatie-A-percentage").getText())
                        && isPercentage(browser.testId("landelijk-A-percentage").getText()));
        browser.scrollTo("stemoverzicht");
        browser.screenshot("stemoverzicht");
        assertThat(browser.seriousAccessibilityViolations()).as("axe-core on the stemoverzicht").isEmpty();

        assertThat(platform.api().get("/api/v1/kopkrakers/jeanne/stem",
                platform.demoLogin().tokenFor(TestUsers.BROWSER_VOTER)).json().path("optionId").asString())
                .as("the vote the browser cast, read through the API").isEqualTo("A");
    }

    private static boolean isPercentage(String text) {
        return text.matches(".*\\d+([.,]\\d)?\\s*%.*");
    }
}
