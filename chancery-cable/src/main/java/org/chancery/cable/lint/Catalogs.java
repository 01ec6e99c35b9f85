package org.chancery.cable.lint;

import org.chancery.cable.catalog.RoutingIndicators;
import org.chancery.cable.catalog.TagInfo;
import org.chancery.cable.catalog.Tags;

import java.util.Optional;
import java.util.function.Function;

/**
 * The lookups the rules need from the catalogs: a tag's entry and a routing indicator's station name. A
 * lookup is null when no catalog is available; the rules that need it then skip that part of their check
 * rather than call every tag or station unknown.
 *
 * @param tags     a tag code → its catalog entry
 * @param stations a routing indicator → its station name (e.g. {@code RUEHPG} → {@code AMEMBASSY PRAGUE})
 */
public record Catalogs(Function<String, Optional<TagInfo>> tags, Function<String, Optional<String>> stations) {

    /** No catalog: tag and station checks are skipped. */
    public static final Catalogs NONE = new Catalogs(null, null);

    /** The given catalogs (either may be null). */
    public static Catalogs of(Tags tags, RoutingIndicators stations) {
        return new Catalogs(tags == null ? null : tags::lookup, stations == null ? null : stations::name);
    }

    /** The built-in catalogs, each skipped when it cannot be built. */
    public static Catalogs builtIn() {
        return of(orNull(Tags::builtIn), orNull(RoutingIndicators::builtIn));
    }

    private static <T> T orNull(java.util.function.Supplier<T> builder) {
        try {
            return builder.get();
        } catch (RuntimeException e) {
            return null; // a missing or broken catalog must not stop linting
        }
    }
}
