package org.chancery.cable.catalog;

import java.nio.file.Path;
import java.util.Optional;

/** Routing indicators and their station names. */
public final class RoutingIndicators {

    /** A small built-in set: the Department, the relays and the stations of the posts in common use. */
    public static RoutingIndicators builtIn() {
        throw new UnsupportedOperationException("not written yet");
    }

    /** Loads a file in the format of {@code routing-indicators.csv} ({@code RI,NAME} lines, a header line). */
    public static RoutingIndicators load(Path csv) throws java.io.IOException {
        throw new UnsupportedOperationException("not written yet");
    }

    /** The station name of an RI, e.g. {@code RUEHPG} → {@code AMEMBASSY PRAGUE}. */
    public Optional<String> name(String ri) {
        throw new UnsupportedOperationException("not written yet");
    }
}
