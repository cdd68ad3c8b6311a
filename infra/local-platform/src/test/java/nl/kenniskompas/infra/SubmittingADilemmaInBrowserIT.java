package nl.kenniskompas.infra;

import nl.kenniskompas.infra.testing.Chromium;
import nl.kenniskompas.infra.testing.RunningPlatform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Dilemma inbrengen" in the browser, and what the redactie does with it: a professional gives consent, fills in her
 * background and a dilemma, reloads the page and finds her draft back, is refused for a phone number (next to the
 * field, with a summary at the top), fixes it and sends; the thank-you names the dilemma's id. The redacteur finds
 * that id in the inbox, gives it a new theme and takes it in hand; the report counts it. axe-core checks every page.
 * <p>
 * The professional is {@value #PROFESSIONAL}: no other test hands in dilemmas as her, so the posting limit (three
 * forms in a row per person) cannot bite. Counts in the report are compared with the report before this test: other
 * tests on the shared platform hand in dilemmas too.
 */
@ExtendWith(RunningPlatform.Extension.class)
class SubmittingADilemmaInBrowserIT {

    private static final String PROFESSIONAL = "wendy";
    private static final String PROFESSIONAL_TENANT = "werkzaak-rivierenland";
    private static final String REDACTEUR = "rita";
    private static final String PHONE = "06-12345678";
    private static final String PROBLEM = "Een klant wil graag als kok werken, maar kan door rugklachten geen volle dagen staan. "
            + "Hij wil geen ander werk zoeken.";
    private static final String PROBLEM_WITH_PHONE = PROBLEM + " Zijn vrouw belde me op " + PHONE + ".";
    private static final String APPROACH_1 = "Samen met hem zoeken naar een keuken die halve dagen aanbiedt.";
    private static final String APPROACH_2 = "Eerst met een arbeidsdeskundige bekijken welk werk past bij zijn rug.";
    private static final String OTHER_SOURCE = "Een webinar van Divosa";
    private static final String NEW_THEME = "Werk en gezondheid tegelijk";
    private static final Path SCREENSHOTS = Path.of("target/screenshots/praktijkdilemma");

    private static RunningPlatform platform;

    @BeforeAll
    static void start(RunningPlatform running) {
        platform = running;
    }

