package dk.beslutningsarkiv.minutes;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The outcome of an item from its decision text. Agreeing to the recommendation ("tiltrådte
 * indstillingen", "Indstillingen blev godkendt") takes the outcome the recommendation asks for, so
 * agreeing to "tager ... til efterretning" is "taget til efterretning". A decision that names no outcome
 * falls back to the recommendation's first point.
 */
final class OutcomeClassifier {

    private record Rule(Phrases phrases, Outcome outcome) {
    }

    private static final String APPROVED = " (?:blev |er )?(?:godkendt|vedtaget|fulgt)";
    private static final Phrases AGREES = new Phrases("(?U)", List.of("tiltrådte", "tiltrådt", "tiltræder", "tiltrædes",
            "tiltrådtes", "indstilling" + APPROVED, "indstillingen" + APPROVED, "godkendte indstillingen",
            "fulgte indstillingen"), "");
    private static final Pattern AGREES_ALONE = Pattern.compile("(?U)^\\s*(?:godkendt|indstillingen godkendt|som indstillet)\\.?\\s*$");
    // A referral "til orientering" only informs another body; it is no referral of the decision.
    // Order matters: the first rule that matches wins (godkendt, then besluttet, then drøftet, then agreement).
    private static final List<Rule> DECISION_RULES = List.of(
            words(Outcome.OVERSENDT, "\\s+til\\b(?![^.]*til\\s+orientering)", "fremsendes", "oversendes", "videresendes",
                    "sendes videre", "henvises", "henvist", "oversendt"),
            words(Outcome.UDSAT, "\\b", "udsat", "udsættes", "udskudt", "udskydes", "blev trukket", "trækkes fra dagsordenen"),
            words(Outcome.AFVIST, "\\b", "afvist", "afvises", "afviste", "forkastet", "ikke godkendt", "blev ikke vedtaget",
                    "kunne ikke godkende"),
            words(Outcome.GODKENDT, "\\b", "godkendt", "godkendes", "godkendte", "vedtaget", "vedtoges", "vedtog", "godkender"),
            new Rule(new Phrases("", List.of("til efterretning", "til orientering", "taget til efterretning"), ""),
                    Outcome.TAGET_TIL_EFTERRETNING),
            words(Outcome.BESLUTTET, "\\b", "besluttet", "besluttede", "besluttes", "beslutter", "aftalt", "aftaltes", "udpeget"),
            words(Outcome.DROEFTET, "\\b", "drøftet", "drøftede", "drøftes", "debatteret"),
            // Agreement without a decision verb is a decision, but weaker than a recorded discussion.
            words(Outcome.BESLUTTET, "\\b", "enighed om", "enige om", "konkluderet", "konkluderede"));
    // What a recommendation asks for, in the present tense ("godkender", "tager ... til efterretning").
    private static final List<Rule> RECOMMENDATION_RULES = List.of(
            new Rule(new Phrases("", List.of("til efterretning", "til orientering", "orienteres", "orienteringen"), ""),
                    Outcome.TAGET_TIL_EFTERRETNING),
            words(Outcome.GODKENDT, "\\b", "godkender", "godkendes", "godkende", "vedtager", "tiltræder", "anbefaler"),
            words(Outcome.BESLUTTET, "\\b", "beslutter", "besluttes", "træffer beslutning", "udpeger", "vælger"),
            words(Outcome.DROEFTET, "\\b", "drøfter", "drøftes", "drøfte", "deler tanker"),
            words(Outcome.OVERSENDT, "\\b", "oversender", "fremsender", "sender videre"));

    private static final Pattern HYPOTHETICAL = Pattern.compile("(?U)\\bat\\s+(?:få|blive)\\s+\\p{L}+");

    /** A rule for phrases that start a word, followed by {@code after}. */
    private static Rule words(Outcome outcome, String after, String... phrases) {
        return new Rule(new Phrases("(?U)\\b", List.of(phrases), after), outcome);
    }

    private OutcomeClassifier() {
    }

    static Outcome classify(String decision, String recommendation) {
        if (decision == null || decision.isBlank()) {
            return null;
        }
        // "svært at få godkendt" speaks of approval without approving anything: such phrases are no outcome.
        String d = decision.toLowerCase(Locale.ROOT);
        // The expression is tried only on a text that holds one of the words it needs.
        if (d.contains("få") || d.contains("blive")) {
            d = HYPOTHETICAL.matcher(d).replaceAll(" ");
        }
        if (AGREES.foundIn(d) || AGREES_ALONE.matcher(d).lookingAt()) {
            Outcome asked = firstPoint(recommendation);
            return asked != null ? asked : Outcome.GODKENDT;
        }
        for (Rule r : DECISION_RULES) {
            if (r.phrases().foundIn(d)) {
                return r.outcome();
            }
        }
        return firstPoint(recommendation);
    }

    /** What the recommendation's first point asks for, or null. */
    private static Outcome firstPoint(String recommendation) {
        if (recommendation == null) {
            return null;
        }
        for (String point : recommendation.toLowerCase(Locale.ROOT).split("\n")) {
            for (Rule r : RECOMMENDATION_RULES) {
                if (r.phrases().foundIn(point)) {
                    return r.outcome();
                }
            }
        }
        return null;
    }
}
