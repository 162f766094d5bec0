package dk.beslutningsarkiv.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The passage of a hit matched only inside a compound reads as the text does. */
class CompoundPassageTest {

    @Test
    void keepsTheSpacesAroundTheMarkedWord() {
        String text = "Indledning. Sammenhængende hoftebrudsforløb i alle kommuner. Næste sætning.";

        assertThat(CompoundPassage.find(text, Set.of("hoftebrud")))
                .isEqualTo("Sammenhængende <mark>hoftebrudsforløb</mark> i alle kommuner. …");
    }

    @Test
    void aDateDoesNotEndTheSentence() {
        String text = "Punktet blev drøftet. Siden den 2. marts er antallet af tvangsindlæggelser steget.";

        assertThat(CompoundPassage.find(text, Set.of("tvang")))
                .isEqualTo("Siden den 2. marts er antallet af <mark>tvangsindlæggelser</mark> steget.");
    }

    @Test
    void escapesTheTextAroundTheMark() {
        assertThat(CompoundPassage.find("Udgifter <5% til hoftebrudsforløb & andet", Set.of("hoftebrud")))
                .isEqualTo("Udgifter &lt;5% til <mark>hoftebrudsforløb</mark> &amp; andet");
    }
}
