package org.chancery.cable;

/**
 * A finding about a cable: a stable rule id (e.g. {@code paragraph-numbering}), a severity, where (1-based line
 * and column in the cable text; 0 when it concerns the whole cable) and a message that says how to fix it.
 */
public record Diagnostic(String rule, Severity severity, int line, int column, String message) {

    @Override
    public String toString() {
        return line + ":" + column + " " + severity.label() + " [" + rule + "] " + message;
    }
}
