package org.chancery.security;

/**
 * A dissemination control or handling caption that restricts who may read. The order of the constants is the
 * order of the canonical label text.
 *
 * <p>NOFORN is held by nationality (a principal who is a US national holds it). Every other control is held by
 * being on the access list of the same name (see {@link Principal#accessLists()}): NODIS and EXDIS name the
 * people a cable may reach, and the simplest faithful model of that is one named list per control. A
 * deployment that wants a list per cable can later qualify the list name; the decision does not change.
 *
 * <p>{@link #documentWide()} controls are captions of the whole cable (channel and distribution captions): they
 * restrict every portion of it, marked or not. The others are written in portion marks and roll up to the
 * banner like the level does.
 */
public enum Control {
    NOFORN(false),
    NODIS(true),
    EXDIS(true),
    LIMDIS(true),
    STADIS(true),
    SPECAT(true),
    ORCON(false),
    PROPIN(false);

    private static final Control[] VALUES = values();

    private final boolean documentWide;

    Control(boolean documentWide) {
        this.documentWide = documentWide;
    }

    public boolean documentWide() {
        return documentWide;
    }

    /** The bit of this control in a mask of controls. */
    int bit() {
        return 1 << ordinal();
    }

    /** The control of a word of the canonical label text ({@code NOFORN}), or null when it is not one. */
    public static Control ofWord(String word) {
        for (Control c : VALUES) {
            if (c.name().equals(word)) return c;
        }
        return null;
    }

    static Control[] all() {
        return VALUES;
    }
}
