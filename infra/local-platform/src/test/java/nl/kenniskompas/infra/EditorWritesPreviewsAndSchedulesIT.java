package nl.kenniskompas.infra;

import nl.kenniskompas.infra.testing.Chromium;
import nl.kenniskompas.infra.testing.RunningPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A redacteur of UWV writes a new Kopkraker in the browser with live word counts, previews it exactly as
 * professionals see it, offers it for review, approves and schedules it a few seconds ahead, and sees it published.
 * A professional does not get the Redactie link.
 */
@ExtendWith(RunningPlatform.Extension.class)
class EditorWritesPreviewsAndSchedulesIT {

    private static final String EDITOR = "rita";
    private static final String PROFESSIONAL = "anna";
    private static final Path SCREENSHOTS = Path.of("target/screenshots/editor");
    private static final String TITLE = "Eerst schulden regelen of direct solliciteren?";

    private static final Map<String, String> PROFILE = Map.of(
            "naam", "Ans",
            "leeftijd", "47 jaar",
            "thuissituatie", "Alleenstaand, twee volwassen kinderen die het huis uit zijn.",
            "opleiding", "MBO-2 administratie, niet afgemaakt.",
            "werkloosheidsduur", "Drie jaar, eerst WW en daarna bijstand.",
            "werkervaring", "Vijftien jaar kassamedewerker in een supermarkt.",
            "wensVanDeKlant", "Weer aan het werk, het liefst met vaste collega's.",
            "belemmeringen", "Schulden, weinig zelfvertrouwen en lichte rugklachten.",
            // Exactly 15 words: at the limit.
            "sociaalNetwerk", "Een zus in de buurt, een vriendin van vroeger en haar collega's van de supermarkt.");
    private static final List<String> PROFILE_ORDER = List.of("naam", "leeftijd", "thuissituatie", "opleiding",
            "werkloosheidsduur", "werkervaring", "wensVanDeKlant", "belemmeringen", "sociaalNetwerk");
    private static final List<String> PROFILE_LABELS = List.of("Naam", "Leeftijd", "Thuissituatie", "Opleiding",
            "Werkloosheidsduur", "Werkervaring", "Wens van de klant", "Belemmeringen", "Sociaal netwerk");

    // 151 words; with the dilemma (16) 167, within 150–170.
    private static final String BACKGROUND = "Ans werkte vijftien jaar bij dezelfde supermarkt. Toen die sloot, vond ze geen "
            + "nieuw werk. Ze kreeg een WW-uitkering en daarna bijstand. In die tijd liepen haar schulden op: een achterstand "
            + "in de huur, een lening voor een wasmachine en een paar rekeningen van de zorgverzekeraar. Ze opent haar post "
            + "niet meer en schaamt zich ervoor.\n\nIn het gesprek met jou zegt Ans dat ze graag weer wil werken. Ze mist "
            + "haar collega's en het ritme van een werkdag. Tegelijk vertelt ze dat ze 's nachts wakker ligt van de brieven "
            + "van incassobureaus. Ze twijfelt of ze een baan wel volhoudt met al die zorgen in haar hoofd. Haar rug speelt "
            + "soms op, maar licht werk gaat goed. Een supermarkt in de wijk zoekt iemand voor de kassa en de vakkenvulling. "
            + "De vestigingsmanager kent Ans nog van vroeger en wil graag met haar praten. Jij weet dat schuldhulp vaak "
            + "maanden duurt.";
    private static final String DILEMMA = "Help je Ans eerst met haar schulden, of laat je haar nu solliciteren bij de supermarkt?";

