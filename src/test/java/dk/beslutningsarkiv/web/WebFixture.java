package dk.beslutningsarkiv.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.beslutningsarkiv.api.ApiConfig;
import dk.beslutningsarkiv.api.ApiServer;
import dk.beslutningsarkiv.archive.Archive;
import dk.beslutningsarkiv.archive.FileTrees;
import dk.beslutningsarkiv.minutes.MinutesParser;
import io.javalin.Javalin;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The real service on port 0 over the bundled samples, serving web/ from disk, and Debian's
 * headless Chromium driven through its chromedriver. One of each for the whole run: the test
 * classes get it as a parameter of their {@code @BeforeAll}, and JUnit closes it at the end.
 */
final class WebFixture implements AutoCloseable {

    /** Resolves a {@code WebFixture} parameter to the one shared by every test class of the run. */
    static final class Shared implements ParameterResolver {
        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(WebFixture.class);

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == WebFixture.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            // Checked here, outside the store, so a missing browser skips the class rather than failing it.
            assumeBrowserInstalled();
            return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(WebFixture.class, k -> {
                try {
                    return start(Files.createTempDirectory("arkiv-web-test"));
                } catch (Exception e) {
                    throw new IllegalStateException("the web test fixture did not start", e);
                }
            }, WebFixture.class);
        }
    }

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final Path tmp;
    final Archive archive;
    final Javalin app;
    final ChromeDriver driver;
    final WebDriverWait wait;

    private WebFixture(Path tmp, Archive archive, Javalin app, ChromeDriver driver) {
        this.tmp = tmp;
        this.archive = archive;
        this.app = app;
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    /** Without Chromium a developer's run skips the web tests; CI (which installs it) fails instead. */
    static void assumeBrowserInstalled() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (System.getenv("CI") == null) {
            assumeTrue(installed, "chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
        }
    }

    private static WebFixture start(Path tmp) throws Exception {
        return startWith(tmp, List.of());
    }

    /** A fixture of its own (server, archive and browser): the samples plus {@code extraFiles}. */
    static WebFixture startWith(Path tmp, List<Path> extraFiles) throws Exception {
        assumeBrowserInstalled();
        Archive archive = Archive.open(tmp.resolve("data"), MinutesParser.withBundledData());
        archive.importSamplesIfEmpty();
        if (!extraFiles.isEmpty()) {
            archive.importer().importPaths(extraFiles, dk.beslutningsarkiv.archive.ImportListener.NONE);
        }
        ApiConfig config = new ApiConfig(0, tmp.resolve("data"), null, 1024 * 1024, List.of(), Path.of("web"));
        Javalin app = ApiServer.create(config, archive).start(0);
        try {
            return new WebFixture(tmp, archive, app, chrome(tmp.resolve("chromium-profile")));
        } catch (RuntimeException e) {
            app.stop();
            archive.close();
            FileTrees.delete(tmp);
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
        // The browser's console is read after each test: a script error or a CSP refusal fails it.
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        return driver;
    }

    String url(String path) {
        return "http://localhost:" + app.port() + path;
    }

    /** A fresh load: from a blank page, because a URL that differs only by its hash would not reload. */
    void open(String path) {
        driver.get("about:blank");
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

    /**
     * Errors in the browser's console since the last call: script errors, Content-Security-Policy
     * refusals. Failed requests are left out: the tests ask for missing meetings and bad queries.
     */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !m.contains("Failed to load resource"))
                .toList();
    }

    /** A screenshot of the whole page (not just the window) under target/screenshots, for reviewing a run. */
    Path screenshot(String name) throws IOException {
        Number width = (Number) js("return document.documentElement.clientWidth");
        Number height = (Number) js("return Math.min(document.documentElement.scrollHeight, 1800)");
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        return file;
    }

    /** What the reader sees: the window as it is scrolled, e.g. a permalink's item at the top. */
    Path screenshotOfWindow(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        return file;
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            app.stop();
            archive.close();
            FileTrees.delete(tmp);
        }
    }
}
