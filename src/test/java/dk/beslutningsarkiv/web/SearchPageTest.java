package dk.beslutningsarkiv.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The search page in real headless Chromium over the five bundled sample meetings (26 items). */
class SearchPageTest extends SharedBrowserTest {

    static final String LKT = "Styregruppen for Lærings- og Kvalitetsteams";

    private static String count() {
        return web.driver.findElement(By.id("result-count")).getText();
    }

    private static String query() {
        String url = web.driver.getCurrentUrl();
        int q = url.indexOf('?');
        return q < 0 ? "" : URLDecoder.decode(url.substring(q + 1), StandardCharsets.UTF_8);
    }

    private static WebElement facetBox(String value) {
        return web.driver.findElement(By.xpath(
                "//aside[@id='facets']//li[.//span[@class='value' and normalize-space()='" + value + "']]/input"));
    }

    private static List<String> chips() {
        return web.driver.findElements(By.cssSelector("#chip-list .chip")).stream().map(WebElement::getText).toList();
    }

    private static void awaitQuery(String expected) {
        web.wait.until(d -> query().equals(expected));
        web.awaitSearch();
    }

    @Test
    void aSearchShowsHitsWithHighlightedSnippetsOutcomesAndCounts() throws Exception {
        web.open("/?q=tvang");
        web.awaitSearch();

        assertThat(count()).isEqualTo("4 punkter fundet");
        List<WebElement> hits = web.driver.findElements(By.cssSelector("#results .hit"));
        assertThat(hits).hasSize(4);
        WebElement first = hits.getFirst();
        assertThat(first.findElement(By.cssSelector(".hit-title a")).getText())
                .isEqualTo("2. Forebyggelse af tvang i Region Syddanmark");
        assertThat(first.findElement(By.cssSelector(".hit-title a")).getDomAttribute("href"))
                .isEqualTo("/moeder/2025-10-09-koordinationsforum-sundhedsklynge-sydvestjylland-referat#punkt-2");
        assertThat(first.findElement(By.cssSelector(".meta")).getText())
                .isEqualTo("Koordinationsforum - Sundhedsklynge Sydvestjylland · 9. oktober 2025 · Referat besluttet");
        assertThat(first.findElements(By.cssSelector(".snippet mark")))
                .extracting(WebElement::getText).allMatch(m -> m.equalsIgnoreCase("tvang"));
        assertThat(facetBox(LKT).findElement(By.xpath("following-sibling::label//span[@class='count']")).getText())
                .isEqualTo("2");
        assertThat(facetBox("LKT Tvang").findElement(By.xpath("following-sibling::a")).getDomAttribute("href"))
                .isEqualTo("/?vis=projekt&navn=LKT%20Tvang");
        assertThat(facetBox("Mette Kjølby").findElement(By.xpath("following-sibling::a")).getDomAttribute("href"))
                .isEqualTo("/?vis=person&navn=Mette%20Kj%C3%B8lby");
        assertThat(web.driver.findElements(By.cssSelector("#histogram-bars .bar")))
                .extracting(b -> b.getDomAttribute("aria-label"))
                .containsExactly("2023: 1 punkt", "2024: 1 punkt", "2025: 2 punkter");
        web.screenshot("search");
    }

    @Test
    void facetValuesCombineAndChipsAndRydAlleRemoveThem() {
        web.open("/");
        web.awaitSearch();
        assertThat(count()).isEqualTo("26 punkter fundet");

        facetBox(LKT).click();
        awaitQuery("committee=" + LKT);
        assertThat(count()).isEqualTo("13 punkter fundet");
        assertThat(facetBox(LKT).isSelected()).isTrue();

        facetBox("Direktørforum – Sundhedsklynge Midt").click();
        awaitQuery("committee=" + LKT + "&committee=Direktørforum – Sundhedsklynge Midt");
        assertThat(count()).isEqualTo("20 punkter fundet");

        facetBox("godkendt").click();
        awaitQuery("committee=" + LKT + "&committee=Direktørforum – Sundhedsklynge Midt&outcome=godkendt");
        assertThat(chips()).containsExactly("Udvalg: " + LKT + " ×", "Udvalg: Direktørforum – Sundhedsklynge Midt ×",
                "Udfald: godkendt ×");

        web.driver.findElement(By.cssSelector("#chip-list .chip")).click();
        awaitQuery("committee=Direktørforum – Sundhedsklynge Midt&outcome=godkendt");
        assertThat(chips()).hasSize(2);
        assertThat(facetBox(LKT).isSelected()).isFalse();

        web.driver.findElement(By.id("clear-all")).click();
        web.wait.until(d -> d.getCurrentUrl().equals(web.url("/")));
        web.awaitSearch();
        assertThat(count()).isEqualTo("26 punkter fundet");
        assertThat(web.driver.findElement(By.id("chips")).isDisplayed()).isFalse();
    }

