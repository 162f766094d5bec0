/** Search: query parsing, filters and facets, highlighting; request and result records. */
package dk.beslutningsarkiv.search;
