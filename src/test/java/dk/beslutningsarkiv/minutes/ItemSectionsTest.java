package dk.beslutningsarkiv.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An item's sections and decision, from minutes as plain text. */
class ItemSectionsTest {

    private static AgendaItem item(String body) {
        String text = "Referat af møde i Sundhedskoordinationsudvalget den 3. november 2016\n\n1. Status\n\n" + body + "\n";
        return MinutesParser.withBundledData().parse(StructuredText.fromPlainText(text), "referat.txt").items().getFirst();
    }

    private static List<String> headings(AgendaItem item) {
        return item.sections().stream().map(Section::heading).toList();
    }

    @Test
    void aShortLineBeforeTextIsAHeadingButNotOneTheNextLineGoesOnFrom() {
        AgendaItem item = item("Projektet går i gang.\n\nFase I\nPlanlægningen begynder i januar med alle parter.\n\n"
                + "Indsatserne i\nAkutplanen fordeler sig under fem temaer og mange indsatser.\n\n"
                + "Direktørforum godkendte\nmålgruppen for indsatsen efter en længere drøftelse.");

        assertThat(headings(item)).containsExactly(null, "Fase I");
    }

    @Test
    void aReferatAboveTheRecommendationIsTheCasesAccountWhenATitledDecisionFollowsIt() {
        AgendaItem item = item("Referat\nLeverandøren laver en ordrebekræftelse på bestillingen.\n\n"
                + "Indstilling\nDet indstilles, at udvalget godkender modellen.\n\nReferat:\nModellen blev godkendt.");

        assertThat(item.decision()).isEqualTo("Modellen blev godkendt.");
        assertThat(item.outcome()).isEqualTo(Outcome.GODKENDT);
    }

    @Test
    void aReferatAboveTheRecommendationStaysInTheDecisionWhenOnlyADecisionSentenceFollows() {
        AgendaItem item = item("Referat:\nOplægget blev drøftet grundigt.\n\nIndstilling til punktet:\n"
                + "- At udvalget tager oplægget til efterretning.\n\nUdvalget tiltrådte indstillingen.");

        assertThat(item.decision()).contains("Oplægget blev drøftet grundigt.", "Udvalget tiltrådte indstillingen.");
    }
}
