package org.chancery.cable.lint;

import org.chancery.cable.Diagnostic;
import org.chancery.cable.ParsedCable;

import java.util.List;

/** Checks a parsed cable against the rules a strict writer and validator enforce. */
public final class Linter {

    private Linter() {
    }

    /** The reader's diagnostics and every rule's findings, in text order. Never throws. */
    public static List<Diagnostic> lint(ParsedCable cable) {
        throw new UnsupportedOperationException("not written yet");
    }
}
