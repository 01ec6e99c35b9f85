package org.chancery.cable.model;

/** The SUBJECT: its own portion mark (null when none) and its text, wrapped lines joined by single spaces. */
public record Subject(PortionMark mark, String text) {
}
