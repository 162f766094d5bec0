package dk.beslutningsarkiv.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A real document whose text carries script and event-handler payloads, imported through the
 * normal path and shown in Chromium: on the result list and on its meeting page every payload
 * stays text, nothing runs, and the page's security policy is never even tested by an attempt.
 */
class HostileDocumentPageTest {

    private static final String MEETING = "2022-02-02-sundhedsudvalget-odder-kommune-referat";
    private static WebFixture web;

    @BeforeAll
    static void start() throws Exception {
        Path tmp = Files.createTempDirectory("arkiv-web-hostile");
        Path file = tmp.resolve("referat.txt");
        Files.writeString(file, """
                Referat af møde i Sundhedsudvalget den 2. februar 2022
                Odder Kommune

                Deltagere
                - Mette <img src=x onerror="window.__pwned='deltager'">Hansen, Odder Kommune (formand)

                1. Orientering om tvang <script>window.__pwned='titel'</script>

                Sagsfremstilling
                Leverandøren skrev <img src=x onerror="window.__pwned='tekst'"> og <b>fed</b> om tvang i mailen.
                Se <a href="javascript:window.__pwned='link'">linket</a> og <svg onload="window.__pwned='svg'"></svg>.

                Beslutning
                Orienteringen blev taget til efterretning <script>window.__pwned='beslutning'</script>.
                """);
        web = WebFixture.startWith(tmp, List.of(file));
    }

    @AfterAll
    static void stop() throws Exception {
        web.close();
    }

    private static long injected() {
        return (Long) web.js("return document.querySelectorAll("
                + "'main script, main img, main svg, main b, main a[href^=\"javascript\"], [onerror], [onload]').length");
    }

    @Test
    void payloadsInTheResultListStayText() {
        web.open("/?q=leverand%C3%B8ren");
        web.awaitSearch();

        assertThat(web.driver.findElement(By.id("results")).getText()).contains("<img src=x onerror=");
        assertThat(injected()).isZero();
        assertThat(web.js("return window.__pwned === undefined")).isEqualTo(true);
        assertThat(web.consoleErrors()).isEmpty();
    }

    @Test
    void payloadsOnTheMeetingPageStayText() {
        web.open("/moeder/" + MEETING + "#punkt-1");
        web.awaitPage();

        String page = web.driver.findElement(By.id("page-content")).getText();
        assertThat(page).contains("<script>window.__pwned='titel'</script>").contains("<b>fed</b>");
        assertThat(injected()).isZero();
        assertThat(web.js("return window.__pwned === undefined")).isEqualTo(true);
        assertThat(web.consoleErrors()).isEmpty();
    }
}
