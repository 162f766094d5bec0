package dk.beslutningsarkiv.index;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;

/**
 * Danish nouns whose "-ens" is their own (from Latin -entia), not the genitive ending: Snowball
 * cuts "-ens" off the bare word ("demens" becomes "dem", "konsekvens" "konsekv") but "-en", "-er"
 * and "-erne" off its inflections ("demensen", "konsekvenserne" become "demens", "konsekvens"), so
 * a search for the word missed every text that used another form of it. These words are left
 * unstemmed: every form then meets at the word itself. Listed folded, as the filter sees them.
 */
final class LatinEnsNouns {

    static final CharArraySet WORDS = CharArraySet.unmodifiableSet(new CharArraySet(List.of(
            "abstinens", "ambivalens", "audiens", "demens", "differens", "divergens", "eksistens", "essens",
            "evidens", "frekvens", "impotens", "incidens", "inkonsistens", "inkontinens", "insolvens",
            "insufficiens", "intelligens", "interferens", "kohærens", "kongruens", "konsekvens", "konsistens",
            "kontinens", "konvergens", "latens", "licens", "persistens", "potens", "prævalens", "residens",
            "resiliens", "resistens", "sekvens", "tendens", "transparens", "turbulens", "valens", "virulens"),
            false));

    private LatinEnsNouns() {
    }
}
