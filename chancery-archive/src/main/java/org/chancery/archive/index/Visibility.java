package org.chancery.archive.index;

import java.util.Set;
import java.util.function.Predicate;

/**
 * What a search may see, decided by the caller (the security module) and applied by the index to text matching,
 * snippets, subjects, hits, totals and facet counts alike.
 *
 * @param readable     the portion label classes the reader may read; null: all. A cable none of whose portions
 *                     is readable does not exist for the search.
 * @param distribution the distribution keys that reach the reader (SIPDIS for the shared archive, and the PLADs
 *                     or post names of the posts and offices they belong to); null: no distribution limit. A
 *                     cable matches only when one of its keys ({@link LuceneSearchIndex#DIST_SIPDIS} if it
 *                     carries SIPDIS, its origin, its action and information addressees) is in this set.
 */
public record Visibility(Predicate<LabelClass> readable, Set<String> distribution) {

    public static final Visibility ALL = new Visibility(null, null);

    public Visibility {
        distribution = distribution == null ? null : Set.copyOf(distribution);
    }

    public static Visibility readableClasses(Predicate<LabelClass> readable) {
        return new Visibility(readable, null);
    }

    public boolean unrestricted() {
        return readable == null && distribution == null;
    }
}
