package org.chancery.cable.model;

/**
 * One TAGS entry, normalised: {@code code} is upper case without punctuation (PREL, EZ, OVIP); for person
 * tags {@code person} holds the name (e.g. {@code CLINTON, HILLARY}), otherwise null.
 */
public record Tag(String code, TagKind kind, String person) {

    public static Tag of(String code, TagKind kind) {
        return new Tag(code, kind, null);
    }
}
