package org.chancery.cable.lint;

import org.chancery.cable.catalog.RoutingIndicators;
import org.chancery.cable.catalog.Tags;

import java.util.function.Supplier;

/**
 * The catalogs the rules consult. Either may be null: the rules that need it then skip that part of their
 * check rather than call every tag or station unknown.
 *
 * @param tags     the TAGS catalog
 * @param stations the routing indicators and their station names
 */
public record Catalogs(Tags tags, RoutingIndicators stations) {

    /** No catalog: tag and station checks are skipped. */
    public static final Catalogs NONE = new Catalogs(null, null);

    /** The built-in catalogs, each left out when it cannot be built. */
    public static Catalogs builtIn() {
        return new Catalogs(orNull(Tags::builtIn), orNull(RoutingIndicators::builtIn));
    }

    private static <T> T orNull(Supplier<T> builder) {
        try {
            return builder.get();
        } catch (RuntimeException e) {
            return null; // a missing or broken catalog must not stop linting
        }
    }
}
