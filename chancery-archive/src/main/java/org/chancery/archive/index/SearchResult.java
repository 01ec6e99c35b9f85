package org.chancery.archive.index;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a search found.
 *
 * @param total  how many cables match (exact)
 * @param hits   the requested page
 * @param facets for each requested facet, its values with counts, most frequent first
 */
public record SearchResult(long total, List<Hit> hits, Map<Facet, List<FacetValue>> facets) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    /**
     * One matching cable.
     *
     * @param subject the subject, or null when there is none or the reader may not read it
     * @param snippet the best passage of readable text with the matched terms marked, or null
     */
    public record Hit(String id, Instant dtg, String origin, String classification, String subject, float score,
                      Snippet snippet) {
    }

    /** A facet value and how many matching cables have it. */
    public record FacetValue(String value, long count) {
    }
}
