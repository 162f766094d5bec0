package dk.beslutningsarkiv.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.junit.jupiter.api.Test;

class CompoundSplitterTest {

    @Test
    void aCompoundIsSplitIntoTheWordsItIsBuiltFromNotEveryWordInsideIt() {
        assertThat(parts("tvangsindlæggelser", "tvang", "indlæggelse", "indlæggelser", "vang", "sind", "lægge",
                "læggelse", "else")).containsExactlyInAnyOrder("tvang", "indlæggelser", "indlæggelse");
        assertThat(parts("hoftebrudsforløbet", "hofte", "brud", "hoftebrud", "forløb", "rud"))
                .containsExactlyInAnyOrder("hoftebrud", "forløb", "hofte", "brud");
    }

    @Test
    void theSplitWithTheFewestWordsWinsAndItsPartsAreSplitInTurn() {
        assertThat(parts("tvangsindlæggelsesregler", "tvangsindlæggelse", "tvang", "indlæggelse", "regler", "sind",
                "læggelse")).containsExactlyInAnyOrder("tvangsindlæggelse", "regler", "tvang", "indlæggelse");
    }

    @Test
    void aWordTheDictionaryKnowsAndNoSplitCoversKeepsNoParts() {
        assertThat(parts("regioner", "region", "regi")).isEmpty();
        assertThat(parts("regionerne", "region", "regi")).isEmpty();
        assertThat(parts("sundhed", "sundhed", "sund")).isEmpty();
    }

    @Test
    void anUnknownWordKeepsTheWordsASplitCoversFromItsStartOrUpToItsEnd() {
        assertThat(parts("akutsygeplejerske", "akut", "sygepleje", "pleje")).containsExactlyInAnyOrder("akut", "sygepleje");
        assertThat(parts("xyzhoftebrud", "hofte", "brud", "yzho")).containsExactlyInAnyOrder("hofte", "brud");
        assertThat(parts("kvalitetsxyzw", "kvalitet", "alite")).containsExactly("kvalitet");
    }

    @Test
    void stopWordsHelpASplitButAreNotParts() {
        assertThat(parts("underudvalg", "under", "udvalg")).containsExactly("udvalg");
    }

    @Test
    void aLinkAndAnEndingBothFit() {
        assertThat(parts("børnehaverne", "børn", "haver")).containsExactlyInAnyOrder("børn", "haver");
    }

    @Test
    void aStopWordInsideAPartStillSplitsIt() {
        assertThat(parts("underudvalgsmøde", "under", "udvalg", "underudvalg", "møde"))
                .containsExactlyInAnyOrder("underudvalg", "møde", "udvalg");
    }

    @Test
    void aKnownWordThatAlsoSplitsIntoTwoWordsIsSplitAsTheReadmeSays() {
        assertThat(parts("deltagere", "deltager", "delt", "agere")).containsExactlyInAnyOrder("delt", "agere");
    }

    @Test
    void aPartFoundTwiceIsKeptOnce() {
        assertThat(parts("børnebørn", "børn")).containsExactly("børn");
    }

    @Test
    void shortWordsAndWordsWithoutDictionaryWordsHaveNoParts() {
        assertThat(parts("plan", "plan")).isEmpty();
        assertThat(parts("xylofonist", "plan")).isEmpty();
    }

    private static List<String> parts(String word, String... dictionary) {
        CompoundSplitter splitter = new CompoundSplitter(new CharArraySet(List.of(dictionary), false),
                DanishAnalyzer.getDefaultStopSet(), CompoundDictionary.MIN_PART, CompoundDictionary.MAX_PART);
        char[] chars = word.toCharArray();
        int[] pairs = splitter.parts(chars);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.add(new String(chars, pairs[i], pairs[i + 1]));
        }
        return out;
    }
}
