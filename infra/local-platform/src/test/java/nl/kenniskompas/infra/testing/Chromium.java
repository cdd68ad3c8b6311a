package nl.kenniskompas.infra.testing;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Debian's headless Chromium through its own chromedriver (Selenium Manager never downloads anything), with a
 * screenshot per step and axe-core checks.
 */
public final class Chromium implements AutoCloseable {

    private static final File BROWSER = new File("/usr/bin/chromium");
    private static final File DRIVER = new File("/usr/bin/chromedriver");
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final WebDriver driver;
    private final Path screenshots;
    private int step;

    private Chromium(WebDriver driver, Path screenshots) {
        this.driver = driver;
        this.screenshots = screenshots;
    }

    /** Fails, rather than skips, without a browser: CI installs it, and a silent skip would hide the gap. */
    public static Chromium start(Path screenshots) {
        if (!BROWSER.canExecute() || !DRIVER.canExecute()) {
            throw new IllegalStateException("Browser tests need Debian's Chromium and chromedriver at " + BROWSER
                    + " and " + DRIVER + ": apt-get install -y chromium chromium-driver");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=390,900", "--lang=nl-NL");
        // Headless Chromium will not make a window narrower than 500 px; emulate a phone's viewport instead.
        options.setExperimentalOption("mobileEmulation",
                Map.of("deviceMetrics", Map.of("width", 390, "height", 900, "pixelRatio", 1.0)));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build();
        try {
            Files.createDirectories(screenshots);
            try (var old = Files.list(screenshots)) {
                for (Path png : old.filter(path -> path.toString().endsWith(".png")).toList()) {
                    Files.delete(png);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Chromium(new ChromeDriver(service, options), screenshots);
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    /** Waits until the element is there and visible. */
    public WebElement testId(String testId) {
        return waitFor(By.cssSelector("[data-testid='" + testId + "']"));
    }

    /**
     * Scrolls the element to the middle of the screen first, instantly: the page scrolls smoothly, and a click
     * during a smooth scroll lands where the element was.
     */
    public void click(String testId) {
        WebElement element = scrollTo(testId);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(element))
                .click();
    }

    /**
     * Clicks the element after scrolling it to the middle of the screen: there a sticky bar cannot cover it, and a part
     * above it that redraws (a live count, a status line) cannot push it away before the click lands.
     */
    public void press(String testId) {
        press(testId(testId));
    }

    /** The element {@code inner} (a CSS selector, e.g. the link) inside the element with the test id. */
    public void press(String testId, String inner) {
        press(testId(testId).findElement(By.cssSelector(inner)));
    }

    public void press(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    /** Whether the element is on the page now, without waiting. */
    public boolean present(String testId) {
        return !driver.findElements(By.cssSelector("[data-testid='" + testId + "']")).isEmpty();
    }

    /** The element's text, read in one go ("" if absent): pages redraw while a test waits, so an element may go stale. */
    public String text(String testId) {
        Object text = ((JavascriptExecutor) driver).executeScript(
                "const element = document.querySelector(\"[data-testid='\" + arguments[0] + \"']\");"
                        + " return element ? element.textContent : '';", testId);
        return text == null ? "" : text.toString();
    }

    /** A form control's current value. */
    public String value(String testId) {
        return testId(testId).getDomProperty("value");
    }

    /** The test id of the element that has the focus, or null. */
    public String activeTestId() {
        Object id = ((JavascriptExecutor) driver).executeScript("return document.activeElement && document.activeElement.dataset.testid;");
        return id == null ? null : id.toString();
    }

    /** A desktop screen, 1280 × 900. */
    public void wide() {
        metrics(1280, 900, false);
    }

    /** A phone, 390 × 900, as the browser starts. */
    public void narrow() {
        metrics(390, 900, true);
    }

    private void metrics(int width, int height, boolean mobile) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    public WebElement scrollTo(String testId) {
        WebElement element = testId(testId);
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'start', behavior: 'instant'});", element);
        return element;
    }

    public WebElement waitFor(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /**
     * Waits until the condition holds. An element the page re-rendered between finding and reading it (stale) means
     * "not yet": the pages redraw parts of themselves on every change, and CI once caught one mid-check.
     */
    public void waitUntil(String description, java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).withMessage(description)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition::apply);
    }

    /** Saves {@code NN-name.png}; steps are numbered in the order they happen. */
    public void screenshot(String name) {
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        try {
            Files.write(screenshots.resolve(String.format("%02d-%s.png", ++step, name)), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The serious and critical WCAG 2.1 A/AA violations axe-core finds on the current page, described. */
    public List<String> seriousAccessibilityViolations() {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        return results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(Chromium::describe)
                .toList();
    }

    private static String describe(Rule rule) {
        return rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", "));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
