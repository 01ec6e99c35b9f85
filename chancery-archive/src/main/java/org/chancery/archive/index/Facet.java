package org.chancery.archive.index;

import java.util.Locale;

/** The facets a search can count, with the index dimension each is kept in. */
public enum Facet {
    ORIGIN("origin"),
    CLASS("class"),
    TAG("tag"),
    YEAR("year"),
    MONTH("month"),
    PRECEDENCE("precedence"),
    ADDRESSEE("addressee");

    private final String dim;

    Facet(String dim) {
        this.dim = dim;
    }

    /** The dimension name (also the name in JSON output). */
    public String dim() {
        return dim;
    }

    public static Facet byName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
