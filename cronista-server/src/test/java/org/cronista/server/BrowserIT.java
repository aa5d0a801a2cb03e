package org.cronista.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page in headless Chromium (Debian's chromium and chromium-driver; nothing is downloaded):
 * the English seed article is pasted and coded, its meeting and its protest are highlighted and
 * listed, then the dyad timeline and the network are drawn. Screenshots go to target/screenshots.
 * Skips when the shared seed or the browser is absent.
 */
class BrowserIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path dir;
    static CronistaServer server;
    static WebDriver browser;
    static String seed;

    @BeforeAll
    static void start() throws Exception {
        Path file = Path.of(System.getProperty("cronista.shared", "../../shared"), "seed", "summit-en.txt");
        assumeTrue(Files.isRegularFile(file), "no shared seed at " + file);
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER), "no chromium and chromium-driver");
        seed = Files.readString(file, StandardCharsets.UTF_8);
        server = TestServers.start(TestServers.database(dir), false);
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,1000",
                "--user-data-dir=" + Files.createTempDirectory(dir, "chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    private static void shot(String name) throws Exception {
        File f = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void theSeedArticleShowsItsMeetingAndProtestThenTheTimelineAndNetworkAreDrawn() throws Exception {
        String base = "http://127.0.0.1:" + server.port() + "/";
        browser.get(base + "#code");
        waiting().until(d -> d.findElements(By.cssSelector("#code-form select[name=lang] option[value=en]")).size() == 1);
        ((JavascriptExecutor) browser).executeScript(
                "document.querySelector('#code-text').value = arguments[0];"
                        + "document.querySelector('#code-form').lang.value = 'en';"
                        + "document.querySelector('#code-form').date.value = '2023-09-13';", seed);
        browser.findElement(By.id("code-run")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("#code-events .event")).isEmpty());
        List<WebElement> cards = browser.findElements(By.cssSelector("#code-events .event"));
        WebElement meeting = cards.stream().filter(c -> c.getText().contains("CAMEO 040")).findFirst().orElseThrow();
        WebElement protest = cards.stream().filter(c -> c.getText().contains("CAMEO 114")).findFirst().orElseThrow();
        assertThat(meeting.getText()).contains("PLOVER CONSULT").contains("Goldstein 1").contains("rule");
        assertThat(protest.getText()).contains("JPN").contains("PRK").contains("protest");
        assertThat(triggers(meeting)).anySatisfy(t -> assertThat(t).containsIgnoringCase("met"));
        assertThat(triggers(protest)).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#code-article span.actor"))).isNotEmpty();
        shot("code-seed");

        browser.get(base + "#dyads?a=JPN&b=PRK&period=week");
        waiting().until(d -> !"".equals(d.findElement(By.id("dyads-chart")).getDomAttribute("data-points") + "")
                && d.findElement(By.id("dyads-chart")).getDomAttribute("data-points") != null);
        assertThat(Integer.parseInt(browser.findElement(By.id("dyads-chart")).getDomAttribute("data-points"))).isPositive();
        assertThat(browser.findElements(By.cssSelector("#dyads-chart canvas"))).isNotEmpty();
        assertThat(browser.findElement(By.id("dyads-summary")).getText()).contains("JPN (Japan)").contains("PRK");
        shot("dyads-jpn-prk");

        browser.get(base + "#network");
        waiting().until(d -> d.findElement(By.id("network-graph")).getDomAttribute("data-nodes") != null);
        assertThat(Integer.parseInt(browser.findElement(By.id("network-graph")).getDomAttribute("data-nodes")))
                .isGreaterThanOrEqualTo(4);
        assertThat(browser.findElements(By.cssSelector("#network-graph canvas"))).isNotEmpty();
        shot("network");

        browser.get(base + "#tension");
        waiting().until(d -> !d.findElements(By.cssSelector("#alerts .alert")).isEmpty());
        shot("tension");
        browser.get(base + "#map");
        waiting().until(d -> d.findElement(By.id("map-chart")).getDomAttribute("data-places") != null);
        shot("map");
    }

    /** The highlighted words of an event card's event. */
    private static List<String> triggers(WebElement card) {
        String ev = card.getDomAttribute("data-ev");
        return browser.findElements(By.cssSelector("#code-article span.trigger[data-ev='" + ev + "']")).stream()
                .map(WebElement::getText).toList();
    }
}
