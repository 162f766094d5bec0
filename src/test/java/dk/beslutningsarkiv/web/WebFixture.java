package dk.beslutningsarkiv.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.beslutningsarkiv.api.ApiConfig;
import dk.beslutningsarkiv.api.ApiServer;
import dk.beslutningsarkiv.archive.Archive;
import dk.beslutningsarkiv.minutes.MinutesParser;
import io.javalin.Javalin;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The real service on port 0 over the bundled samples, serving web/ from disk, and Debian's
 * headless Chromium driven through its chromedriver: one of each per test class.
 */
final class WebFixture implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final Archive archive;
    final Javalin app;
    final ChromeDriver driver;
    final WebDriverWait wait;

    private WebFixture(Archive archive, Javalin app, ChromeDriver driver) {
        this.archive = archive;
        this.app = app;
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    /** Starts both; without Chromium on a developer's machine the class is skipped, in CI it fails. */
    static WebFixture start(Path tmp) throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (System.getenv("CI") == null) {
            assumeTrue(installed, "chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
        }
        Archive archive = Archive.open(tmp.resolve("data"), MinutesParser.withBundledData());
        archive.importSamplesIfEmpty();
        ApiConfig config = new ApiConfig(0, tmp.resolve("data"), null, 1024 * 1024, List.of(), Path.of("web"));
        Javalin app = ApiServer.create(config, archive).start(0);
        try {
            return new WebFixture(archive, app, chrome(tmp.resolve("chromium-profile")));
        } catch (RuntimeException e) {
            app.stop();
            archive.close();
            throw e;
        }
    }

    private static ChromeDriver chrome(Path profile) {
        // Selenium Manager must never try to download a browser or driver: this machine has no network.
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=da-DK", "--window-size=1280,900", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        return driver;
    }

    String url(String path) {
        return "http://localhost:" + app.port() + path;
    }

    void open(String path) {
        driver.get(url(path));
    }

    /** Waits until the search has answered: the page drops aria-busy and shows a count. */
    void awaitSearch() {
        wait.until(d -> {
            WebElement main = d.findElement(By.id("main"));
            return main.getDomAttribute("aria-busy") == null
                    && !d.findElement(By.id("result-count")).getText().isEmpty();
        });
    }

    void awaitPage() {
        wait.until(d -> d.findElement(By.id("page-view")).getDomAttribute("aria-busy") == null
                && d.findElement(By.id("page-status")).getText().isEmpty()
                && !d.findElements(By.cssSelector("#page-content h1")).isEmpty());
    }

    WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** A screenshot of the whole page under target/screenshots, for people reviewing a run. */
    Path screenshot(String name) throws IOException {
        Dimension window = driver.manage().window().getSize();
        long height = ((Number) js("return Math.min(document.documentElement.scrollHeight, 2400)")).longValue();
        driver.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.max(height, 600)));
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            app.stop();
            archive.close();
        }
    }
}
