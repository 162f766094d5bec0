package dk.beslutningsarkiv.search;

/** One value of a facet dimension and how many matching items carry it. */
public record FacetValue(String value, long count) {
}
