package dk.beslutningsarkiv.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.beslutningsarkiv.archive.Archive;
import dk.beslutningsarkiv.index.Schema;
import dk.beslutningsarkiv.testsupport.SearchCorpus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.junit.jupiter.api.Test;

/** The floor bench/floor.sh measures is the archive's own search, less counting, facets and snippets. */
class SearchFloorTest {

    @Test
    void theFloorFindsTheSamePageAsTheArchiveForEveryGoldenSearch() throws Exception {
        Archive archive = SearchCorpus.archive();
        ArchiveSearcher searcher = new ArchiveSearcher(archive.index(), ArchiveSearcher.DEFAULT_TIMEOUT, 0);
        for (SearchRequest request : SearchGoldenTest.requests().values()) {
            TopDocs floor = SearchFloor.floor(archive.index(), searcher, request);
            SearchResponse whole = searcher.search(request);

            assertThat(idsOf(archive, floor)).as(request.query()).isEqualTo(whole.hits().stream().map(SearchHit::id).toList());
            assertThat(floor.totalHits.value()).as(request.query()).isEqualTo(whole.total());
        }
    }

    @Test
    void readsTheWordsFiltersAndOrderOfAnApiPath() {
        SearchRequest request = SearchFloor.request(
                "/api/search?q=psykiatriplan&sort=date&region=Region%20Hovedstaden&year=2019&year=2020");

        assertThat(request.query()).isEqualTo("psykiatriplan");
        assertThat(request.sort()).isEqualTo(SearchRequest.SortOrder.DATE);
        assertThat(request.filters()).isEqualTo(Map.of("region", List.of("Region Hovedstaden"),
                "year", List.of("2019", "2020")));
        assertThatThrownBy(() -> SearchFloor.request("/api/search?q=tvang&page=2"))
                .hasMessageContaining("not page");
    }

    @Test
    void timesEverySearchOfTheMix() throws Exception {
        Archive archive = SearchCorpus.archive();
        ArchiveSearcher searcher = new ArchiveSearcher(archive.index(), ArchiveSearcher.DEFAULT_TIMEOUT, 0);
        List<String> paths = List.of("/api/search?q=tvang", "/api/search?region=Region%20Syddanmark");

        List<SearchFloor.Timing> timings = SearchFloor.measure(archive.index(), searcher, paths, 3);

        assertThat(timings).extracting(SearchFloor.Timing::path).isEqualTo(paths);
        assertThat(timings).allSatisfy(t -> assertThat(t.floorMs()).isPositive())
                .allSatisfy(t -> assertThat(t.archiveMs()).isPositive());
    }

    private static List<String> idsOf(Archive archive, TopDocs top) throws IOException {
        IndexSearcher searcher = archive.index().searchers().acquire();
        try {
            List<String> ids = new ArrayList<>();
            for (ScoreDoc hit : top.scoreDocs) {
                ids.add(searcher.storedFields().document(hit.doc).get(Schema.ID));
            }
            return ids;
        } finally {
            archive.index().searchers().release(searcher);
        }
    }
}
