package dk.beslutningsarkiv.search;

import static org.assertj.core.api.Assertions.assertThat;

import dk.beslutningsarkiv.archive.Archive;
import dk.beslutningsarkiv.archive.ImportListener;
import dk.beslutningsarkiv.minutes.MinutesParser;
import dk.beslutningsarkiv.testsupport.TestFiles;
import dk.beslutningsarkiv.testsupport.WaitingThreads;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search on an archive that changes while it is open. */
class LiveIndexTest {

    @TempDir
    Path tmp;

    @Test
    void anImportedDocumentIsSearchableWithoutReopeningAnything() throws Exception {
        try (Archive archive = Archive.open(tmp.resolve("data"), MinutesParser.withBundledData())) {
            ArchiveSearcher searcher = new ArchiveSearcher(archive.index());
            assertThat(searcher.search(SearchRequest.of("governancemodel")).total()).isZero();

            archive.importer().importPaths(List.of(TestFiles.fixtures().resolve("003_c7bbfa67926f1f32.docx")),
                    ImportListener.NONE);

            assertThat(searcher.search(SearchRequest.of("governancemodel")).total()).isEqualTo(2);
        }
    }

    @Test
    void aRepeatedSearchIsAnsweredFromTheCacheUntilTheIndexChanges() throws Exception {
        try (Archive archive = Archive.open(tmp.resolve("data"), MinutesParser.withBundledData())) {
            archive.importer().importPaths(List.of(TestFiles.fixtures().resolve("003_c7bbfa67926f1f32.docx")),
                    ImportListener.NONE);
            ArchiveSearcher cached = new ArchiveSearcher(archive.index());
            ArchiveSearcher uncached = new ArchiveSearcher(archive.index(), ArchiveSearcher.DEFAULT_TIMEOUT, 0);
            SearchResponse first = cached.search(SearchRequest.of(""));

            assertThat(cached.search(SearchRequest.of(""))).isSameAs(first);
            assertThat(uncached.search(SearchRequest.of(""))).isEqualTo(first).isNotSameAs(uncached.search(SearchRequest.of("")));

            archive.importer().importPaths(List.of(TestFiles.fixtures().resolve("001_a016bfd03270cee0.docx")),
                    ImportListener.NONE);

            SearchResponse after = cached.search(SearchRequest.of(""));
            assertThat(after.total()).isGreaterThan(first.total());
            assertThat(after).isEqualTo(uncached.search(SearchRequest.of("")));
        }
    }

    @Test
    void searchesWaitingBehindTheSameSearchGetItsAnswerInsteadOfComputingItAgain() throws Exception {
        try (Archive archive = Archive.open(tmp.resolve("data"), MinutesParser.withBundledData())) {
            archive.importer().importPaths(List.of(TestFiles.fixtures().resolve("003_c7bbfa67926f1f32.docx")),
                    ImportListener.NONE);
            SearchSlots slots = new SearchSlots(1, ArchiveSearcher.DEFAULT_TIMEOUT);
            ArchiveSearcher searcher = new ArchiveSearcher(archive.index(), ArchiveSearcher.DEFAULT_TIMEOUT,
                    ArchiveSearcher.DEFAULT_CACHED_ANSWERS, slots);
            List<CompletableFuture<SearchResponse>> answers = new ArrayList<>();
            List<Thread> waiting = new ArrayList<>();
            try (SearchSlots.Slot busy = slots.take(System.nanoTime())) {
                for (int i = 0; i < 3; i++) {
                    CompletableFuture<SearchResponse> answer = new CompletableFuture<>();
                    Thread asking = new Thread(() -> {
                        try {
                            answer.complete(searcher.search(SearchRequest.of("governancemodel")));
                        } catch (Exception | AssertionError e) {
                            answer.completeExceptionally(e);
                        }
                    });
                    asking.start();
                    waiting.add(asking);
                    answers.add(answer);
                }
                for (Thread asking : waiting) {
                    WaitingThreads.awaitTimedWaiting(asking);
                }
            }

            SearchResponse first = answers.get(0).get(10, TimeUnit.SECONDS);
            assertThat(first.total()).isEqualTo(2);
            // The same answer, not an equal one computed again.
            assertThat(answers.get(1).get(10, TimeUnit.SECONDS)).isSameAs(first);
            assertThat(answers.get(2).get(10, TimeUnit.SECONDS)).isSameAs(first);
        }
    }

    @Test
    void anEmptyArchiveAnswersSearchesAndSuggestionsWithNothing() throws Exception {
        try (Archive archive = Archive.open(tmp.resolve("data"), MinutesParser.withBundledData())) {
            SearchResponse response = new ArchiveSearcher(archive.index()).search(SearchRequest.of(""));

            assertThat(response.total()).isZero();
            assertThat(response.facets()).containsKeys("committee", "region", "year", "person", "project", "outcome", "type");
            assertThat(new TypeaheadSuggester(archive.index()).suggest("tvang", 5)).isEmpty();
        }
    }

    @Test
    void documentTextInSnippetsIsEscapedAndOnlyMarkIsMarkup() throws Exception {
        Path file = tmp.resolve("referat.txt");
        Files.writeString(file, """
                Referat af møde i Sundhedsudvalget den 2. februar 2022
                Odder Kommune

                1. Orientering om <script>alert('x')</script> og <img src=x onerror=alert(1)>

                Sagsfremstilling
                Leverandøren skrev "<b>vigtigt</b> & <script>alert('tvang')</script>" om tvang i sin mail.

                Beslutning
                Orienteringen blev taget til efterretning.
                """);
        try (Archive archive = Archive.open(tmp.resolve("data"), MinutesParser.withBundledData())) {
            archive.importer().importPaths(List.of(file), ImportListener.NONE);

            SearchHit hit = new ArchiveSearcher(archive.index()).search(SearchRequest.of("tvang")).hits().get(0);

            assertThat(hit.snippet()).contains("<mark>tvang</mark>").contains("&lt;script&gt;").contains("&amp;")
                    .doesNotContain("<script").doesNotContain("<b>");
            assertThat(hit.snippet().replace("<mark>", "").replace("</mark>", "")).doesNotContain("<").doesNotContain(">");
        }
    }

    @Test
    void absenteesAreNotPeopleOfTheItemsButParticipantsAre() throws Exception {
        try (Archive archive = Archive.open(tmp.resolve("data"), MinutesParser.withBundledData())) {
            archive.importer().importPaths(List.of(TestFiles.fixtures().resolve("002_e78797d65e38c847.pdf")),
                    ImportListener.NONE);
            ArchiveSearcher searcher = new ArchiveSearcher(archive.index());

            SearchResponse all = searcher.search(SearchRequest.of(""));
            List<String> people = all.facets().get("person").stream().map(FacetValue::value).toList();

            assertThat(people).contains("Perle Darsø", "Marianne Terkelsen").doesNotContain("Søren Brostrøm");
            SearchResponse absent = searcher.search(new SearchRequest("", Map.of("person", List.of("Søren Brostrøm")),
                    null, null, SearchRequest.SortOrder.RELEVANCE, 1, 10));
            assertThat(absent.total()).isZero();
        }
    }
}