    private static final List<Map<String, String>> OPTIONS = List.of(
            Map.of("id", "A",
                    "title", "Eerst schuldhulp",
                    "summary", "Eerst rust in de financiën, daarna pas solliciteren.",
                    "goodIdea", "Schulden geven stress. Wie stress heeft, kan minder goed plannen, leren en volhouden. Als de "
                            + "schulden geregeld zijn, heeft Ans weer ruimte in haar hoofd voor werk. Zo voorkom je dat ze uitvalt.",
                    "howItWorks", "Je meldt Ans aan bij de schuldhulpverlening van de gemeente. Samen open je de post en maak je "
                            + "een overzicht van alle schulden. Een budgetcoach helpt haar met een plan. Zodra er rust is, start "
                            + "je met het zoeken naar werk. Je blijft ondertussen in contact over haar wensen.",
                    "evidence", "Onderzoek naar schaarste laat zien dat geldzorgen het denkvermogen beperken. Mensen met "
                            + "schulden maken vaker keuzes voor de korte termijn. Studies naar schuldhulp tonen dat rust in de "
                            + "financiën het welzijn verbetert en de kans op duurzaam werk vergroot.",
                    "caution", "Schuldhulp duurt vaak lang. Wachten kan de afstand tot werk groter maken en het zelfvertrouwen "
                            + "verder laten dalen. Zorg dat Ans in die tijd actief blijft, bijvoorbeeld met vrijwilligerswerk.",
                    "applyUrl", "https://www.example.org/schuldhulp"),
            Map.of("id", "B",
                    "title", "Nu solliciteren",
                    "summary", "Grijp de kans bij de supermarkt en regel de schulden ernaast.",
                    "goodIdea", "Werk geeft structuur, contact met collega's en een inkomen. Ans wil graag en de werkgever kent "
                            + "haar. Die kans is er nu. Met werk komt er ook meer geld om schulden af te lossen.",
                    "howItWorks", "Je bereidt het gesprek met de vestigingsmanager samen voor. Ans begint met een proefplaatsing "
                            + "van een paar weken. Tegelijk meld je haar aan voor schuldhulp, zodat die naast het werk loopt. Je "
                            + "spreekt af dat ze bij problemen meteen contact met je opneemt.",
                    "evidence", "Onderzoek laat zien dat werk zelf bijdraagt aan gezondheid en zelfvertrouwen. Een snelle "
                            + "plaatsing met begeleiding op de werkplek werkt vaak beter dan lang voorbereiden. Steun van een "
                            + "bekende werkgever vergroot de kans dat iemand aan het werk blijft.",
                    "caution", "Let op dat de schulden niet uit beeld raken. Beslag op loon of stress kan ervoor zorgen dat Ans "
                            + "toch uitvalt. Spreek daarom duidelijk af wie haar helpt met de schulden.",
                    "applyUrl", "https://www.example.org/werk-eerst"));
    private static final List<String> OPTION_FIELDS = List.of("id", "title", "summary", "goodIdea", "howItWorks",
            "evidence", "caution", "applyUrl");

    private static RunningPlatform platform;
    private static Chromium browser;

