package dk.beslutningsarkiv.search;

import dk.beslutningsarkiv.index.ArchiveIndex;
import dk.beslutningsarkiv.index.Schema;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;

/**
 * How far the archive's computed searches are above the floor Lucene sets on the same index. For
 * each search of a mix (API paths, as bench/queries.txt lists them), in one thread, the median
 * time of Lucene alone finding the request's first page (its query, filters and order, skipping
 * what cannot reach the page as Lucene does by default: no hit count, facets, snippets or HTTP)
 * beside the archive's whole search without its answer cache. With N connections in a closed loop
 * to a server on one core, a search waits for about N searches of the mix, so by Little's law no
 * server that ranks with Lucene answers in less than N times the mean floor on average.
 *
 * <p>{@code SearchFloor DATA_DIR QUERIES_FILE ROUNDS}, run by bench/floor.sh.
 */
public final class SearchFloor {

    /** Lucene's own default: past this many hits the total is a lower bound and hits can be skipped. */
    private static final int TOTAL_HITS_THRESHOLD = 1000;
    private static final int WARM_UP_ROUNDS = 5;

    /** One search's median times, in milliseconds. */
    record Timing(String path, double floorMs, double archiveMs) {
    }

    private SearchFloor() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: SearchFloor DATA_DIR QUERIES_FILE ROUNDS");
            System.exit(2);
        }
        List<String> paths = Files.readAllLines(Path.of(args[1])).stream()
                .filter(line -> line.startsWith("/")).toList();
        try (ArchiveIndex index = ArchiveIndex.openReadOnly(Path.of(args[0]))) {
            ArchiveSearcher archive = new ArchiveSearcher(index, ArchiveSearcher.DEFAULT_TIMEOUT, 0);
            print(measure(index, archive, paths, Integer.parseInt(args[2])));
        }
    }

    /** Each path's median times over {@code rounds} rounds through all of them, after a warm-up. */
    static List<Timing> measure(ArchiveIndex index, ArchiveSearcher archive, List<String> paths, int rounds)
            throws Exception {
        List<SearchRequest> requests = paths.stream().map(SearchFloor::request).toList();
        long[][] floor = new long[paths.size()][rounds];
        long[][] whole = new long[paths.size()][rounds];
        for (int round = -WARM_UP_ROUNDS; round < rounds; round++) {
            for (int i = 0; i < requests.size(); i++) {
                long start = System.nanoTime();
                floor(index, archive, requests.get(i));
                long between = System.nanoTime();
                archive.search(requests.get(i));
                long end = System.nanoTime();
                if (round >= 0) {
                    floor[i][round] = between - start;
                    whole[i][round] = end - between;
                }
            }
        }
        List<Timing> timings = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            timings.add(new Timing(paths.get(i), medianMs(floor[i]), medianMs(whole[i])));
        }
        return timings;
    }

    /** The request's first page as Lucene alone finds it in the archive's current index. */
    static TopDocs floor(ArchiveIndex index, ArchiveSearcher archive, SearchRequest request) throws Exception {
        IndexSearcher searcher = index.searchers().acquire();
        try {
            int window = request.page() * request.size();
            return searcher.search(archive.matching(request), new TopFieldCollectorManager(
                    ArchiveSearcher.sortFor(request), window, null, TOTAL_HITS_THRESHOLD));
        } finally {
            index.searchers().release(searcher);
        }
    }

    /** The search of an API path: its words, filters and order (other parameters are refused). */
    static SearchRequest request(String path) {
        String query = "";
        SearchRequest.SortOrder sort = SearchRequest.SortOrder.RELEVANCE;
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String pair : path.substring(path.indexOf('?') + 1).split("&")) {
            String name = decode(pair.substring(0, pair.indexOf('=')));
            String value = decode(pair.substring(pair.indexOf('=') + 1));
            if (name.equals("q")) {
                query = value;
            } else if (name.equals("sort")) {
                sort = SearchRequest.SortOrder.valueOf(value.toUpperCase(Locale.ROOT));
            } else if (Schema.FACET_DIMENSIONS.contains(name)) {
                filters.computeIfAbsent(name, dim -> new ArrayList<>()).add(value);
            } else {
                throw new IllegalArgumentException("a floor is measured of q, sort and filters, not " + name);
            }
        }
        return new SearchRequest(query, filters, null, null, sort, 1, 10);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static double medianMs(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    private static void print(List<Timing> timings) {
        System.out.println("| search | Lucene alone, ms | the archive, ms | archive / Lucene |");
        System.out.println("| --- | --- | --- | --- |");
        for (Timing t : timings) {
            System.out.printf(Locale.ROOT, "| `%s` | %.2f | %.2f | %.1f |%n", t.path(), t.floorMs(), t.archiveMs(),
                    t.archiveMs() / t.floorMs());
        }
        double floor = timings.stream().mapToDouble(Timing::floorMs).average().orElse(0);
        double whole = timings.stream().mapToDouble(Timing::archiveMs).average().orElse(0);
        System.out.printf(Locale.ROOT, "| mean | %.2f | %.2f | %.1f |%n", floor, whole, whole / floor);
        double cheapest = timings.stream().mapToDouble(Timing::floorMs).min().orElse(0);
        System.out.printf(Locale.ROOT, "%nFLOOR mean_ms=%.2f cheapest_ms=%.2f archive_mean_ms=%.2f"
                + " mean_latency_at_8_connections_ms>=%.1f%n", floor, cheapest, whole, 8 * floor);
    }
}