    @Test
    void aBarOfTheYearChartFiltersByItsYearAndASecondClickLetsGo() throws Exception {
        web.open("/");
        web.awaitSearch();
        WebElement bar2023 = web.driver.findElement(By.cssSelector("#histogram-bars .bar[aria-label='2023: 12 punkter']"));

        bar2023.click();
        awaitQuery("year=2023");
        assertThat(count()).isEqualTo("12 punkter fundet");
        WebElement pressed = web.driver.findElement(By.cssSelector("#histogram-bars .bar[aria-pressed='true']"));
        assertThat(pressed.getDomAttribute("aria-label")).isEqualTo("2023: 12 punkter");
        // Drill sideways: the other years keep their counts so the reader can add them.
        assertThat(web.driver.findElements(By.cssSelector("#histogram-bars .bar"))).hasSize(4);
        web.screenshot("search-year-2023");

        pressed.click();
        web.wait.until(d -> d.getCurrentUrl().equals(web.url("/")));
        web.awaitSearch();
        assertThat(count()).isEqualTo("26 punkter fundet");
    }

    @Test
    void backAndForwardReplayTheSearchesFromTheUrl() {
        web.open("/?q=tvang");
        web.awaitSearch();
        facetBox("Region Syddanmark").click();
        awaitQuery("q=tvang&region=Region Syddanmark");
        assertThat(count()).isEqualTo("2 punkter fundet");
        web.driver.findElement(By.cssSelector("#sort")).sendKeys("dato");
        awaitQuery("q=tvang&region=Region Syddanmark&sort=date");

        web.driver.navigate().back();
        awaitQuery("q=tvang&region=Region Syddanmark");
        assertThat(web.driver.findElement(By.id("sort")).getDomProperty("value")).isEqualTo("relevance");
        web.driver.navigate().back();
        awaitQuery("q=tvang");
        assertThat(count()).isEqualTo("4 punkter fundet");
        assertThat(facetBox("Region Syddanmark").isSelected()).isFalse();
        assertThat(web.driver.findElement(By.id("q")).getDomProperty("value")).isEqualTo("tvang");

        web.driver.navigate().forward();
        awaitQuery("q=tvang&region=Region Syddanmark");
        assertThat(facetBox("Region Syddanmark").isSelected()).isTrue();
        assertThat(count()).isEqualTo("2 punkter fundet");
    }

    @Test
    void pagesAreLinksInTheUrlAndABookmarkOpensTheSamePage() {
        web.open("/");
        web.awaitSearch();
        assertThat(web.driver.findElements(By.cssSelector("#results .hit"))).hasSize(10);

        web.driver.findElement(By.cssSelector("#pagination a[aria-label='Næste side']")).click();
        awaitQuery("page=2");
        assertThat(web.driver.findElement(By.id("results")).getDomAttribute("start")).isEqualTo("11");
        String secondPageFirst = web.driver.findElement(By.cssSelector("#results .hit-title a")).getText();

        web.open("/?page=3");
        web.awaitSearch();
        assertThat(web.driver.findElements(By.cssSelector("#results .hit"))).hasSize(6);
        assertThat(web.driver.findElement(By.cssSelector("#pagination a[aria-current='page']")).getText()).isEqualTo("3");

        web.open("/?page=2");
        web.awaitSearch();
        assertThat(web.driver.findElement(By.cssSelector("#results .hit-title a")).getText()).isEqualTo(secondPageFirst);

        web.open("/?page=9");
        web.awaitSearch();
        assertThat(web.driver.findElement(By.cssSelector("#results .empty")).getText())
                .isEqualTo("Der er ingen side 9. Gå til første side");
        web.driver.findElement(By.linkText("Gå til første side")).click();
        awaitQuery("");
        assertThat(web.driver.findElements(By.cssSelector("#results .hit"))).hasSize(10);
    }

    @Test
    void aMisspelledSearchOffersDidYouMeanAndFollowingItSearchesAgain() {
        web.open("/?q=hoftbrud");
        web.awaitSearch();
        assertThat(count()).isEqualTo("Ingen punkter fundet");
        assertThat(web.driver.findElement(By.cssSelector("#results .empty")).getText()).contains("Ingen punkter matcher »hoftbrud«.");
        assertThat(web.driver.findElement(By.id("did-you-mean")).getText()).isEqualTo("Mente du hoftebrud?");

        web.driver.findElement(By.cssSelector("#did-you-mean a")).click();
        awaitQuery("q=hoftebrud");
        assertThat(count()).endsWith("fundet").doesNotStartWith("Ingen");
        assertThat(web.driver.findElement(By.id("did-you-mean")).isDisplayed()).isFalse();
    }

