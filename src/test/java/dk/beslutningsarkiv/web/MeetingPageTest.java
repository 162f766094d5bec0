package dk.beslutningsarkiv.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Meeting pages, item permalinks, project timelines and person pages in real headless Chromium. */
class MeetingPageTest extends SharedBrowserTest {

    static final String MIDT = "2023-04-17-direktoerforum-sundhedsklynge-midt-referat";
    static final String LKT_2024 = "2024-08-28-styregruppen-for-laerings-og-kvalitetsteams-referat";

    private static String text(String css) {
        return web.driver.findElement(By.cssSelector(css)).getText();
    }

    private static boolean inViewport(WebElement element) {
        return (Boolean) web.js("const r = arguments[0].getBoundingClientRect();"
                + " return r.top >= 0 && r.top < innerHeight;", element);
    }

    @Test
    void aPermalinkOpensTheMeetingScrolledToItsMarkedItem() throws Exception {
        web.open("/moeder/" + MIDT + "#punkt-3");
        web.awaitPage();

        WebElement item = web.driver.findElement(By.id("punkt-3"));
        web.wait.until(d -> item.getDomAttribute("class").contains("marked"));
        assertThat(web.driver.findElements(By.cssSelector(".item.marked"))).containsExactly(item);
        assertThat(item.getDomAttribute("aria-current")).isEqualTo("true");
        assertThat(web.driver.switchTo().activeElement()).isEqualTo(item);
        assertThat(inViewport(item)).isTrue();
        assertThat(item.findElement(By.tagName("h2")).getText()).startsWith("3. ");
        assertThat(item.findElement(By.cssSelector(".badge")).getText()).isEqualTo("drøftet");
        web.screenshotOfWindow("meeting-item-3");
    }

    @Test
    void theMeetingPageShowsItsFactsPeopleItemsAndTheOriginal() throws Exception {
        web.open("/moeder/" + MIDT);
        web.awaitPage();

        assertThat(text("#page-content h1")).isEqualTo("Direktørforum – Sundhedsklynge Midt, 17. april 2023");
        assertThat(text(".facts")).contains("Dato\n17. april 2023", "Tid\n10:30–12:00",
                "Sted\nMødelokale D, Regionshuset", "Type\nReferat");
        assertThat(web.driver.findElements(By.cssSelector(".participants li"))).hasSize(10);
        assertThat(web.driver.findElements(By.cssSelector(".absent li"))).hasSize(1);
        assertThat(web.driver.findElement(By.cssSelector(".actions a")).getDomAttribute("href"))
                .isEqualTo("/api/meetings/" + MIDT + "/original");
        List<WebElement> items = web.driver.findElements(By.cssSelector(".item"));
        assertThat(items).hasSize(7);
        WebElement first = items.getFirst();
        assertThat(first.findElements(By.cssSelector(".section h3"))).extracting(WebElement::getText)
                .containsExactly("Indstilling", "Referat");
        assertThat(first.findElement(By.cssSelector(".section.recommendation")).getText()).startsWith("Indstilling");
        assertThat(first.findElement(By.cssSelector(".section.decision")).getText()).startsWith("Referat");
        assertThat(first.findElement(By.cssSelector(".meta .badge")).getText()).isEqualTo("godkendt");
        assertThat(web.driver.findElements(By.cssSelector(".copy-link"))).hasSize(7);
        assertThat(web.driver.getTitle()).isEqualTo("Direktørforum – Sundhedsklynge Midt, 17. april 2023 – Beslutningsarkiv");
        web.screenshot("meeting");
    }

    @Test
    void theTableOfContentsMovesTheMarkAndBackReturnsToThePreviousItem() {
        web.open("/moeder/" + MIDT + "#punkt-2");
        web.awaitPage();
        web.wait.until(d -> d.findElement(By.id("punkt-2")).getDomAttribute("class").contains("marked"));

        web.driver.findElement(By.cssSelector(".toc a[href='#punkt-5']")).click();
        web.wait.until(d -> d.findElement(By.id("punkt-5")).getDomAttribute("class").contains("marked"));
        assertThat(web.driver.findElements(By.cssSelector(".item.marked"))).hasSize(1);

        web.driver.navigate().back();
        web.wait.until(d -> d.findElement(By.id("punkt-2")).getDomAttribute("class").contains("marked"));
        assertThat(web.driver.getCurrentUrl()).endsWith("#punkt-2");
        assertThat(web.driver.findElements(By.cssSelector(".item.marked"))).hasSize(1);
    }

    @Test
    void kopierLinkPutsTheItemsPermalinkOnTheClipboard() {
        web.open("/moeder/" + LKT_2024);
        web.awaitPage();
        // Permissions hold for the page's origin, so they are granted once it is open.
        web.driver.setPermission("clipboard-read", "granted");
        web.driver.setPermission("clipboard-write", "granted");

        WebElement item = web.driver.findElement(By.id("punkt-3"));
        item.findElement(By.cssSelector(".copy-link")).click();
        web.wait.until(ExpectedConditions.textToBePresentInElement(item.findElement(By.cssSelector(".copy-feedback")),
                "Link kopieret"));
        Object copied = web.driver.executeAsyncScript(
                "navigator.clipboard.readText().then(arguments[0], (e) => arguments[0]('failed: ' + e))");
        assertThat(copied).isEqualTo(web.url("/moeder/" + LKT_2024 + "#punkt-3"));
    }

