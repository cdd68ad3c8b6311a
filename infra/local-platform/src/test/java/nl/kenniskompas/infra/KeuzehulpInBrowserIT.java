package nl.kenniskompas.infra;

import nl.kenniskompas.infra.testing.Chromium;
import nl.kenniskompas.infra.testing.RunningPlatform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Keuzehulp in the browser, from catalogue to client. Instrumentbeheerder {@value #BEHEERDER} imports a CSV through
 * the beheer page: a file with a broken row is refused as a whole with a table of row problems, the corrected file
 * goes in, and a concept without a B1 card cannot be published. Professional {@value #PROFESSIONAL} searches like a
 * webshop: a filter's count is the number of results after ticking it, a value that gives nothing is disabled, the
 * filters live in the URL (a reload and the back button keep them), and a bookmarked unknown value shows the API's
 * message with a way out. She compares three instruments (a fourth is refused), reads one (evidence ladder, Dutch
 * research, reviews apart, the B1 card for the conversation), reviews it and makes a review link for a client. Without
 * an account the client opens that link and gives a score; the same link a second time is refused kindly. The public
 * page lists the organisation's B1 cards. axe-core checks every page; screenshots at 390 px and 1280 px.
 * <p>
 * The instruments all carry "Betuwe" in their name: searching for it shows this test's instruments only, whatever else
 * the organisation's catalogue holds.
 */
@ExtendWith(RunningPlatform.Extension.class)
class KeuzehulpInBrowserIT {

    private static final String BEHEERDER = "bas";
    private static final String PROFESSIONAL = "wendy";
    private static final String TENANT = "werkzaak-rivierenland";
    private static final String TENANT_NAME = "Werkzaak Rivierenland";
    private static final Path SCREENSHOTS = Path.of("target/screenshots/keuzehulp");
    private static final Path FILES = Path.of("target/keuzehulp-it");

    /** The header of docs/api-v1-keuzehulp.md, in its order. */
    private static final List<String> HEADER = List.of("id", "status", "naam", "aliassen", "categorie", "doel", "werkwijze",
            "doelgroep", "instroomvoorwaarden", "aanbieder", "locaties", "duur", "intensiteit", "kosten", "kosten_toelichting",
            "vorm", "bereik", "erkenning", "erkend_op", "onderzoek_nl", "onderzoek_toelichting", "wettelijk", "wensen_klanten",
            "links", "leeftijd", "uitkering", "doelgroepregister", "doelgroepen", "taalniveau", "opleiding", "werkervaring",
            "aandachtspunten", "doelen", "werkwijze_tags", "b1_wat_is_het", "b1_voor_wie", "b1_wat_ga_je_doen", "b1_hoe_lang",
            "b1_wat_levert_het_op", "b1_kost_het_iets", "sjabloon");

    private static final String SOLLICITATIE = "Sollicitatietraining Betuwe";
    private static final String BUDGET = "Budgetcursus Betuwe";
    private static final String TAALMAATJE = "Taalmaatje Betuwe";
    private static final String SUBSIDIE = "Loonkostensubsidie Betuwe";
    private static final String JOBCOACH = "Jobcoaching Betuwe";

    private static RunningPlatform platform;

    @BeforeAll
    static void start(RunningPlatform running) {
        platform = running;
    }

    @Test
    void fromImportToAClientsReview() {
        String reviewLink;
        try (Chromium browser = Chromium.start(SCREENSHOTS.resolve("beheerder"))) {
            signIn(browser, BEHEERDER);
            browser.press("nav-keuzehulp-beheer");
            browser.waitUntil("the (empty) list is there", driver -> browser.present("beheer-leeg") || browser.present("beheer-lijst"));
            browser.screenshot("beheer-leeg");
            fitsThePhone(browser);
            assertThat(browser.seriousAccessibilityViolations()).as("axe-core on the beheer page").isEmpty();

            // A file with a broken row: nothing is imported, the problems are listed per row.
            upload(browser, csv("kapot.csv", catalogue(true)));
            browser.testId("import-problemen");
            assertThat(browser.testId("import-fout").getText()).contains("niets geïmporteerd");
            assertThat(browser.testId("import-probleem-rij-3").getText()).contains("kosten", "veel");
            assertThat(browser.testId("import-probleem-rij-4").getText()).contains("categorie", "taal");
            assertThat(browser.present("beheer-lijst")).as("nothing imported").isFalse();
            browser.scrollTo("import-fout");
            browser.screenshot("import-geweigerd");
            assertThat(browser.seriousAccessibilityViolations()).as("axe-core with the problem table").isEmpty();
            browser.wide();
            browser.scrollTo("import-fout");
            browser.screenshot("import-geweigerd-breed");
            browser.narrow();

            // The corrected file: four published instruments and a concept.
            upload(browser, csv("goed.csv", catalogue(false)));
            assertThat(browser.testId("import-gelukt").getText()).contains("5 rijen", "5 nieuw", "4 instrumenten staan nu gepubliceerd");
            browser.waitUntil("the list shows the imported instruments", driver -> browser.present("beheer-jobcoaching-betuwe"));
            assertThat(browser.testId("status-jobcoaching-betuwe").getDomAttribute("data-value")).isEqualTo("CONCEPT");
            assertThat(browser.testId("status-sollicitatietraining-betuwe").getDomAttribute("data-value")).isEqualTo("GEPUBLICEERD");

            // A concept without its B1 card cannot be published: the API says what is missing.
            browser.press("publiceren-jobcoaching-betuwe");
            assertThat(browser.testId("publiceren-fout-jobcoaching-betuwe").getText()).contains("Vul eerst aan");
            browser.scrollTo("beheer-jobcoaching-betuwe");
            browser.screenshot("publiceren-kan-nog-niet");
            assertThat(browser.seriousAccessibilityViolations()).as("axe-core after the import").isEmpty();

            // Its edit form shows the card's problems at their fields.
            browser.press("bewerken-jobcoaching-betuwe");
            browser.press("publiceren");
            assertThat(browser.testId("probleem-b1.voorWie").getText()).contains("Vul dit in");
            assertThat(browser.testId("fouten-overzicht").getText()).contains("Voor wie?");
            browser.scrollTo("foutmelding");
            browser.screenshot("bewerken-b1-ontbreekt");
            fitsThePhone(browser);
            assertThat(browser.seriousAccessibilityViolations()).as("axe-core on the edit form").isEmpty();
            browser.wide();
            browser.scrollTo("veld-b1.watIsHet");
            browser.screenshot("bewerken-b1-breed");
            browser.narrow();
        }

        try (Chromium browser = Chromium.start(SCREENSHOTS.resolve("professional"))) {
            signIn(browser, PROFESSIONAL);
            assertThat(browser.present("nav-keuzehulp-beheer")).as("no beheer for a professional").isFalse();

            // "Deze werkwijze toepassen?" on a Kopkraker leads to the own Keuzehulp, filtered on the option's way of working.
            browser.open(platform.gatewayUrl() + "/#/kopkrakers/jeanne");
            assertThat(browser.testId("toepassen-B").getDomAttribute("href")).isEqualTo("#/keuzehulp?werkwijze=sollicitatievaardigheden");
            browser.press("toepassen-B");
            browser.waitUntil("the Keuzehulp shows the way of working's instruments", driver -> resultNames(browser).contains(SOLLICITATIE));
            openFilters(browser);
            assertThat(browser.testId("filter-werkwijze-sollicitatievaardigheden").isSelected()).isTrue();

            // Searching for this test's instruments.
            browser.press("nav-keuzehulp");
            browser.waitUntil("the search is empty again", driver -> driver.getCurrentUrl().endsWith("#/keuzehulp"));
            browser.testId("kh-zoek").sendKeys("Betuwe");
            browser.press("kh-zoeken");
            browser.waitUntil("four published instruments", driver -> "4".equals(count(browser)));
            assertThat(resultNames(browser)).containsExactlyInAnyOrder(SOLLICITATIE, BUDGET, TAALMAATJE, SUBSIDIE);
            // The number is said a moment after it is set (so the same words are read out again), hence wait for it.
            browser.waitUntil("the count said in words", driver -> browser.text("kh-aantal").equals("4 instrumenten gevonden"));
            assertThat(browser.testId("kh-aantal").getDomAttribute("aria-live")).isEqualTo("polite");
            browser.screenshot("zoeken");
            fitsThePhone(browser);
            assertThat(browser.seriousAccessibilityViolations()).as("axe-core on the search").isEmpty();

            // A filter's count is the number of results after ticking it.
            openFacet(browser, "doel");
            WebElement debts = browser.testId("filter-doel-schulden");
            assertThat(label(browser, debts)).isEqualTo("Geld en schulden (1)");
            String promised = debts.getDomAttribute("data-count");
            browser.press("filter-doel-schulden");
            browser.waitUntil("the results follow the filter", driver -> promised.equals(count(browser)));
            assertThat(resultNames(browser)).hasSize(Integer.parseInt(promised)).containsExactly(BUDGET);
            // A value that would give nothing stays visible but cannot be ticked.
            List<WebElement> empty = browser.driver().findElements(By.cssSelector("[data-testid='kh-filters'] input[data-count='0']:not(:checked)"));
            assertThat(empty).isNotEmpty().allSatisfy(box -> assertThat(box.isEnabled()).isFalse());
            // (Within "Werkt aan" the values are alternatives, so there every count includes the current result.)
            assertThat(browser.driver().findElement(By.cssSelector("[data-testid='filter-vorm-individueel']")).isEnabled()).isFalse();
            assertThat(browser.driver().findElement(By.cssSelector("[data-testid='filter-vorm-individueel']")).getDomAttribute("data-count")).isEqualTo("0");
            assertThat(browser.activeTestId()).as("focus stays on the box just ticked").isEqualTo("filter-doel-schulden");
            // The URL holds the filters; a reload keeps them.
            assertThat(browser.driver().getCurrentUrl()).endsWith("#/keuzehulp?doel=schulden&zoek=Betuwe");
            browser.screenshot("gefilterd");
            assertThat(browser.seriousAccessibilityViolations()).as("axe-core with a filter").isEmpty();
            browser.wide();
            browser.screenshot("gefilterd-breed");
            browser.driver().navigate().refresh();
            browser.waitUntil("the reloaded page has the same search", driver -> "1".equals(count(browser)));
            openFilters(browser);
            assertThat(browser.testId("filter-doel-schulden").isSelected()).isTrue();
            assertThat(browser.value("kh-zoek")).isEqualTo("Betuwe");
            browser.screenshot("herladen");
            // Back goes one filter back, forward again.
            browser.driver().navigate().back();
            browser.waitUntil("back: without the filter", driver -> "4".equals(count(browser)));
            assertThat(browser.testId("filter-doel-schulden").isSelected()).isFalse();
            browser.driver().navigate().forward();
            browser.waitUntil("forward: with the filter", driver -> "1".equals(count(browser)));
            browser.press("kh-gekozen-doel-schulden");
            browser.waitUntil("the chip removed the filter", driver -> "4".equals(count(browser)));

            // A bookmarked link with a value this Keuzehulp does not know: the API's message and a way out.
            browser.open(platform.gatewayUrl() + "/#/keuzehulp?zoek=Betuwe&leeftijd=99-100");
            assertThat(browser.testId("foutmelding").getText()).contains("99-100");
            browser.screenshot("onbekende-waarde");
            assertThat(browser.seriousAccessibilityViolations()).as("axe-core with the 422").isEmpty();
            browser.press("kh-zonder-onbekend");
            browser.waitUntil("without the unknown filter", driver -> "4".equals(count(browser)));
            assertThat(browser.driver().getCurrentUrl()).endsWith("#/keuzehulp?zoek=Betuwe");

            // Compare: at most three.
            for (String name : List.of(SOLLICITATIE, BUDGET, TAALMAATJE)) {
                browser.press("vergelijk-" + idOf(browser, name));
            }
            assertThat(browser.testId("vergelijk-link").getText()).isEqualTo("Vergelijk (3)");
            String subsidie = idOf(browser, SUBSIDIE);
            browser.press("vergelijk-" + subsidie);
            browser.waitUntil("a fourth is refused", driver -> browser.text("vergelijk-melding").contains("hoogstens 3"));
            assertThat(browser.testId("vergelijk-" + subsidie).isSelected()).isFalse();
            browser.scrollTo("kh-resultaten");
            browser.screenshot("vergelijk-drie");
            browser.wide();
            browser.screenshot("vergelijk-drie-breed");
            browser.narrow();
            browser.press("vergelijk-link");
            WebElement table = browser.testId("vergelijking");
            assertThat(table.findElements(By.cssSelector("thead th[scope='col']"))).hasSize(3);
            assertThat(browser.testId("vergelijk-rij-onderbouwing").getText()).contains("Goed onderbouwd", "Niet beoordeeld", "Goed beschreven");
            assertThat(browser.testId("vergelijk-rij-kosten").getText()).contains("Gratis");
            assertThat(browser.driver().findElement(By.cssSelector(".kk-table-scroll")).getDomAttribute("tabindex")).isEqualTo("0");
            browser.screenshot("vergelijking");
            fitsThePhone(browser);
            assertThat(browser.seriousAccessibilityViolations()).as("axe-core on the comparison").isEmpty();
            browser.wide();
            browser.screenshot("vergelijking-breed");
            browser.narrow();

            // One instrument: the ladder, Dutch research and reviews, each apart.
            browser.press("vergelijk-kolom-" + idOf(table, SOLLICITATIE), "a");
            assertThat(browser.testId("kh-naam").getText()).isEqualTo(SOLLICITATIE);
            assertThat(browser.testId("kh-aliassen").getText()).contains("Solliciteren in de praktijk");
            assertThat(browser.testId("kh-erkenning").getText()).isEqualTo("Goed onderbouwd");
            assertThat(browser.testId("kh-erkenning-uitleg").getText()).isNotBlank();
            assertThat(browser.testId("kh-erkend-op").getText()).contains("1 maart 2021");
            assertThat(browser.driver().findElements(By.cssSelector(".kk-ladder li"))).hasSize(6);
            assertThat(browser.driver().findElement(By.cssSelector(".kk-ladder li[aria-current='step']")).getText()).startsWith("Goed onderbouwd");
            assertThat(browser.testId("kh-onderzoek-nl").getText()).isEqualTo("Onderzoek in Nederland: gemengd");
            assertThat(browser.testId("kh-onderzoek-toelichting").getText()).contains("bescheiden");
            assertThat(browser.testId("kh-professionals-samenvatting").getText()).isEqualTo("Nog te weinig beoordelingen (0)");
            assertThat(browser.testId("kh-klanten-samenvatting").getText()).isEqualTo("Nog te weinig beoordelingen (0)");
            browser.screenshot("instrument");
            fitsThePhone(browser);
            assertThat(browser.seriousAccessibilityViolations()).as("axe-core on an instrument").isEmpty();
            browser.scrollTo("kh-onderbouwing");
            browser.screenshot("instrument-onderbouwing");
            browser.wide();
            browser.scrollTo("kh-onderbouwing");
            browser.screenshot("instrument-onderbouwing-breed");
            browser.narrow();

            // My review: a 5 needs a text (said before sending), a phone number is refused by the server.
            browser.press("veld-general-5");
            assertThat(browser.testId("toelichting-verplicht").getText()).isEqualTo("(verplicht)");
            browser.press("veld-result-4");
            browser.press("veld-execution-4");
            browser.press("beoordeling-opslaan");
            assertThat(browser.testId("probleem-text").getText()).contains("1 of een 5");
            assertThat(browser.activeTestId()).isEqualTo("veld-text");
            browser.testId("veld-text").sendKeys("Deelnemers oefenen echt. Vragen? Bel mij op 06-12345678.");
            browser.press("beoordeling-opslaan");
            assertThat(browser.testId("foutmelding").getText()).contains("te herkennen");
            assertThat(browser.testId("probleem-text").getText()).contains("telefoonnummer");
            browser.scrollTo("beoordeling-formulier");
            browser.screenshot("beoordeling-persoonsgegevens");
            assertThat(browser.seriousAccessibilityViolations()).as("axe-core with the refused review").isEmpty();
            WebElement box = browser.testId("veld-text");
            box.clear();
            box.sendKeys("Deelnemers oefenen echt met gesprekken en krijgen direct terugkoppeling.");
            browser.press("beoordeling-opslaan");
            browser.testId("beoordeling-opgeslagen");
            browser.waitUntil("my review is listed", driver -> browser.present("kh-mijn-beoordeling"));
            assertThat(browser.testId("kh-professionals-samenvatting").getText()).isEqualTo("Nog te weinig beoordelingen (1)");

            // A review link for a client: absolute, with its expiry.
            browser.press("beoordelingslink-maken");
            reviewLink = browser.value("beoordelingslink");
            assertThat(reviewLink).startsWith(platform.gatewayUrl() + "/#/beoordeel/");
            assertThat(browser.testId("beoordelingslink-geldig").getText()).contains("één keer", "geldig tot en met");
            browser.scrollTo("beoordelingslink-klaar");
            browser.screenshot("beoordelingslink");
            browser.scrollTo("kh-beoordelingen");
            browser.screenshot("beoordelingen");
            assertThat(browser.seriousAccessibilityViolations()).as("axe-core with the review link").isEmpty();
            browser.wide();
            browser.scrollTo("kh-beoordelingen");
            browser.screenshot("beoordelingen-breed");
            browser.narrow();

            // "Samen bekijken": the B1 card with its fixed headings.
            browser.press("samen-bekijken");
            assertThat(browser.testId("b1-kaart").findElements(By.cssSelector("h2")).stream().map(WebElement::getText).toList())
                    .containsExactly("Wat is het?", "Voor wie?", "Wat ga je doen?", "Hoe lang?", "Wat levert het op?",
                            "Kost het iets / houd ik mijn uitkering?");
            browser.screenshot("samen-bekijken");
            fitsThePhone(browser);
            assertThat(browser.seriousAccessibilityViolations()).as("axe-core on the B1 card").isEmpty();
            browser.wide();
            browser.screenshot("samen-bekijken-breed");
        }

        try (Chromium client = Chromium.start(SCREENSHOTS.resolve("klant"))) {
            // No account: the link opens the review page straight away.
            client.open(reviewLink);
            assertThat(client.testId("beoordeel-titel").getText()).isEqualTo("Wat vond je van " + SOLLICITATIE + "?");
            assertThat(client.present("tenant-" + TENANT)).as("no sign-in").isFalse();
            assertThat(client.testId("privacy-hint").getText()).contains("anoniem");
            client.screenshot("beoordelen");
            fitsThePhone(client);
            assertThat(client.seriousAccessibilityViolations()).as("axe-core on the client's review").isEmpty();
            client.press("verstuur");
            assertThat(client.testId("probleem-score").getText()).contains("cijfer");
            client.press("cijfer-4");
            client.testId("veld-tekst").sendKeys("Ik durf nu beter te bellen met een werkgever.");
            assertThat(client.testId("telling-tekst").getText()).isEqualTo("45 / 300 tekens");
            client.wide();
            client.screenshot("beoordelen-breed");
            client.narrow();
            client.press("verstuur");
            assertThat(client.testId("beoordeling-verstuurd").getText()).contains("Dank je wel");
            client.screenshot("bedankt");

            // The same link again: refused, kindly.
            client.open(platform.gatewayUrl() + "/");
            client.open(reviewLink);
            WebElement refused = client.testId("link-melding");
            assertThat(refused.getDomAttribute("data-kind")).isEqualTo("gebruikt");
            assertThat(refused.getText()).contains("één keer");
            client.screenshot("al-gebruikt");
            assertThat(client.seriousAccessibilityViolations()).as("axe-core on the used link").isEmpty();

            // The organisation's public page, from the start page.
            client.open(platform.gatewayUrl() + "/");
            client.press("publiek-" + TENANT);
            assertThat(client.testId("pk-titel").getText()).isEqualTo("Keuzehulp van " + TENANT_NAME);
            client.waitUntil("the published instruments are there", driver -> publicNames(client).containsAll(
                    List.of(SOLLICITATIE, BUDGET, TAALMAATJE, SUBSIDIE)));
            assertThat(publicNames(client)).doesNotContain(JOBCOACH);
            client.screenshot("publiek");
            fitsThePhone(client);
            assertThat(client.seriousAccessibilityViolations()).as("axe-core on the public page").isEmpty();
            client.testId("pk-zoek").sendKeys("budgetcursus betuwe");
            client.waitUntil("only the budget course", driver -> publicNames(client).equals(List.of(BUDGET)));
            assertThat(client.testId("pk-aantal").getText()).startsWith("Je ziet 1 van de");
            client.screenshot("publiek-gezocht");
            client.wide();
            client.screenshot("publiek-gezocht-breed");
        }

        moderateAndTagWaysOfWorking();
    }

    // --- moderation and the Kopkraker editor's ways of working --------------------------------------------------------

    private static void moderateAndTagWaysOfWorking() {
        try (Chromium browser = Chromium.start(SCREENSHOTS.resolve("moderator"))) {
            signIn(browser, BEHEERDER);
            browser.press("nav-moderatie");
            browser.press("kh-beoordelingen-link");
            browser.testId("kh-moderatie");
            String id = null;
            for (WebElement item : browser.driver().findElements(By.cssSelector("article[data-testid^='kh-beoordeling-']"))) {
                if (item.getText().contains("Deelnemers oefenen echt")) {
                    id = item.getDomAttribute("data-testid").substring("kh-beoordeling-".length());
                }
            }
            assertThat(id).as("the professional's review is listed").isNotNull();
            assertThat(browser.testId("kh-moderatie").getText()).contains("Ik durf nu beter te bellen");
            browser.press("verbergen-" + id);
            assertThat(browser.testId("probleem-kh-reden-" + id).getText()).contains("verplicht");
            browser.testId("kh-reden-" + id).sendKeys("Test: verbergen werkt.");
            browser.press("verbergen-" + id);
            String hiddenId = id;
            browser.waitUntil("the review is hidden", driver -> "hidden".equals(
                    browser.testId("kh-beoordeling-" + hiddenId).getDomAttribute("data-state")));
            browser.scrollTo("kh-beoordeling-" + id);
            browser.screenshot("verborgen");
            assertThat(browser.seriousAccessibilityViolations()).as("axe-core on the moderation of reviews").isEmpty();
        }
        try (Chromium browser = Chromium.start(SCREENSHOTS.resolve("redacteur"))) {
            chromiumSignIn(browser, "rita", "uwv", "UWV");
            browser.open(platform.gatewayUrl() + "/#/redactie/jeanne");
            String group = "veld-options[1].werkwijzen";
            assertThat(browser.testId(group + "-sollicitatievaardigheden").isSelected()).isTrue();
            fitsThePhone(browser);
            assertThat(browser.testId("telling-options[1].werkwijzen").getText()).isEqualTo("1 van hoogstens 3 gekozen");
            browser.press(group + "-sturende-begeleiding");
            browser.press(group + "-coachende-begeleiding");
            assertThat(checked(browser, group)).containsExactly("sollicitatievaardigheden", "sturende-begeleiding", "coachende-begeleiding");
            assertThat(browser.testId("telling-options[1].werkwijzen").getText()).isEqualTo("3 van hoogstens 3 gekozen");
            browser.press(group + "-maatwerk");
            assertThat(browser.testId(group + "-maatwerk").isSelected()).as("a fourth is refused").isFalse();
            assertThat(checked(browser, group)).hasSize(3);
            assertThat(browser.testId("telling-options[1].werkwijzen").getText()).contains("hoogstens 3");
            browser.scrollTo(group);
            browser.screenshot("werkwijzen");
            fitsThePhone(browser);
            assertThat(browser.seriousAccessibilityViolations()).as("axe-core on the editor's ways of working").isEmpty();
            browser.wide();
            browser.scrollTo(group);
            browser.screenshot("werkwijzen-breed");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> checked(Chromium browser, String group) {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return [...document.getElementById(arguments[0]).querySelectorAll('input:checked')].map(box => box.value);", group);
    }

    // --- the CSV ----------------------------------------------------------------------------------------------------

    /** Five instruments (four published, a concept without a B1 card); {@code broken}: a bad cell in two rows. */
    private static String catalogue(boolean broken) {
        List<Map<String, String>> rows = new ArrayList<>();
        rows.add(row("sollicitatietraining-betuwe", "gepubliceerd", SOLLICITATIE, Map.ofEntries(
                Map.entry("aliassen", "Solliciteren in de praktijk|Sollicitatiecursus"),
                Map.entry("categorie", "richting-werk"),
                Map.entry("doel", "Leren solliciteren: vacatures zoeken, een brief en cv schrijven en een gesprek voeren."),
                Map.entry("werkwijze", "Vier bijeenkomsten in een kleine groep met rollenspellen en directe terugkoppeling; daarna twee gesprekken met de trainer."),
                Map.entry("doelgroep", "Werkzoekenden die dicht bij werk staan"),
                Map.entry("locaties", "Tiel|Online"),
                Map.entry("duur", "8 weken"),
                Map.entry("intensiteit", "2,5"),
                Map.entry("kosten", "0"),
                Map.entry("vorm", "groep"),
                Map.entry("bereik", "regionaal"),
                Map.entry("erkenning", "goed-onderbouwd"),
                Map.entry("erkend_op", "2021-03-01"),
                Map.entry("onderzoek_nl", "gemengd"),
                Map.entry("onderzoek_toelichting", "UWV noemt de effecten van zijn dienstverlening bescheiden; trainingen met veel oefenen werken het best."),
                Map.entry("wensen_klanten", "Liever een kleine groep en oefenen met echte vacatures."),
                Map.entry("links", "Meer over solliciteren=https://www.werk.nl/"),
                Map.entry("leeftijd", "22-26|27-55"),
                Map.entry("uitkering", "participatiewet|ww"),
                Map.entry("doelen", "zoeken-solliciteren|werknemersvaardigheden"),
                Map.entry("werkwijze_tags", "sollicitatievaardigheden")), true));
        rows.add(row("budgetcursus-betuwe", "gepubliceerd", BUDGET, Map.ofEntries(
                Map.entry("categorie", "praktische-problemen"),
                Map.entry("doel", "Grip krijgen op geld: een overzicht van inkomsten en vaste lasten, en minder geldstress."),
                Map.entry("werkwijze", "Zes groepsbijeenkomsten met een budgetcoach; je maakt je eigen begroting."),
                Map.entry("locaties", "Tiel"),
                Map.entry("duur", "6 weken"),
                Map.entry("kosten", broken ? "veel" : "0"),
                Map.entry("vorm", "groep"),
                Map.entry("aandachtspunten", "schulden"),
                Map.entry("doelen", "schulden"),
                Map.entry("werkwijze_tags", "grip-op-geld")), true));
        rows.add(row("taalmaatje-betuwe", "gepubliceerd", TAALMAATJE, Map.ofEntries(
                Map.entry("categorie", broken ? "taal" : "praktische-problemen"),
                Map.entry("doel", "Beter Nederlands spreken in het dagelijks leven en op het werk."),
                Map.entry("werkwijze", "Een vrijwilliger spreekt een uur per week met je af om te oefenen."),
                Map.entry("locaties", "Culemborg"),
                Map.entry("duur", "6 maanden"),
                Map.entry("intensiteit", "1"),
                Map.entry("kosten", "0"),
                Map.entry("vorm", "individueel"),
                Map.entry("erkenning", "goed-beschreven"),
                Map.entry("erkend_op", "2019-05-01"),
                Map.entry("taalniveau", "a1|a2|b1"),
                Map.entry("doelen", "taal-basisvaardigheden|netwerk")), true));
        rows.add(row("loonkostensubsidie-betuwe", "gepubliceerd", SUBSIDIE, Map.ofEntries(
                Map.entry("categorie", "richting-werk"),
                Map.entry("doel", "Een werkgever compenseren voor de lagere loonwaarde, zodat iemand in vaste dienst kan."),
                Map.entry("werkwijze", "Na een loonwaardebepaling op de werkplek betaalt de gemeente de werkgever het verschil tot het minimumloon."),
                Map.entry("aanbieder", "Gemeente"),
                Map.entry("duur", "doorlopend"),
                Map.entry("wettelijk", "ja"),
                Map.entry("onderzoek_nl", "positief"),
                Map.entry("onderzoek_toelichting", "Evaluaties vinden een positief effect op werk bij mensen die het minimumloon niet kunnen verdienen."),
                Map.entry("doelgroepregister", "ja"),
                Map.entry("doelen", "werkgeversprikkel|bemiddeling")), true));
        rows.add(row("jobcoaching-betuwe", "concept", JOBCOACH, Map.ofEntries(
                Map.entry("categorie", "nazorg"),
                Map.entry("doel", "Begeleiding op de werkplek, zodat werk blijft lukken."),
                Map.entry("werkwijze", "Een jobcoach komt op de werkplek en adviseert werknemer en werkgever."),
                Map.entry("doelen", "behoud-van-werk|werkplek")), false));
        StringBuilder file = new StringBuilder(String.join(";", HEADER)).append("\r\n");
        for (Map<String, String> row : rows) {
            file.append(String.join(";", HEADER.stream().map(column -> cell(row.getOrDefault(column, ""))).toList())).append("\r\n");
        }
        return file.toString();
    }

    private static Map<String, String> row(String id, String status, String name, Map<String, String> cells, boolean withCard) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("id", id);
        row.put("status", status);
        row.put("naam", name);
        row.put("aanbieder", "Werkzaak Rivierenland");
        row.putAll(cells);
        if (withCard) {
            row.put("b1_wat_is_het", "Een korte uitleg van " + name + " in gewone woorden.");
            row.put("b1_voor_wie", "Voor jou als je hulp wilt op weg naar werk.");
            row.put("b1_wat_ga_je_doen", "Je oefent samen met anderen of met een begeleider.");
            row.put("b1_hoe_lang", "Een paar weken of maanden. Je klantmanager weet precies hoe lang.");
            row.put("b1_wat_levert_het_op", "Je weet beter wat je kunt en wat je wilt.");
            row.put("b1_kost_het_iets", "Het kost je niets. Je houdt je uitkering.");
        }
        return row;
    }

    /** RFC 4180: quotes around a cell with a separator, a quote or a line break. */
    private static String cell(String value) {
        return value.contains(";") || value.contains("\"") || value.contains("\n") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static Path csv(String name, String content) {
        try {
            Files.createDirectories(FILES);
            Path file = FILES.resolve(name).toAbsolutePath();
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void upload(Chromium browser, Path file) {
        browser.scrollTo("csv-bestand");
        browser.testId("csv-bestand").sendKeys(file.toString());
        ((JavascriptExecutor) browser.driver()).executeScript("document.querySelector(\"[data-testid='import-resultaat']\").replaceChildren();");
        browser.press("importeer");
        browser.waitUntil("the import answered", driver -> browser.present("import-gelukt") || browser.present("import-fout"));
    }

    // --- the page -------------------------------------------------------------------------------------------------------

    private static void signIn(Chromium chromium, String username) {
        chromiumSignIn(chromium, username, TENANT, TENANT_NAME);
    }

    private static void chromiumSignIn(Chromium chromium, String username, String tenant, String tenantName) {
        chromium.open(platform.gatewayUrl());
        chromium.press("tenant-" + tenant);
        chromium.waitFor(By.id("username")).sendKeys(username);
        chromium.waitFor(By.id("password")).sendKeys(DemoUsers.PASSWORD);
        chromium.waitFor(By.cssSelector("button[type='submit']")).click();
        assertThat(chromium.testId("tenant-naam").getText()).contains(tenantName);
    }

    /** Nothing sticks out sideways at 390 px (the phone would zoom out, and every tap would land a little off). */
    private static void fitsThePhone(Chromium browser) {
        Object wider = ((JavascriptExecutor) browser.driver()).executeScript(
                "if (document.documentElement.scrollWidth <= 390 && window.innerWidth <= 390) return '';"
                        + " return document.documentElement.scrollWidth + ' px: ' + [...document.querySelectorAll('body *')]"
                        + ".filter(e => e.getBoundingClientRect().right > 391 && !e.closest('.kk-table-scroll'))"
                        + ".map(e => e.tagName + '.' + e.className).slice(0, 5).join(', ')"
                        + " + ' / ' + [...document.querySelectorAll('.kk-table-scroll, .kk-table-scroll *')].filter(e => e.getBoundingClientRect().right > 391).slice(0, 4)"
                        + ".map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().left) + '-' + Math.round(e.getBoundingClientRect().right) + ' ' + getComputedStyle(e).position + ' ' + getComputedStyle(e).overflowX).join(', ');");
        assertThat(String.valueOf(wider)).as("the page is wider than the phone").isEmpty();
    }

    /** On a phone the filters are folded away under "Filters". */
    private static void openFilters(Chromium browser) {
        WebElement panel = browser.testId("kh-filterpaneel");
        if (panel.getDomAttribute("open") == null) {
            browser.press(panel.findElement(By.cssSelector("summary")));
        }
    }

    private static void openFacet(Chromium browser, String facet) {
        openFilters(browser);
        WebElement details = browser.testId("kh-facet-" + facet);
        if (details.getDomAttribute("open") == null) {
            WebElement summary = details.findElement(By.cssSelector("summary"));
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", summary);
            summary.click();
        }
    }

    /** The number of results as the page states it ({@code data-value} of the count), read in one go. */
    private static String count(Chromium browser) {
        Object value = ((JavascriptExecutor) browser.driver()).executeScript(
                "const count = document.querySelector(\"[data-testid='kh-aantal']\");"
                        + " const busy = document.querySelector('.kk-kh__list-slot[aria-busy]');"
                        + " return count && !busy ? count.dataset.value ?? null : null;");
        return value == null ? null : value.toString();
    }

    @SuppressWarnings("unchecked")
    private static List<String> resultNames(Chromium browser) {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return [...document.querySelectorAll(\"[data-testid^='instrument-link-']\")].map(a => a.textContent);");
    }

    @SuppressWarnings("unchecked")
    private static List<String> publicNames(Chromium browser) {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return [...document.querySelectorAll(\"[data-testid^='pk-kaart-']\")].filter(card => card.closest('li') && !card.closest('li').hidden)"
                        + ".map(card => card.querySelector('h2').textContent);");
    }

    /** The instrument id behind a result card's link with this name. */
    private static String idOf(Chromium browser, String name) {
        return idOf(browser.driver().findElement(By.cssSelector("[data-testid='kh-resultaten']")), name);
    }

    private static String idOf(WebElement scope, String name) {
        for (WebElement link : scope.findElements(By.cssSelector("a[href^='#/keuzehulp/']"))) {
            if (name.equals(link.getText().trim())) {
                String href = link.getDomAttribute("href");
                return href.substring("#/keuzehulp/".length());
            }
        }
        throw new AssertionError("No link to " + name);
    }

    private static String label(Chromium browser, WebElement control) {
        return browser.driver().findElement(By.cssSelector("label[for='" + control.getDomAttribute("id") + "']")).getText();
    }
}
