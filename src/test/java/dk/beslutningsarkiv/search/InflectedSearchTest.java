package dk.beslutningsarkiv.search;

import static org.assertj.core.api.Assertions.assertThat;

import dk.beslutningsarkiv.archive.Archive;
import dk.beslutningsarkiv.archive.ImportListener;
import dk.beslutningsarkiv.minutes.MinutesParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A word finds the items that use another form of it, through an imported text file and the index on disk. */
class InflectedSearchTest {

    @TempDir
    Path tmp;

    @Test
    void aNounWhoseEnsIsItsOwnFindsEveryFormOfItAndAGenitiveFindsItsNoun() throws Exception {
        Path file = tmp.resolve("referat.txt");
        Files.writeString(file, """
                Referat af møde i Sundhedsudvalget den 2. februar 2022
                Odder Kommune

                1. Demens i plejeboligerne

                Sagsfremstilling
                Flere borgere med demens flytter ind; det har konsekvens for bemandingen.

                Beslutning
                Taget til efterretning.

                2. Status på indsatsen

                Sagsfremstilling
                Demensen rammer flere yngre, og konsekvenserne for de pårørende er store.

                Beslutning
                Taget til efterretning.

                3. Budget for rengøring

                Sagsfremstilling
                Regionens tilskud til rengøring stopper.

                Beslutning
                Godkendt.
                """);
        try (Archive archive = Archive.open(tmp.resolve("data"), MinutesParser.withBundledData())) {
            archive.importer().importPaths(List.of(file), ImportListener.NONE);
            ArchiveSearcher searcher = new ArchiveSearcher(archive.index());

            assertThat(numbers(searcher, "demens")).containsExactlyInAnyOrder(1, 2);
            assertThat(numbers(searcher, "demensen")).containsExactlyInAnyOrder(1, 2);
            assertThat(numbers(searcher, "konsekvens")).containsExactlyInAnyOrder(1, 2);
            assertThat(numbers(searcher, "konsekvenser")).containsExactlyInAnyOrder(1, 2);
            assertThat(numbers(searcher, "regionen")).containsExactly(3);
            // The snippet marks the form the text has.
            assertThat(searcher.search(SearchRequest.of("demens")).hits()).extracting(SearchHit::snippet)
                    .anyMatch(s -> s.contains("<mark>Demensen</mark>"));
        }
    }

    private static List<Integer> numbers(ArchiveSearcher searcher, String query) throws Exception {
        return searcher.search(SearchRequest.of(query)).hits().stream().map(SearchHit::number).toList();
    }
}
