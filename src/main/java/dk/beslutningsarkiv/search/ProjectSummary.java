package dk.beslutningsarkiv.search;

/** A project with the number of agenda items naming it and the dates of the first and last (null if undated). */
public record ProjectSummary(String name, long items, String firstDate, String lastDate) {
}
