package dk.beslutningsarkiv.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** A page test on the browser and server that the whole run shares; no test may leave an error in the console. */
@ExtendWith(WebFixture.Shared.class)
abstract class SharedBrowserTest {

    static WebFixture web;

    @BeforeAll
    static void start(WebFixture fixture) {
        web = fixture;
    }

    @AfterEach
    void theConsoleHasNoErrors() {
        assertThat(web.consoleErrors()).isEmpty();
    }
}
