package org.acorn.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven by Selenium. Every page opened through {@link #open} or reached by
 * {@link #click} is checked with axe-core: no serious or critical accessibility violations allowed.
 * Without Chromium and chromedriver the test is skipped with a reason (and fails under CI=true).
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final String base;

    private Browser(WebDriver driver, URL base) {
        this.driver = driver;
        String b = base.toString();
        this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
    }

    public static Browser start(URL base) {
        String chromium = firstExisting(System.getenv("ACORN_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser");
        String chromedriver = firstExisting(System.getenv("ACORN_CHROMEDRIVER"), "/usr/bin/chromedriver");
        if (chromium == null || chromedriver == null) {
            Requirements.missing("Chromium and chromedriver (apt-get install chromium chromium-driver)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,1000");
        try {
            options.addArguments("--user-data-dir=" + Files.createTempDirectory("acorn-chromium"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new Browser(driver, base);
    }

    private static String firstExisting(String... paths) {
        for (String p : paths) {
            if (p != null && Files.isExecutable(Path.of(p))) return p;
        }
        return null;
    }

    /** Opens a path and checks the page's accessibility. */
    public Browser open(String path) {
        driver.get(path.startsWith("http") ? path : base + path);
        checkAccessibility();
        return this;
    }

    public Browser type(String id, String text) {
        WebElement e = driver.findElement(By.id(id));
        e.clear();
        e.sendKeys(text);
        return this;
    }

    public Browser select(String id, String visibleText) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id(id))).selectByVisibleText(visibleText);
        return this;
    }

    public Browser check(String id) {
        WebElement e = driver.findElement(By.id(id));
        if (!e.isSelected()) e.click();
        return this;
    }

    /**
     * Presses a button that posts its form and waits until the answer has replaced this page, so what is read next
     * is the answer and not the page being left (which goes stale under the reader on a slow machine).
     */
    public Browser submit(String id) {
        WebElement leaving = driver.findElement(By.tagName("html"));
        driver.findElement(By.id(id)).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(leaving));
        return this;
    }

    /** Clicks (a button or link) and checks the page it leads to. */
    public Browser click(String id) {
        driver.findElement(By.id(id)).click();
        checkAccessibility();
        return this;
    }

    public Browser clickLink(String text) {
        driver.findElement(By.linkText(text)).click();
        checkAccessibility();
        return this;
    }

    /** Clicks the first element matching a CSS selector and checks the page it leads to. */
    public Browser clickCss(String css) {
        driver.findElement(By.cssSelector(css)).click();
        checkAccessibility();
        return this;
    }

    public Browser checkCss(String css) {
        WebElement e = driver.findElement(By.cssSelector(css));
        if (!e.isSelected()) e.click();
        return this;
    }

    public String text() { return driver.findElement(By.tagName("body")).getText(); }

    public String path() { return java.net.URI.create(driver.getCurrentUrl()).getPath(); }

    public String heading() { return driver.findElement(By.tagName("h1")).getText(); }

    public WebDriver driver() { return driver; }

    /** axe-core on the current page: serious and critical violations fail the test, with their details. */
    public void checkAccessibility() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .analyze(driver);
        List<Rule> bad = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact())).toList();
        assertThat(bad).as("accessibility violations on " + driver.getCurrentUrl() + ":\n" + bad.stream()
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " — "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"))).isEmpty();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