    @Test
    void aProjectLinkOpensItsTimelineAcrossCommitteesAndYears() throws Exception {
        web.open("/moeder/" + LKT_2024 + "#punkt-3");
        web.awaitPage();

        web.driver.findElement(By.cssSelector("#punkt-3 .tags a[href='/?vis=projekt&navn=LKT%20Tvang']")).click();
        web.awaitPage();
        assertThat(text("#page-content h1")).isEqualTo("LKT Tvang");
        assertThat(web.driver.findElements(By.cssSelector(".timeline-year > h2"))).extracting(WebElement::getText)
                .containsExactly("2023", "2024");
        List<WebElement> links = web.driver.findElements(By.cssSelector(".timeline-item .what > a"));
        assertThat(links).extracting(WebElement::getText)
                .containsExactly("3. Status for LKT Tvang", "3. Orientering om LKT Tvang");
        web.screenshot("project");

        links.get(1).click();
        web.awaitPage();
        web.wait.until(d -> d.findElement(By.id("punkt-3")).getDomAttribute("class").contains("marked"));
        assertThat(web.driver.getCurrentUrl()).isEqualTo(web.url("/moeder/" + LKT_2024 + "#punkt-3"));
    }

    @Test
    void aParticipantsNameOpensThePersonPageWithSpellingVariants() throws Exception {
        web.open("/moeder/" + LKT_2024);
        web.awaitPage();

        web.driver.findElement(By.linkText("Mariane Therkelsen")).click();
        web.awaitPage();
        assertThat(text("#page-content h1")).isEqualTo("Mariane Therkelsen");
        assertThat(text(".lead")).isEqualTo("Også skrevet: Marianne Terkelsen");
        assertThat(web.driver.findElements(By.cssSelector(".person-meetings li"))).hasSize(2);
        assertThat(web.driver.findElements(By.cssSelector(".person-items li"))).isNotEmpty();
        web.screenshot("person");
    }

    @Test
    void theProjectListLinksEveryProject() {
        web.open("/?vis=projekter");
        web.awaitPage();
        assertThat(text("#page-content h1")).isEqualTo("Projekter");
        assertThat(web.driver.findElements(By.cssSelector(".project-list li"))).hasSize(9);
    }

    @Test
    void anUnknownMeetingOrProjectSaysSoInDanish() {
        web.open("/moeder/2020-01-01-findes-ikke-referat");
        web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("page-status"),
                "Mødet findes ikke i arkivet."));
        web.open("/?vis=projekt&navn=Intet%20projekt");
        web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("page-status"),
                "Arkivet har ingen projekt med det navn."));
    }

    @Test
    void theMeetingPrintsWithoutThePagesControls() throws Exception {
        web.open("/moeder/" + MIDT + "#punkt-3");
        web.awaitPage();
        web.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(web.driver.findElement(By.cssSelector("header.top")).isDisplayed()).isFalse();
            assertThat(web.driver.findElement(By.cssSelector(".copy-link")).isDisplayed()).isFalse();
            assertThat(web.driver.findElement(By.cssSelector(".toc")).isDisplayed()).isFalse();
            assertThat(web.driver.findElement(By.cssSelector("#punkt-7")).isDisplayed()).isTrue();
        } finally {
            web.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        Map<String, Object> pdf = web.driver.executeCdpCommand("Page.printToPDF", Map.of());
        Files.createDirectories(WebFixture.SCREENSHOTS);
        Files.write(WebFixture.SCREENSHOTS.resolve("meeting-print.pdf"), Base64.getDecoder().decode((String) pdf.get("data")));
    }

    @Test
    void onAPhoneTheFiltersFoldAboveTheResults() throws Exception {
        web.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        try {
            web.open("/?q=hoftebrud");
            web.awaitSearch();
            WebElement filters = web.driver.findElement(By.id("filters-toggle"));
            assertThat(filters.getDomAttribute("open")).isNull();
            assertThat(web.driver.findElement(By.cssSelector("#facets")).isDisplayed()).isFalse();
            assertThat((Boolean) web.js("return document.documentElement.scrollWidth <= innerWidth")).isTrue();
            web.screenshot("search-phone");

            filters.findElement(By.tagName("summary")).click();
            web.wait.until(d -> d.findElement(By.cssSelector("#facets")).isDisplayed());

            web.open("/moeder/" + MIDT + "#punkt-2");
            web.awaitPage();
            assertThat((Boolean) web.js("return document.documentElement.scrollWidth <= innerWidth")).isTrue();
            web.screenshot("meeting-phone");
        } finally {
            web.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }
}