    @Test
    void aQueryTheArchiveCannotReadGetsADanishErrorNotAStackTrace() {
        web.open("/?q=%22ulukket");
        web.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("search-status"), "kunne ikke forstås"));
        assertThat(count()).isEqualTo("Søgningen mislykkedes");
        assertThat(web.driver.findElements(By.cssSelector("#results li"))).isEmpty();
    }

    @Test
    void snippetsMayOnlyCarryMarkAnythingElseStaysText() {
        web.open("/");
        web.awaitSearch();
        @SuppressWarnings("unchecked")
        List<Object> checks = (List<Object>) web.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/dom.js').then(({ snippetNodes }) => {
                  const render = (s) => { const p = document.createElement('p'); p.append(...snippetNodes(s)); return p; };
                  const good = render('a &lt;b&gt; <mark>tvang</mark> &amp; c');
                  const evil = render('x <img src=y onerror=alert(1)> <mark>z</mark>');
                  const unclosed = render('<mark>open');
                  done([good.innerHTML, good.textContent, evil.querySelectorAll('*').length, evil.textContent,
                        unclosed.querySelectorAll('*').length]);
                });
                """);
        assertThat(checks).containsExactly("a &lt;b&gt; <mark>tvang</mark> &amp; c", "a <b> tvang & c", 0L,
                "x <img src=y onerror=alert(1)> z", 0L);
    }

    @Test
    void theKeyboardAloneSearchesPicksASuggestionFiltersAndOpensAResult() throws Exception {
        web.open("/");
        web.awaitSearch();
        Actions keys = new Actions(web.driver);

        keys.sendKeys(Keys.TAB).perform();
        assertThat(active().getText()).isEqualTo("Spring til indholdet");
        keys.sendKeys(Keys.TAB).sendKeys(Keys.TAB).perform();
        assertThat(active().getDomAttribute("id")).isEqualTo("q");
        assertThat(active().getCssValue("outline-style")).isNotEqualTo("none");

        keys.sendKeys("tv").perform();
        web.visible(By.id("suggestions"));
        assertThat(active().getDomAttribute("aria-expanded")).isEqualTo("true");
        keys.sendKeys(Keys.ESCAPE).perform();
        web.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("suggestions")));
        assertThat(active().getDomAttribute("aria-expanded")).isEqualTo("false");
        keys.sendKeys(Keys.BACK_SPACE, Keys.BACK_SPACE).perform();

        keys.sendKeys("kom tr").perform();
        WebElement list = web.visible(By.id("suggestions"));
        assertThat(list.findElement(By.cssSelector("[role=option]")).getText()).isEqualTo("Projekt Kom Trygt Hjem");
        keys.sendKeys(Keys.ARROW_DOWN).perform();
        assertThat(active().getDomAttribute("aria-activedescendant")).isEqualTo("suggestion-0");
        keys.sendKeys(Keys.ENTER).perform();
        awaitQuery("q=kom&project=Kom Trygt Hjem");
        assertThat(chips()).containsExactly("Projekt: Kom Trygt Hjem ×");

        // Onwards with Tab to the first facet value, which Space ticks; focus stays on it afterwards.
        WebElement firstBox = web.driver.findElement(By.cssSelector("#facets input[type=checkbox]"));
        String firstKey = firstBox.getDomAttribute("data-focus-key");
        tabUntil(() -> firstKey.equals(active().getDomAttribute("data-focus-key")));
        keys.sendKeys(Keys.SPACE).perform();
        web.wait.until(d -> query().contains("committee="));
        web.awaitSearch();
        assertThat(active().getDomAttribute("data-focus-key")).isEqualTo(firstKey);
        assertThat(active().isSelected()).isTrue();

        tabUntil(() -> active().getDomAttribute("href") != null && active().getDomAttribute("href").startsWith("/moeder/"));
        String href = active().getDomAttribute("href");
        keys.sendKeys(Keys.ENTER).perform();
        web.wait.until(d -> d.getCurrentUrl().equals(web.url(href)));
        web.awaitPage();
        assertThat(active().getDomAttribute("id")).isEqualTo(href.substring(href.indexOf('#') + 1));
    }

    private static WebElement active() {
        return web.driver.switchTo().activeElement();
    }

    private static void tabUntil(java.util.function.BooleanSupplier reached) {
        for (int i = 0; i < 80 && !reached.getAsBoolean(); i++) {
            new Actions(web.driver).sendKeys(Keys.TAB).perform();
        }
        assertThat(reached.getAsBoolean()).as("reached by Tab").isTrue();
    }
}
