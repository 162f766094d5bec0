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

    private record Rule(Pattern pattern, Outcome outcome) {
    }

    private static final Pattern AGREES = Pattern.compile("(?U)tiltrådte|tiltrådt|tiltræder|tiltrædes|tiltrådtes"
            + "|indstilling(?:en)?\\s+(?:blev\\s+|er\\s+)?(?:godkendt|vedtaget|fulgt)|godkendte\\s+indstillingen"
            + "|^\\s*(?:godkendt|indstillingen godkendt|som indstillet)\\.?\\s*$|fulgte\\s+indstillingen");
    // A referral "til orientering" only informs another body; it is no referral of the decision.
    // Order matters: the first rule that matches wins (godkendt, then besluttet, then drøftet, then agreement).
    private static final List<Rule> DECISION_RULES = List.of(
            new Rule(Pattern.compile("(?U)\\b(fremsendes|oversendes|videresendes|sendes\\s+videre|henvises|henvist|oversendt)\\s+til\\b(?![^.]*til\\s+orientering)"),
                    Outcome.OVERSENDT),
            new Rule(Pattern.compile("(?U)\\b(udsat|udsættes|udskudt|udskydes|blev\\s+trukket|trækkes\\s+fra\\s+dagsordenen)\\b"),
                    Outcome.UDSAT),
            new Rule(Pattern.compile("(?U)\\b(afvist|afvises|afviste|forkastet|ikke\\s+godkendt|blev\\s+ikke\\s+vedtaget|kunne\\s+ikke\\s+godkende)\\b"),
                    Outcome.AFVIST),
            new Rule(Pattern.compile("(?U)\\b(godkendt|godkendes|godkendte|vedtaget|vedtoges|vedtog|godkender)\\b"), Outcome.GODKENDT),
            new Rule(Pattern.compile("til\\s+efterretning|til\\s+orientering|taget\\s+til\\s+efterretning"),
                    Outcome.TAGET_TIL_EFTERRETNING),
            new Rule(Pattern.compile("(?U)\\b(besluttet|besluttede|besluttes|beslutter|aftalt|aftaltes|udpeget)\\b"),
                    Outcome.BESLUTTET),
            new Rule(Pattern.compile("(?U)\\b(drøftet|drøftede|drøftes|debatteret)\\b"), Outcome.DROEFTET),
            // Agreement without a decision verb is a decision, but weaker than a recorded discussion.
            new Rule(Pattern.compile("(?U)\\b(enighed\\s+om|enige\\s+om|konkluderet|konkluderede)\\b"), Outcome.BESLUTTET));
    // What a recommendation asks for, in the present tense ("godkender", "tager ... til efterretning").
    private static final List<Rule> RECOMMENDATION_RULES = List.of(
            new Rule(Pattern.compile("til\\s+efterretning|til\\s+orientering|orienteres|orienteringen"), Outcome.TAGET_TIL_EFTERRETNING),
            new Rule(Pattern.compile("(?U)\\b(godkender|godkendes|godkende|vedtager|tiltræder|anbefaler)\\b"), Outcome.GODKENDT),
            new Rule(Pattern.compile("(?U)\\b(beslutter|besluttes|træffer\\s+beslutning|udpeger|vælger)\\b"), Outcome.BESLUTTET),
            new Rule(Pattern.compile("(?U)\\b(drøfter|drøftes|drøfte|deler\\s+tanker)\\b"), Outcome.DROEFTET),
            new Rule(Pattern.compile("(?U)\\b(oversender|fremsender|sender\\s+videre)\\b"), Outcome.OVERSENDT));

    private static final Pattern HYPOTHETICAL = Pattern.compile("(?U)\\bat\\s+(?:få|blive)\\s+\\p{L}+");

    private OutcomeClassifier() {
    }

    static Outcome classify(String decision, String recommendation) {
        if (decision == null || decision.isBlank()) {
            return null;
        }
        // "svært at få godkendt" speaks of approval without approving anything: such phrases are no outcome.
        String d = HYPOTHETICAL.matcher(decision.toLowerCase(Locale.ROOT)).replaceAll(" ");
        if (AGREES.matcher(d).find()) {
            Outcome asked = firstPoint(recommendation);
            return asked != null ? asked : Outcome.GODKENDT;
        }
        for (Rule r : DECISION_RULES) {
            if (r.pattern().matcher(d).find()) {
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
                if (r.pattern().matcher(point).find()) {
                    return r.outcome();
                }
            }
        }
        return null;
    }
}
