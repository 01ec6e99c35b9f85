package org.chancery.cable.model;

/**
 * One REF item.
 *
 * @param letter the letter of a lettered reference (A, B, …), or null
 * @param kind   what is referred to
 * @param id     for a cable, its canonical id (e.g. {@code 03PANAMA2201}; a year-less reference takes the
 *               citing cable's year); null for other kinds
 * @param text   the item as written, without its letter
 * @param notal  whether marked {@code (NOTAL)}: not to all addressees
 */
public record Reference(String letter, ReferenceKind kind, String id, String text, boolean notal) {
}
