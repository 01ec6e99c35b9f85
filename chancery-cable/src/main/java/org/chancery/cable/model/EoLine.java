package org.chancery.cable.model;

/**
 * The E.O. line: the executive order (e.g. {@code 12958}; null when not given), the instruction, and the
 * instruction's text as written after the colon (e.g. {@code DECL: 10/01/2011}).
 */
public record EoLine(String order, Declassification instruction, String text) {
}
