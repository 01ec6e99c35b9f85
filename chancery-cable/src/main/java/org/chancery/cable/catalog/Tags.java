package org.chancery.cable.catalog;

import java.nio.file.Path;
import java.util.Optional;

/** The TAGS catalog: each tag's kind and meaning. */
public final class Tags {

    /** The built-in catalog of the tags in common use. */
    public static Tags builtIn() {
        throw new UnsupportedOperationException("not written yet");
    }

    /** A fuller catalog from a file (format documented in docs/catalogs.md), on top of the built-in one. */
    public static Tags load(Path file) throws java.io.IOException {
        throw new UnsupportedOperationException("not written yet");
    }

    public Optional<TagInfo> lookup(String code) {
        throw new UnsupportedOperationException("not written yet");
    }
}
