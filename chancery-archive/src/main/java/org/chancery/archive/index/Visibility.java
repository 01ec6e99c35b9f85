package org.chancery.archive.index;

import java.util.Set;
import java.util.function.Predicate;

/**
 * What a search may see, decided by the caller (the security module) and applied by the index to text matching,
 * snippets, subjects, hits, totals and facet counts alike.
 *
 * @param readable     the portion label classes the reader may read; null: all. Under the portion reading (not
 *                     {@code wholeCable}) a cable is visible when its governing class or one of its portions'
 *                     classes is readable; its tags and references (withheld with the banner in a released
 *                     document) match and count only when its governing class is readable.
 * @param distribution the distribution keys that reach the reader (SIPDIS for the shared archive, and the keys
 *                     of the posts and offices they belong to); null: no distribution limit. A cable matches only
 *                     when one of its keys ({@link LuceneSearchIndex#DIST_SIPDIS} if it carries SIPDIS, else the
 *                     posts and offices it went to) is in this set.
 * @param wholeCable   the document policy: a cable is visible only when its governing class is readable (then
 *                     every portion of it is: the governing banner dominates them all)
 */
public record Visibility(Predicate<LabelClass> readable, Set<String> distribution, boolean wholeCable) {

    public static final Visibility ALL = new Visibility(null, null, false);

    public Visibility {
        distribution = distribution == null ? null : Set.copyOf(distribution);
    }

    /** Portion reading: a cable is visible through any readable portion. */
    public Visibility(Predicate<LabelClass> readable, Set<String> distribution) {
        this(readable, distribution, false);
    }

    public static Visibility readableClasses(Predicate<LabelClass> readable) {
        return new Visibility(readable, null);
    }

    public boolean unrestricted() {
        return readable == null && distribution == null;
    }
}
