package dk.beslutningsarkiv.cli;

import dk.beslutningsarkiv.index.ArchiveIndex;
import dk.beslutningsarkiv.index.MeetingJson;
import dk.beslutningsarkiv.index.Schema;
import dk.beslutningsarkiv.search.ArchiveSearcher;
import dk.beslutningsarkiv.search.QuerySyntaxException;
import dk.beslutningsarkiv.search.SearchHit;
import dk.beslutningsarkiv.search.SearchRequest;
import dk.beslutningsarkiv.search.SearchResponse;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code search QUERY}: the same search as the API, for a terminal or as the API's JSON. */
@Command(name = "search", description = "Search the archive's agenda items.")
final class SearchCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Parameters(arity = "0..1", paramLabel = "QUERY", defaultValue = "", description = "words, \"phrases\", -not, OR, prefix*, field:value; empty lists all")
    String query;

    @Option(names = "--committee") List<String> committees = List.of();
    @Option(names = "--region") List<String> regions = List.of();
    @Option(names = "--year") List<String> years = List.of();
    @Option(names = "--person") List<String> persons = List.of();
    @Option(names = "--project") List<String> projects = List.of();
    @Option(names = "--outcome") List<String> outcomes = List.of();
    @Option(names = "--type") List<String> types = List.of();
    @Option(names = "--from", description = "earliest meeting date (YYYY-MM-DD)") LocalDate from;
    @Option(names = "--to", description = "latest meeting date (YYYY-MM-DD)") LocalDate to;
    @Option(names = "--sort", defaultValue = "relevance", description = "relevance or date") String sort;
    @Option(names = "--page", defaultValue = "1") int page;
    @Option(names = "--size", defaultValue = "10") int size;
    @Option(names = "--json", description = "print the API's JSON answer") boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        SearchRequest request;
        try {
            request = new SearchRequest(query, filters(), from, to, sortOrder(), page, size);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("search: " + e.getMessage());
            return 2;
        }
        try (ArchiveIndex index = Archives.openToSearch(data.dataDir)) {
            SearchResponse response = new ArchiveSearcher(index).search(request);
            if (json) {
                out.println(MeetingJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(response));
            } else {
                print(out, response);
            }
            out.flush();
            return 0;
        } catch (QuerySyntaxException e) {
            spec.commandLine().getErr().println("search: " + e.getMessage());
            return 2;
        }
    }

    private Map<String, List<String>> filters() {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        filters.put(Schema.COMMITTEE, committees);
        filters.put(Schema.REGION, regions);
        filters.put(Schema.YEAR, years);
        filters.put(Schema.PERSON, persons);
        filters.put(Schema.PROJECT, projects);
        filters.put(Schema.OUTCOME, outcomes);
        filters.put(Schema.TYPE, types);
        filters.values().removeIf(List::isEmpty);
        return filters;
    }

    private SearchRequest.SortOrder sortOrder() {
        return switch (sort) {
            case "date" -> SearchRequest.SortOrder.DATE;
            case "relevance" -> SearchRequest.SortOrder.RELEVANCE;
            default -> throw new IllegalArgumentException("--sort must be relevance or date");
        };
    }

    private static void print(PrintWriter out, SearchResponse response) {
        out.println(response.total() + (response.total() == 1 ? " item" : " items"));
        int rank = (response.page() - 1) * response.size();
        for (SearchHit hit : response.hits()) {
            out.printf("%n%d. %s  %s%n", ++rank, hit.meetingDate() == null ? "(no date)" : hit.meetingDate(), hit.committee());
            out.printf("   %d. %s%s%n", hit.number(), hit.title(), hit.outcome() == null ? "" : "  [" + hit.outcome() + "]");
            if (!hit.snippet().isBlank()) {
                out.println("   " + TerminalText.fromSnippet(hit.snippet()));
            }
            out.println("   " + hit.url());
        }
    }
}
