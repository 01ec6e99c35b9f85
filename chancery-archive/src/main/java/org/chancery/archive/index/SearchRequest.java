package org.chancery.archive.index;

import java.util.EnumSet;
import java.util.Set;

/**
 * One search.
 *
 * @param query      the query in the query language (docs/query-language.md)
 * @param facets     the facets to count (empty: none)
 * @param facetLimit how many values to give per facet, most frequent first
 * @param limit      how many hits to return
 * @param offset     how many hits to skip (pagination)
 * @param sort       the order of the hits
 * @param visibility what the reader may see ({@link Visibility#ALL} for everything)
 */
public record SearchRequest(String query, Set<Facet> facets, int facetLimit, int limit, int offset, Sort sort,
                            Visibility visibility) {

    public enum Sort {
        RELEVANCE, DATE, DATE_DESC;

        /** Reads {@code relevance}, {@code date} or {@code -date}. */
        public static Sort parse(String text) {
            return switch (text) {
                case "relevance" -> RELEVANCE;
                case "date" -> DATE;
                case "-date" -> DATE_DESC;
                default -> throw new IllegalArgumentException("sort is relevance, date or -date, not '" + text + "'");
            };
        }
    }

    public SearchRequest {
        if (query == null) throw new IllegalArgumentException("no query");
        facets = facets == null || facets.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(facets));
        if (facetLimit < 1) throw new IllegalArgumentException("facetLimit must be at least 1");
        if (limit < 0 || offset < 0) throw new IllegalArgumentException("limit and offset must be 0 or more");
        if ((long) limit + offset > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("limit + offset must be at most " + Integer.MAX_VALUE);
        }
        if (sort == null) sort = Sort.RELEVANCE;
        if (visibility == null) visibility = Visibility.ALL;
    }

    /** The first ten hits by relevance, no facets, no restriction. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, Set.of(), 10, 10, 0, Sort.RELEVANCE, Visibility.ALL);
    }

    public SearchRequest withFacets(Set<Facet> f) {
        return new SearchRequest(query, f, facetLimit, limit, offset, sort, visibility);
    }

    public SearchRequest withAllFacets() {
        return withFacets(EnumSet.allOf(Facet.class));
    }

    public SearchRequest withFacetLimit(int n) {
        return new SearchRequest(query, facets, n, limit, offset, sort, visibility);
    }

    public SearchRequest withPage(int newLimit, int newOffset) {
        return new SearchRequest(query, facets, facetLimit, newLimit, newOffset, sort, visibility);
    }

    public SearchRequest withSort(Sort s) {
        return new SearchRequest(query, facets, facetLimit, limit, offset, s, visibility);
    }

    public SearchRequest withVisibility(Visibility v) {
        return new SearchRequest(query, facets, facetLimit, limit, offset, sort, v);
    }
}
