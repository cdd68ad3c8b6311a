package nl.kenniskompas.infra;

import nl.kenniskompas.infra.testing.Api;
import nl.kenniskompas.infra.testing.Chromium;
import nl.kenniskompas.infra.testing.RunningPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * "Waarom koos je dit?" in the browser: a professional votes and explains her choice (the first try holds a phone
 * number and is refused next to the text box), a colleague answers and finds it herkenbaar, she sees both, another
 * colleague reports it, and the organisation's moderator hides it with a reason; she still sees her own text, with a
 * note. Colleagues act through the API with tokens of subjects the identity provider does not list.
 * <p>
 * Case {@value #CASE} is this test's alone (the others use Jeanne and Frank); its author {@value #AUTHOR} votes only on
 * Jeanne elsewhere, and {@value #MODERATOR} never votes on it: moderating needs no vote.
 */
@ExtendWith(RunningPlatform.Extension.class)
class DiscussingInBrowserIT {

    private static final String CASE = "yousef";
    private static final String TENANT = "gemeente-amsterdam";
    private static final String AUTHOR = "anna";
    private static final String MODERATOR = "mo";
    private static final String REPLIER = "discussie-collega";
    private static final String REPORTER = "discussie-melder";
    private static final String CLEAN = "Yousef schaamt zich voor zijn schulden. In een groep zegt hij dan niets, "
            + "dus ik kies voor een vaste mentor die hem leert kennen.";
    private static final String REPLY = "Herkenbaar. Maar een groep kan ook steun geven als hij merkt dat anderen hetzelfde hebben.";
    private static final Path SCREENSHOTS = Path.of("target/screenshots/discussing");

    private static RunningPlatform platform;
    private static Chromium browser;

    @BeforeAll
    static void start(RunningPlatform running) {
        platform = running;
        browser = Chromium.start(SCREENSHOTS.resolve("professional"));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aReactionIsWrittenAnsweredFoundHerkenbaarReportedAndHiddenByTheModerator() {
        signIn(browser, AUTHOR);
        assertThat(browser.present("nav-moderatie")).as("no Moderatie link for a professional").isFalse();
        browser.open(platform.gatewayUrl() + "/#/kopkrakers/" + CASE);
        browser.testId("kies-A");
        assertThat(browser.present("waarom")).as("reasons show only after voting").isFalse();
        browser.press("kies-A");

        // First try: a phone number. The server refuses it and says where, next to the box; the text stays.
        // Everything above the box has loaded, so nothing shifts it while the test clicks.
        browser.waitUntil("the stemoverzicht is live", driver ->
                browser.testId("live-status").getText().contains("vanzelf bijgewerkt"));
        browser.waitUntil("the reactions are loaded", driver -> !browser.testId("reacties-aantal").getText().isBlank());
        WebElement box = browser.testId("reactie-tekst");
        box.sendKeys("Bel hem op 06-12345678 en vraag wat hij zelf wil.");
        assertThat(browser.testId("telling-reactie-tekst").getText()).isEqualTo("49 / 1000 tekens");
        browser.press("reactie-plaatsen");
        WebElement problem = browser.testId("probleem-reactie-tekst");
        assertThat(problem.getText()).contains("telefoonnummer").doesNotContain("06-12345678");
        assertThat(box.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.activeTestId()).as("focus goes back to the box").isEqualTo("reactie-tekst");
        assertThat(box.getDomProperty("value")).contains("06-12345678");
        browser.scrollTo("waarom");
        browser.screenshot("persoonsgegevens");
        assertThat(browser.seriousAccessibilityViolations()).as("axe-core on the refused reaction").isEmpty();

        box.clear();
        box.sendKeys(CLEAN);
        assertThat(browser.testId("reactie-landelijk").isSelected()).as("own organisation by default").isFalse();
        browser.press("reactie-plaatsen");
        browser.waitUntil("the reaction is in the list", driver -> reactionWithText(browser, CLEAN) != null);
        String id = reactionWithText(browser, CLEAN);
        assertThat(browser.driver().findElement(By.cssSelector("[data-testid='probleem-reactie-tekst']")).isDisplayed())
                .as("the old problem is gone").isFalse();
        assertThat(browser.activeTestId()).as("focus moves to the posted reaction").isEqualTo("reactie-" + id);
        assertThat(browser.testId("reactie-" + id + "-keuze").getText()).startsWith("koos A: ");
        assertThat(browser.testId("reactie-" + id + "-auteur").getText()).contains("Gemeente Amsterdam", "(jij)");
        assertThat(browser.testId("reacties-melding").getText()).isEqualTo("Je reactie is geplaatst.");
        assertThat(browser.present("herkenbaar-" + id)).as("no herkenbaar on one's own reaction").isFalse();
        assertThat(browser.present("melden-" + id)).as("no report of one's own reaction").isFalse();

        // A colleague of her organisation chooses B, answers and finds her reaction herkenbaar.
        String replier = colleague(REPLIER);
        String replyId = afterTheVoteIsKnown(() -> post("/api/v1/reacties/" + id + "/antwoorden", replier,
                "{\"text\":\"" + REPLY + "\"}"), 201).json().path("id").asString();
        Api.Response recognised = platform.api().putJson("/api/v1/reacties/" + id + "/herkenbaar", replier, "");
        assertThat(recognised.status()).as(recognised.toString()).isEqualTo(200);

        // She sorts by "Meest herkenbaar": the list is read again, with the answer and the count.
        new Select(browser.testId("reacties-sortering")).selectByValue("herkenbaar");
        browser.waitUntil("the colleague's answer shows", driver -> browser.present("reactie-" + replyId + "-tekst"));
        assertThat(browser.testId("reactie-" + replyId + "-tekst").getText()).isEqualTo(REPLY);
        assertThat(browser.testId("reactie-" + replyId + "-keuze").getText()).startsWith("koos B: ");
        assertThat(browser.testId("herkenbaar-" + id).getDomAttribute("data-value")).isEqualTo("1");
        assertThat(browser.present("antwoord-" + id)).as("a top-level reaction can be answered").isTrue();
        assertThat(browser.present("antwoord-" + replyId)).as("one level of replies only").isFalse();

        // She finds the answer herkenbaar: a toggle button that says it is pressed.
        WebElement toggle = browser.testId("herkenbaar-" + replyId);
        assertThat(toggle.getDomAttribute("aria-pressed")).isEqualTo("false");
        browser.press("herkenbaar-" + replyId);
        browser.waitUntil("herkenbaar is pressed", driver ->
                "true".equals(browser.testId("herkenbaar-" + replyId).getDomAttribute("aria-pressed")));
        assertThat(browser.testId("herkenbaar-" + replyId).getDomAttribute("data-value")).isEqualTo("1");
        assertThat(browser.activeTestId()).as("focus stays on the toggle").isEqualTo("herkenbaar-" + replyId);
        browser.scrollTo("reactie-" + id);
        browser.screenshot("reactie-met-antwoord");
        assertThat(browser.seriousAccessibilityViolations()).as("axe-core on the reactions").isEmpty();
        browser.wide();
        browser.scrollTo("reactie-" + id);
        browser.screenshot("reactie-met-antwoord-breed");
        browser.narrow();

        // She proposes a third option; her own proposal has no "Steun" button.
        browser.testId("derde-optie-titel").sendKeys("Eerst schuldhulp, dan werk");
        browser.testId("derde-optie-uitleg").sendKeys("Eerst rust over geld met een schuldhulpverlener, daarna pas een werktraject.");
        browser.press("derde-optie-plaatsen");
        browser.waitUntil("the proposal is listed", driver -> !driver.findElements(
                By.cssSelector("[data-testid='derde-opties'] [data-testid^='derde-optie-']")).isEmpty());
        WebElement proposal = browser.driver().findElement(
                By.cssSelector("[data-testid='derde-opties'] [data-testid^='derde-optie-']"));
        assertThat(proposal.getText()).contains("Eerst schuldhulp, dan werk", "(jij)", "Nog geen steun");
        assertThat(proposal.findElements(By.cssSelector("[data-testid^='steun-'][aria-pressed]"))).isEmpty();
        assertThat(browser.testId("derde-opties-melding").getText()).isEqualTo("Je voorstel is geplaatst.");
        browser.scrollTo("derde-opties");
        browser.screenshot("derde-optie");

        // Another colleague reports it.
        String reporter = colleague(REPORTER);
        afterTheVoteIsKnown(() -> post("/api/v1/reacties/" + id + "/meldingen", reporter,
                "{\"reason\":\"Misschien is dit een echte klant.\"}"), 202);

        // The moderator of her organisation hides it, with a reason.
        try (Chromium moderator = Chromium.start(SCREENSHOTS.resolve("moderator"))) {
            signIn(moderator, MODERATOR);
            moderator.press("nav-moderatie");
            moderator.testId("moderatie-" + id);
            assertThat(moderator.testId("meldingen-" + id).getText()).contains("Misschien is dit een echte klant.");
            assertThat(moderator.testId("moderatie-tekst-" + id).getText()).isEqualTo(CLEAN);
            moderator.press("verbergen-" + id);
            assertThat(moderator.testId("probleem-reden-" + id).getText()).contains("verplicht");
            moderator.scrollTo("moderatie-" + id);
            moderator.screenshot("moderatie-gemeld");
            assertThat(moderator.seriousAccessibilityViolations()).as("axe-core on the moderation queue").isEmpty();

            moderator.testId("reden-" + id).sendKeys("Lijkt over een echte klant te gaan.");
            moderator.press("verbergen-" + id);
            moderator.waitUntil("the reaction moved to the hidden queue", driver -> !driver.findElements(
                    By.cssSelector("[data-testid='moderatie-verborgen'] [data-testid='moderatie-" + id + "']")).isEmpty());
            assertThat(moderator.testId("moderatie-melding").getText()).isEqualTo("De reactie is verborgen.");
            assertThat(moderator.driver().findElements(By.cssSelector(
                    "[data-testid='moderatie-gemeld'] [data-testid='moderatie-" + id + "']"))).isEmpty();
            assertThat(moderator.testId("herstellen-" + id).isDisplayed()).isTrue();
            moderator.scrollTo("moderatie-verborgen");
            moderator.screenshot("moderatie-verborgen");
            assertThat(moderator.seriousAccessibilityViolations()).as("axe-core after hiding").isEmpty();
            moderator.wide();
            moderator.screenshot("moderatie-verborgen-breed");
        }

        // The colleague no longer reads the text; she still does, with a note.
        var seen = platform.api().get("/api/v1/reacties/" + id, replier).json();
        assertThat(seen.path("hidden").asBoolean()).isTrue();
        assertThat(seen.path("text").isNull()).isTrue();
        browser.driver().navigate().refresh();
        assertThat(browser.testId("reactie-" + id + "-status").getText()).contains("moderator heeft je reactie verborgen");
        assertThat(browser.testId("reactie-" + id + "-tekst").getText()).isEqualTo(CLEAN);
        assertThat(browser.present("bewerken-" + id)).as("a hidden reaction cannot be edited").isFalse();
        browser.scrollTo("reactie-" + id);
        browser.screenshot("eigen-reactie-verborgen");
        assertThat(browser.seriousAccessibilityViolations()).as("axe-core with a hidden reaction").isEmpty();
    }

    private static void signIn(Chromium chromium, String username) {
        chromium.open(platform.gatewayUrl());
        chromium.press("tenant-" + TENANT);
        chromium.waitFor(By.id("username")).sendKeys(username);
        chromium.waitFor(By.id("password")).sendKeys(DemoUsers.PASSWORD);
        chromium.waitFor(By.cssSelector("button[type='submit']")).click();
        assertThat(chromium.testId("tenant-naam").getText()).contains("Gemeente Amsterdam");
    }

    /** A colleague of her organisation who chose B: a token for a subject the identity provider does not list. */
    private static String colleague(String subject) {
        String token = platform.tokens().forProfessional(TENANT, subject).sign();
        Api.Response vote = platform.api().putJson("/api/v1/kopkrakers/" + CASE + "/stem", token, "{\"optionId\":\"B\"}");
        assertThat(vote.status()).as(vote.toString()).isEqualTo(200);
        return token;
    }

    /** discussion-service learns the vote from an event: until then it answers 403. */
    private static Api.Response afterTheVoteIsKnown(java.util.function.Supplier<Api.Response> call, int expected) {
        Api.Response[] last = new Api.Response[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            last[0] = call.get();
            assertThat(last[0].status()).as(last[0].toString()).isEqualTo(expected);
        });
        return last[0];
    }

    private static Api.Response post(String path, String token, String json) {
        return platform.api().send(platform.api().request(path)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** The id of the reaction whose text is exactly {@code text}, or null while there is none. */
    private static String reactionWithText(Chromium chromium, String text) {
        Object id = ((JavascriptExecutor) chromium.driver()).executeScript("""
                const match = [...document.querySelectorAll("[data-testid^='reactie-'][data-testid$='-tekst']")]
                    .find((element) => element.textContent.trim() === arguments[0]);
                return match ? match.dataset.testid.replace(/^reactie-/, "").replace(/-tekst$/, "") : null;
                """, text);
        return id == null ? null : id.toString();
    }
}