    @Test
    void aProfessionalHandsInADilemmaThatTheRedactieTriagesAndCounts() {
        JsonNode before = platform.api().get("/api/v1/praktijkdilemmas/rapportage",
                platform.demoLogin().tokenFor(REDACTEUR)).json();

        String dilemmaId;
        try (Chromium browser = Chromium.start(SCREENSHOTS.resolve("professional"))) {
            signIn(browser, PROFESSIONAL, PROFESSIONAL_TENANT, "Werkzaak Rivierenland");
            assertThat(browser.present("nav-praktijkdilemmas")).as("no inbox for a professional").isFalse();
            browser.press("nav-dilemma-inbrengen");

            // Consent first: the rest of the form stays hidden until it is given.
            assertThat(browser.testId("toestemming-tekst").getText()).contains("anoniem");
            assertThat(browser.driver().findElement(By.cssSelector("[data-testid='dilemma-formulier']")).isDisplayed()).isFalse();
            browser.screenshot("toestemming");
            assertThat(browser.seriousAccessibilityViolations()).as("axe-core on the consent").isEmpty();
            browser.press("veld-consent");
            assertThat(browser.testId("dilemma-formulier").isDisplayed()).isTrue();
            assertThat(browser.testId("privacy-hint").getText()).contains("BSN", "telefoonnummers");

            // Background: "Anders" opens "namelijk …".
            assertThat(browser.present("veld-background.functionOther") && browser.driver().findElement(
                    By.cssSelector("[data-testid='veld-background.functionOther']")).isDisplayed()).isFalse();
            new Select(browser.testId("veld-background.function")).selectByValue("anders");
            browser.testId("veld-background.functionOther").sendKeys("Werkconsulent");
            new Select(browser.testId("veld-background.educationLevel")).selectByValue("hbo-wo-bachelor");

            // The dilemma, with a phone number the server will refuse.
            browser.testId("veld-dilemmas[0].problem").sendKeys(PROBLEM_WITH_PHONE);
            browser.testId("veld-dilemmas[0].approach1").sendKeys(APPROACH_1);
            browser.testId("veld-dilemmas[0].approach2").sendKeys(APPROACH_2);
            assertThat(browser.testId("telling-dilemmas[0].approach1").getText())
                    .isEqualTo(APPROACH_1.length() + " / 1000 tekens");
            browser.press("veld-dilemmas[0].knowledgeSources-eigen-ervaring");
            browser.press("veld-dilemmas[0].knowledgeSources-anders");
            browser.testId("veld-dilemmas[0].otherKnowledgeSource").sendKeys(OTHER_SOURCE);
            browser.press("veld-dilemmas[0].chosenApproach-2");
            assertThat(label(browser, "veld-dilemmas[0].chosenApproach-2")).startsWith("Aanpak 2: Eerst met een arbeidsdeskundige");
            // A second dilemma can be added (the limit is two) and removed again.
            browser.press("dilemma-toevoegen");
            assertThat(((JavascriptExecutor) browser.driver()).executeScript("return document.activeElement.id;"))
                    .as("focus on the new dilemma's heading").isEqualTo("dilemma-1-titel");
            assertThat(browser.testId("dilemma-1").getText()).startsWith("Dilemma 2");
            assertThat(browser.present("dilemma-toevoegen") && browser.testId("dilemma-1").isDisplayed()
                    && browser.driver().findElement(By.cssSelector("[data-testid='dilemma-toevoegen']")).isDisplayed())
                    .as("no third").isFalse();
            browser.press("dilemma-verwijderen-1");
            assertThat(browser.present("dilemma-1")).isFalse();
            assertThat(browser.activeTestId()).as("focus back on the add button").isEqualTo("dilemma-toevoegen");
            browser.scrollTo("dilemma-0");
            browser.screenshot("ingevuld");
            browser.scrollTo("veld-dilemmas[0].knowledgeSources");
            browser.screenshot("bronnen-en-keuze");
            browser.scrollTo("veld-remark");
            browser.screenshot("afronding");
            assertThat(browser.seriousAccessibilityViolations()).as("axe-core on the filled-in form").isEmpty();

            // A reload keeps the draft.
            browser.driver().navigate().refresh();
            assertThat(browser.testId("concept-hersteld").getText()).contains("concept");
            assertThat(browser.value("veld-dilemmas[0].problem")).isEqualTo(PROBLEM_WITH_PHONE);
            assertThat(browser.value("veld-dilemmas[0].approach2")).isEqualTo(APPROACH_2);
            assertThat(browser.value("veld-background.functionOther")).isEqualTo("Werkconsulent");
            assertThat(browser.value("veld-background.function")).isEqualTo("anders");
            assertThat(browser.testId("veld-consent").isSelected()).isTrue();
            assertThat(browser.testId("veld-dilemmas[0].knowledgeSources-anders").isSelected()).isTrue();
            assertThat(browser.value("veld-dilemmas[0].otherKnowledgeSource")).isEqualTo(OTHER_SOURCE);
            assertThat(browser.testId("veld-dilemmas[0].chosenApproach-2").isSelected()).isTrue();
            browser.screenshot("concept-hersteld");

            // Sending: the phone number is refused next to the question, with a summary at the top that has focus.
            browser.press("dilemma-versturen");
            WebElement problem = browser.testId("probleem-dilemmas[0].problem");
            assertThat(problem.getText()).contains("telefoonnummer").doesNotContain(PHONE);
            assertThat(browser.testId("veld-dilemmas[0].problem").getDomAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.testId("foutmelding").getText()).contains("te herkennen", "Dilemma 1, de vraag");
            assertThat(focusInside(browser, "foutmelding")).as("focus goes to the summary").isTrue();
            assertThat(browser.value("veld-dilemmas[0].problem")).as("the text stays").isEqualTo(PROBLEM_WITH_PHONE);
            browser.screenshot("persoonsgegevens-overzicht");
            assertThat(browser.seriousAccessibilityViolations()).as("axe-core with the refusal").isEmpty();
            browser.press("fout-link-0");
            assertThat(browser.activeTestId()).as("the summary's link leads to the field").isEqualTo("veld-dilemmas[0].problem");
            browser.waitUntil("the page has scrolled (smoothly) to the field", driver -> inView(browser, "veld-dilemmas[0].problem"));
            browser.screenshot("persoonsgegevens-veld");
            browser.wide();
            browser.scrollTo("dilemma-0");
            browser.screenshot("persoonsgegevens-veld-breed");
            browser.narrow();

            WebElement box = browser.testId("veld-dilemmas[0].problem");
            box.clear();
            box.sendKeys(PROBLEM);
            browser.press("dilemma-versturen");
            WebElement received = browser.testId("dilemma-ontvangen-tekst");
            dilemmaId = received.getDomAttribute("data-ids");
            assertThat(dilemmaId).matches("PD-\\d{4,}");
            assertThat(received.getText()).isEqualTo("Je dilemma is ontvangen als " + dilemmaId + ".");
            assertThat(browser.testId("anoniem-uitleg").getText()).contains("niet aan jou gekoppeld");
            assertThat(draft(browser))
                    .as("the draft is gone once sent").isNull();
            browser.screenshot("ontvangen");
            assertThat(browser.seriousAccessibilityViolations()).as("axe-core on the thank-you").isEmpty();
            browser.wide();
            browser.screenshot("ontvangen-breed");
        }

        try (Chromium editor = Chromium.start(SCREENSHOTS.resolve("redacteur"))) {
            signIn(editor, REDACTEUR, "uwv", "UWV");
            assertThat(editor.present("nav-dilemma-inbrengen")).as("no intake for a redacteur").isFalse();
            editor.press("nav-praktijkdilemmas");
            String item = "praktijkdilemma-" + dilemmaId;
            editor.testId(item);
            assertThat(Integer.parseInt(editor.testId("status-tab-NIEUW").getDomAttribute("data-value"))).isPositive();
            ((JavascriptExecutor) editor.driver()).executeScript("window.scrollTo(0, 0);");
            editor.screenshot("inbox-boven");

            // Finding it by its id: the search goes into the hash, so the view can be shared.
            editor.testId("pd-zoek").sendKeys(dilemmaId);
            editor.press("pd-zoeken");
            editor.waitUntil("only the one dilemma is listed", driver ->
                    driver.findElements(By.cssSelector("[data-testid^='praktijkdilemma-']")).size() == 1
                            && editor.present(item));
            assertThat(editor.driver().getCurrentUrl()).endsWith("#/praktijkdilemmas?zoek=" + dilemmaId);
            assertThat(editor.testId("praktijkdilemmas-aantal").getText()).isEqualTo("1 dilemma");
            // The tabs count with the search: this one dilemma, new.
            assertThat(editor.testId("status-tab-NIEUW").getDomAttribute("data-value")).isEqualTo("1");
            assertThat(editor.testId("status-tab-IN_BEHANDELING").getDomAttribute("data-value")).isEqualTo("0");
            assertThat(editor.testId("pd-organisatie-" + dilemmaId).getText()).isEqualTo("Werkzaak Rivierenland");
            assertThat(editor.testId("pd-achtergrond-" + dilemmaId).getText()).contains("Anders: Werkconsulent", "HBO, WO bachelor");
            assertThat(editor.testId("pd-vraag-" + dilemmaId).getText()).isEqualTo(PROBLEM);
            assertThat(editor.testId("pd-aanpak-2-" + dilemmaId).getText()).contains(APPROACH_2, "Gekozen");
            assertThat(editor.testId("pd-aanpak-1-" + dilemmaId).getText()).doesNotContain("Gekozen");
            assertThat(editor.testId("pd-bronnen-" + dilemmaId).getText()).contains("Mijn eigen ervaring", "Anders: " + OTHER_SOURCE);
            assertThat(editor.testId("pd-status-" + dilemmaId).getDomAttribute("data-value")).isEqualTo("NIEUW");
            assertThat(editor.testId("pd-gebruikt-uitleg-" + dilemmaId).getText()).contains(dilemmaId, "Geïnspireerd door");
            editor.scrollTo(item);
            editor.screenshot("inbox");
            assertThat(editor.seriousAccessibilityViolations()).as("axe-core on the inbox").isEmpty();

            // A new theme, then in hand.
            new Select(editor.testId("pd-thema-" + dilemmaId)).selectByValue("__nieuw__");
            editor.testId("pd-nieuw-thema-" + dilemmaId).sendKeys(NEW_THEME);
            editor.press("pd-thema-opslaan-" + dilemmaId);
            editor.waitUntil("the theme is saved", driver ->
                    editor.testId("praktijkdilemmas-melding").getText().startsWith("Thema van " + dilemmaId));
            assertThat(new Select(editor.testId("pd-thema-" + dilemmaId)).getFirstSelectedOption().getText()).isEqualTo(NEW_THEME);
            assertThat(editor.activeTestId()).as("focus stays on the theme").isEqualTo("pd-thema-" + dilemmaId);
            editor.press("pd-stap-IN_BEHANDELING-" + dilemmaId);
            editor.waitUntil("the status changed", driver ->
                    "IN_BEHANDELING".equals(editor.testId("pd-status-" + dilemmaId).getDomAttribute("data-value")));
            assertThat(editor.testId("pd-status-" + dilemmaId).getText()).isEqualTo("In behandeling");
            assertThat(editor.testId("status-tab-IN_BEHANDELING").getDomAttribute("data-value")).isEqualTo("1");
            assertThat(editor.testId("status-tab-NIEUW").getDomAttribute("data-value")).isEqualTo("0");
            assertThat(editor.present("pd-stap-NIEUW-" + dilemmaId)).as("back to new is possible").isTrue();
            assertThat(editor.present("pd-stap-IN_BEHANDELING-" + dilemmaId)).isFalse();
            editor.driver().findElement(By.cssSelector("[data-testid='" + item + "'] details summary")).click();
            assertThat(editor.testId("pd-geschiedenis-" + dilemmaId).getText()).contains("Rita Visser", NEW_THEME);
            editor.scrollTo(item);
            editor.screenshot("in-behandeling");

            // "Niet gebruiken" needs a reason; pressing it again closes the question.
            editor.press("pd-stap-NIET_GEBRUIKT-" + dilemmaId);
            assertThat(editor.activeTestId()).isEqualTo("pd-reden-" + dilemmaId);
            editor.press("pd-reden-bevestigen-" + dilemmaId);
            assertThat(editor.testId("probleem-pd-reden-" + dilemmaId).getText()).contains("verplicht");
            editor.scrollTo("pd-thema-" + dilemmaId);
            editor.screenshot("niet-gebruiken-reden");
            assertThat(editor.seriousAccessibilityViolations()).as("axe-core with the reason").isEmpty();
            editor.press("pd-stap-NIET_GEBRUIKT-" + dilemmaId);
            assertThat(editor.present("pd-reden-" + dilemmaId)).isFalse();
            assertThat(editor.testId("pd-status-" + dilemmaId).getDomAttribute("data-value")).isEqualTo("IN_BEHANDELING");
            assertThat(editor.seriousAccessibilityViolations()).as("axe-core after triage").isEmpty();
            editor.wide();
            editor.scrollTo(item);
            editor.screenshot("in-behandeling-breed");
            editor.narrow();

            // The report counts it.
            editor.press("rapportage-link");
            WebElement totals = editor.testId("rapportage-totalen");
            assertThat(totals.getDomAttribute("data-respondenten"))
                    .isEqualTo(String.valueOf(before.get("respondents").asInt() + 1));
            assertThat(totals.getDomAttribute("data-dilemmas")).isEqualTo(String.valueOf(before.get("dilemmas").asInt() + 1));
            assertThat(editor.testId("rapportage-functies-anders-aantal").getDomAttribute("data-value"))
                    .isEqualTo(String.valueOf(count(before, "functions", "anders") + 1));
            assertThat(editor.testId("rapportage-bronnen-anders-aantal").getDomAttribute("data-value"))
                    .isEqualTo(String.valueOf(count(before, "knowledgeSources", "anders") + 1));
            String themeRow = "rapportage-themas-" + "werk-en-gezondheid-tegelijk";
            assertThat(editor.testId(themeRow + "-aantal").getDomAttribute("data-value")).isEqualTo("1");
            assertThat(editor.testId(themeRow).getText()).contains(NEW_THEME);
            assertThat(editor.testId("rapportage-bronnen").getText()).contains("meer dan 100%");
            editor.screenshot("rapportage");
            assertThat(editor.seriousAccessibilityViolations()).as("axe-core on the report").isEmpty();
            editor.scrollTo("rapportage-themas");
            editor.screenshot("rapportage-themas");

            // A period: today only (in the hash), and one that ends before it starts.
            String today = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
            setDate(editor, "rapportage-van", today);
            setDate(editor, "rapportage-tot", today);
            editor.press("rapportage-toon");
            editor.waitUntil("the period is in the hash", driver ->
                    driver.getCurrentUrl().endsWith("#/praktijkdilemmas/rapportage?van=" + today + "&tot=" + today));
            editor.waitUntil("the period's totals", driver -> editor.text("rapportage-periode").startsWith("Van "));
            assertThat(Integer.parseInt(editor.testId("rapportage-totalen").getDomAttribute("data-respondenten"))).isPositive();
            setDate(editor, "rapportage-van", LocalDate.parse(today).plusDays(1).toString());
            editor.press("rapportage-toon");
            assertThat(editor.testId("probleem-rapportage-tot").getText()).contains("eindigt voor ze begint");
            assertThat(editor.seriousAccessibilityViolations()).as("axe-core with a period problem").isEmpty();
            editor.wide();
            editor.scrollTo("rapportage");
            editor.screenshot("rapportage-breed");
            editor.narrow();

            // The Kopkraker editor names dilemmas by their id, each once; "pd-42" is written as the intake numbers it.
            editor.open(platform.gatewayUrl() + "/#/redactie/nieuw");
            WebElement inspired = editor.testId("veld-inspiredBy");
            inspired.sendKeys(dilemmaId.toLowerCase() + ", " + dilemmaId + " pd-12345");
            assertThat(editor.testId("telling-inspiredBy").getText())
                    .isEqualTo("2 praktijkdilemma's: " + dilemmaId + ", PD-12345");
            editor.scrollTo("veld-inspiredBy");
            editor.screenshot("editor-geinspireerd-door");
            assertThat(editor.seriousAccessibilityViolations()).as("axe-core on the editor").isEmpty();
        }

        // Last (the forms count in the report): after three forms in a row the next one waits; the text stays.
        String wendy = platform.demoLogin().tokenFor(PROFESSIONAL);
        for (int i = 1; i <= 2; i++) {
            var sent = platform.api().postJson("/api/v1/praktijkdilemmas/inzendingen", wendy, """
                    {"consent":true,"dilemmas":[{"problem":"Vraag %d","approach1":"Een","approach2":"Twee",
                     "knowledgeSources":["internet"],"chosenApproach":1}]}""".formatted(i));
            assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        }
        try (Chromium browser = Chromium.start(SCREENSHOTS.resolve("wachten"))) {
            signIn(browser, PROFESSIONAL, PROFESSIONAL_TENANT, "Werkzaak Rivierenland");
            browser.press("nav-dilemma-inbrengen");
            browser.press("veld-consent");
            browser.testId("veld-dilemmas[0].problem").sendKeys(PROBLEM);
            browser.testId("veld-dilemmas[0].approach1").sendKeys(APPROACH_1);
            browser.testId("veld-dilemmas[0].approach2").sendKeys(APPROACH_2);
            browser.press("veld-dilemmas[0].knowledgeSources-ervaring-collegas");
            browser.press("veld-dilemmas[0].chosenApproach-1");
            browser.press("dilemma-versturen");
            assertThat(browser.testId("foutmelding").getText()).contains("Je kunt weer versturen over", "minuten");
            assertThat(browser.testId("dilemma-versturen").getText()).startsWith("Wacht nog");
            assertThat(browser.testId("dilemma-versturen").getDomAttribute("aria-disabled")).isEqualTo("true");
            assertThat(browser.value("veld-dilemmas[0].problem")).isEqualTo(PROBLEM);
            assertThat(draft(browser))
                    .as("the draft is kept").asString().contains("rugklachten");
            browser.screenshot("wachten");
            assertThat(browser.seriousAccessibilityViolations()).as("axe-core while waiting").isEmpty();
        }
    }