    @BeforeAll
    static void start(RunningPlatform running) {
        platform = running;
        browser = Chromium.start(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aRedacteurWritesPreviewsSubmitsAndSchedulesAKopkrakerThatThenGoesLive() {
        signIn(browser, "tenant-uwv", EDITOR);
        browser.click("redactie");

        browser.testId("nieuwe-kopkraker");
        browser.screenshot("redactie");
        assertThat(browser.seriousAccessibilityViolations()).as("axe-core on the Redactie list").isEmpty();
        browser.click("nieuwe-kopkraker");

        type("veld-title", TITLE);
        for (String field : PROFILE_ORDER) {
            type("veld-profile." + field, PROFILE.get(field));
        }
        assertThat(browser.testId("telling-profile.belemmeringen").getText()).isEqualTo("6 / 15 woorden");
        WebElement network = browser.testId("telling-profile.sociaalNetwerk");
        assertThat(network.getText()).isEqualTo("15 / 15 woorden");
        assertThat(network.getAttribute("data-over")).isEqualTo("false");

        browser.testId("veld-profile.sociaalNetwerk").sendKeys(" samen");
        assertThat(network.getText()).startsWith("16 / 15 woorden").contains("1 woord te veel");
        assertThat(network.getAttribute("data-over")).as("one word too many marks the counter").isEqualTo("true");
        assertThat(network.getAttribute("class")).contains("kk-counter--over");
        browser.scrollTo("veld-profile.sociaalNetwerk");
        browser.screenshot("een-woord-te-veel");
        browser.testId("veld-profile.sociaalNetwerk").sendKeys(Keys.BACK_SPACE.toString().repeat(" samen".length()));
        assertThat(network.getText()).isEqualTo("15 / 15 woorden");

        type("veld-background", BACKGROUND);
        assertThat(browser.testId("telling-background").getText()).startsWith("151 / 150–170 woorden");
        type("veld-dilemma", DILEMMA);
        assertThat(browser.testId("telling-background").getText()).isEqualTo("167 / 150–170 woorden");

        for (int i = 0; i < OPTIONS.size(); i++) {
            for (String field : OPTION_FIELDS) {
                type("veld-options[" + i + "]." + field, OPTIONS.get(i).get(field));
            }
        }
        assertThat(browser.testId("telling-options[0].goodIdea").getText()).isEqualTo("33 / 50 woorden");
        assertThat(browser.testId("telling-options[1].howItWorks").getText()).isEqualTo("43 / 60 woorden");

        type("veld-theme", "Schulden en bestaanszekerheid");
        browser.click("veld-concepts-belemmeringen");
        browser.click("veld-concepts-eigen-effectiviteit");
        browser.click("veld-audience-UWV");
        browser.click("veld-benefitTypes-WW");
        type("veld-literature", "Mullainathan, S. & Shafir, E. (2013). Schaarste.\nTNO (2021). Kopkrakers: basisontwerp.");
        browser.scrollTo("veld-title");
        browser.screenshot("nieuwe-kopkraker");
        fullPage("nieuwe-kopkraker-hele-pagina");
        assertThat(browser.seriousAccessibilityViolations()).as("axe-core on the editor").isEmpty();

        browser.click("opslaan");
        WebElement saved = browser.testId("opgeslagen");
        assertThat(saved.getText()).as("every field within the format").contains("voldoet aan het format");
        assertThat(browser.testId("status").getText()).isEqualTo("concept");
        assertThat(browser.driver().getCurrentUrl()).as("the saved case has its own address").contains("#/redactie/ans");
        browser.screenshot("opgeslagen");

        browser.click("voorbeeld");
        WebElement preview = browser.testId("voorbeeld-weergave");
        assertThat(browser.testId("kopkraker-titel").getText()).isEqualTo(TITLE);
        List<String> labels = preview.findElements(By.cssSelector("[data-testid='profiel'] dt")).stream()
                .map(WebElement::getText).map(String::strip).toList();
        assertThat(labels).as("the fixed fields in their fixed order")
                .map(String::toLowerCase).containsExactlyElementsOf(PROFILE_LABELS.stream().map(String::toLowerCase).toList());
        List<String> values = preview.findElements(By.cssSelector("[data-testid='profiel'] dd")).stream()
                .map(WebElement::getText).toList();
        assertThat(values).containsExactlyElementsOf(PROFILE_ORDER.stream().map(PROFILE::get).toList());
        assertThat(browser.testId("dilemma").getText()).contains(DILEMMA);
        List<String> sections = browser.testId("aanpak-A").findElements(By.cssSelector("h4")).stream()
                .map(WebElement::getText).toList();
        assertThat(sections).containsExactly("Goed idee!", "Hoe werkt het?", "Waaruit blijkt dat het werkt?", "Let op");
        assertThat(browser.testId("aanpak-B").getText()).contains("Aanpak B: Nu solliciteren");
        assertThat(browser.testId("toepassen-A").getAttribute("href")).isEqualTo("https://www.example.org/schuldhulp");
        browser.screenshot("voorbeeld");
        fullPage("voorbeeld-hele-pagina");
        assertThat(browser.seriousAccessibilityViolations()).as("axe-core on the preview").isEmpty();
        wide();
        browser.screenshot("voorbeeld-breed");
        narrow();
        browser.click("terug-naar-bewerken");

        browser.click("ter-review");
        browser.waitUntil("status ter review", driver -> "ter review".equals(browser.testId("status").getText()));
        browser.testId("release-moment");
        browser.scrollTo("release-moment");
        browser.screenshot("ter-review");
        assertThat(browser.seriousAccessibilityViolations()).as("axe-core on a case in review").isEmpty();

        // A few seconds ahead, in the browser's own time zone (a datetime-local value is local time).
        ((JavascriptExecutor) browser.driver()).executeScript("""
                const moment = new Date(Date.now() + 8000);
                const pad = (n) => String(n).padStart(2, '0');
                const input = arguments[0];
                input.value = `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`
                    + `T${pad(moment.getHours())}:${pad(moment.getMinutes())}:${pad(moment.getSeconds())}`;
                input.dispatchEvent(new Event('input', { bubbles: true }));
                """, browser.testId("release-moment"));
        browser.click("inplannen");
        browser.waitUntil("status ingepland", driver -> "ingepland".equals(browser.testId("status").getText()));
        assertThat(browser.testId("moment").getText()).startsWith("Verschijnt op");
        browser.screenshot("ingepland");

        new WebDriverWait(browser.driver(), Duration.ofSeconds(60), Duration.ofSeconds(1))
                .withMessage("the scheduled Kopkraker is published at its release moment")
                .until(driver -> {
                    driver.navigate().refresh();
                    return "gepubliceerd".equals(browser.testId("status").getText());
                });
        assertThat(browser.testId("geschiedenis").getText())
                .contains("concept", "ter review", "ingepland", "gepubliceerd", EDITOR, "automatisch (planning)");
        browser.scrollTo("geschiedenis");
        browser.screenshot("gepubliceerd");
        wide();
        browser.screenshot("gepubliceerd-breed");
        narrow();

        browser.click("nav-kopkrakers");
        assertThat(browser.testId("huidige-kopkraker").getText()).as("the new case is the current one").contains(TITLE);
        browser.screenshot("home-huidige-kopkraker");
        assertThat(browser.seriousAccessibilityViolations()).as("axe-core on the home page").isEmpty();
        wide();
        browser.screenshot("home-breed");
        narrow();
    }

    @Test
    void aProfessionalDoesNotSeeTheRedactieLink() {
        try (Chromium professional = Chromium.start(SCREENSHOTS.resolve("professional"))) {
            signIn(professional, "tenant-gemeente-amsterdam", PROFESSIONAL);
            professional.testId("mijn-keuzes");
            professional.testId("huidige-kopkraker");
            assertThat(professional.driver().findElements(By.cssSelector("[data-testid='redactie']")))
                    .as("no Redactie link for a professional").isEmpty();
            professional.screenshot("home-professional");
            assertThat(professional.seriousAccessibilityViolations()).as("axe-core on the home page").isEmpty();

            professional.click("mijn-keuzes");
            professional.waitFor(By.cssSelector("h1"));
            professional.waitUntil("mijn keuzes loaded", driver ->
                    driver.findElements(By.cssSelector("#app [aria-busy='true']")).isEmpty());
            professional.screenshot("mijn-keuzes");
            assertThat(professional.seriousAccessibilityViolations()).as("axe-core on mijn keuzes").isEmpty();
        }
    }

    private static void signIn(Chromium chromium, String tenant, String username) {
        chromium.open(platform.gatewayUrl());
        chromium.click(tenant);
        chromium.waitFor(By.id("username")).sendKeys(username);
        chromium.waitFor(By.id("password")).sendKeys(DemoUsers.PASSWORD);
        chromium.waitFor(By.cssSelector("button[type='submit']")).click();
        chromium.testId("tenant-naam");
    }

    /**
     * Scrolls the field into view first, instantly: otherwise the driver scrolls to it smoothly, and that scroll can
     * still be running when the next click scrolls elsewhere.
     */
    private static void type(String testId, String text) {
        WebElement input = browser.scrollTo(testId);
        input.clear();
        input.sendKeys(text);
    }

    /** Desktop width, through the DevTools protocol: the helper's phone emulation fixes the viewport otherwise. */
    private static void wide() {
        metrics(1280, 900, false);
    }

    private static void narrow() {
        metrics(390, 900, true);
    }

    private static void metrics(int width, int height, boolean mobile) {
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    /** The whole page in one image, for looking over a long form. */
    private static void fullPage(String name) {
        Map<String, Object> shot = ((ChromeDriver) browser.driver()).executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true));
        try {
            Files.write(SCREENSHOTS.resolve("full-" + name + ".png"),
                    Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
