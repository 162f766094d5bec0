package dk.beslutningsarkiv.search;

import static org.assertj.core.api.Assertions.assertThat;

import dk.beslutningsarkiv.index.Analyzers;
import dk.beslutningsarkiv.testsupport.SearchCorpus;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which queries need the "kind=item" filter, and that searches without it still find items only. */
class ItemOnlyQueriesTest {

    private final UserQueryParser parser = new UserQueryParser(Analyzers.forQueries(), SynonymExpander.none());

    private boolean itemsOnly(String query) throws Exception {
        return ItemOnlyQueries.matchesItemsOnly(parser.parse(query));
    }

    @Test
    void wordsPhrasesPrefixesAndKeywordFieldsMatchItemsOnly() throws Exception {
        assertThat(itemsOnly("tvang")).isTrue();
        assertThat(itemsOnly("\"fælles beslutningstagning\"")).isTrue();
        assertThat(itemsOnly("tvang OR tvangsindlæggelser")).isTrue();
        assertThat(itemsOnly("hjemmepleje -demens")).isTrue();
        assertThat(itemsOnly("hjemme*")).isTrue();
        assertThat(itemsOnly("committee:Regionsrådet")).isTrue();
    }

    @Test
    void everythingAndWhatContainsEverythingNeedTheFilter() throws Exception {
        assertThat(itemsOnly("")).isFalse();
        assertThat(itemsOnly("*:*")).isFalse();
        assertThat(itemsOnly("*:* -demens")).isFalse();
        assertThat(itemsOnly("tvang OR *:*")).isFalse();
    }

    @Test
    void searchesWithAndWithoutTheFilterCountItemsAlike() throws Exception {
        ArchiveSearcher searcher = new ArchiveSearcher(SearchCorpus.archive().index(), ArchiveSearcher.DEFAULT_TIMEOUT, 0);
        long items = searcher.search(SearchRequest.of("")).total();
        assertThat(items).isPositive();
        // Every item mentions some word of this list; meetings and people carry none, so each total is the items'.
        assertThat(searcher.search(SearchRequest.of("*:*")).total()).isEqualTo(items);
        SearchResponse words = searcher.search(new SearchRequest("og OR i OR er OR for OR at OR punkt OR møde",
                Map.of(), null, null, SearchRequest.SortOrder.RELEVANCE, 1, 100));
        assertThat(words.total()).isPositive().isLessThanOrEqualTo(items);
        assertThat(words.hits()).allSatisfy(hit -> assertThat(hit.id()).contains("-punkt-"));
    }
}
