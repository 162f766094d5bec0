package dk.beslutningsarkiv.search;

/** One typeahead suggestion: what kind of thing it is (committee, project, person, word) and its text. */
public record Suggestion(String kind, String value) {
}
