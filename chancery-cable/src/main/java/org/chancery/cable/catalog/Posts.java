package org.chancery.cable.catalog;

import java.util.Optional;

/** The posts catalog: looks a post up by any of its names. */
public final class Posts {

    /** The built-in catalog. */
    public static Posts builtIn() {
        throw new UnsupportedOperationException("not written yet");
    }

    /** By the PLAD of an FM/TO line: {@code AMEMBASSY PRAGUE}, {@code SECSTATE WASHDC}. */
    public Optional<Post> byPlad(String plad) {
        throw new UnsupportedOperationException("not written yet");
    }

    /** By the post word of a classification line or reference: {@code PRAGUE}, {@code STATE}, {@code SECSTATE}. */
    public Optional<Post> byMrnOrigin(String word) {
        throw new UnsupportedOperationException("not written yet");
    }

    public Optional<Post> byRi(String ri) {
        throw new UnsupportedOperationException("not written yet");
    }

    /**
     * The archive name of an originator PLAD even when the catalog does not list it: {@code AMEMBASSY X} →
     * {@code Embassy X}, {@code AMCONSUL X} → {@code Consulate X}, {@code SECSTATE WASHDC} → {@code Secretary of
     * State}; null when the PLAD is not an originator address.
     */
    public String originName(String plad) {
        throw new UnsupportedOperationException("not written yet");
    }

    /** The canonical-id prefix for a classification-line post word: {@code SECSTATE} → {@code STATE}. */
    public String idPrefix(String mrnOrigin) {
        throw new UnsupportedOperationException("not written yet");
    }
}