    private static int count(JsonNode report, String table, String code) {
        for (JsonNode row : report.get(table)) {
            if (!row.path("code").isNull() && code.equals(row.path("code").asString())) {
                return row.get("count").asInt();
            }
        }
        return 0;
    }

    private static void signIn(Chromium chromium, String username, String tenant, String tenantName) {
        chromium.open(platform.gatewayUrl());
        chromium.press("tenant-" + tenant);
        chromium.waitFor(By.id("username")).sendKeys(username);
        chromium.waitFor(By.id("password")).sendKeys(DemoUsers.PASSWORD);
        chromium.waitFor(By.cssSelector("button[type='submit']")).click();
        assertThat(chromium.testId("tenant-naam").getText()).contains(tenantName);
    }

    /** A date input's value set as the browser's own picker would (typing depends on the locale's date format). */
    private static void setDate(Chromium chromium, String testId, String isoDate) {
        ((JavascriptExecutor) chromium.driver()).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                chromium.testId(testId), isoDate);
    }

    private static boolean inView(Chromium chromium, String testId) {
        return Boolean.TRUE.equals(((JavascriptExecutor) chromium.driver()).executeScript(
                "const box = document.querySelector(\"[data-testid='\" + arguments[0] + \"']\").getBoundingClientRect();"
                        + " return box.top >= 0 && box.bottom <= window.innerHeight;", testId));
    }

    private static String label(Chromium chromium, String id) {
        return chromium.driver().findElement(By.cssSelector("label[for='" + id + "']")).getText();
    }

    private static boolean focusInside(Chromium chromium, String testId) {
        return Boolean.TRUE.equals(((JavascriptExecutor) chromium.driver()).executeScript(
                "const target = document.querySelector(\"[data-testid='\" + arguments[0] + \"']\");"
                        + " return Boolean(target && document.activeElement && document.activeElement.contains(target));",
                testId));
    }

    /** The person's draft in this browser: kept per organisation and person ("kk-dilemma-concept-<tenant>-<sub>"). */
    private static Object draft(Chromium browser) {
        return ((JavascriptExecutor) browser.driver()).executeScript("return Object.keys(window.localStorage)"
                + ".filter(k => k.startsWith('kk-dilemma-concept-" + PROFESSIONAL_TENANT + "-'))"
                + ".map(k => window.localStorage.getItem(k)).join('') || null;");
    }
}
