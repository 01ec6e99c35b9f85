package org.chancery.cable.lint;

import org.chancery.cable.Diagnostic;
import org.chancery.cable.Severity;

import java.util.List;

/** Collects one rule's findings, stamping each with the rule's id so rules cannot misreport who they are. */
public final class Findings {

    private final String rule;
    private final List<Diagnostic> out;

    Findings(String rule, List<Diagnostic> out) {
        this.rule = rule;
        this.out = out;
    }

    public void report(Severity severity, Position at, String message) {
        out.add(new Diagnostic(rule, severity, at.line(), at.column(), message));
    }

    public void error(Position at, String message) {
        report(Severity.ERROR, at, message);
    }

    public void warning(Position at, String message) {
        report(Severity.WARNING, at, message);
    }

    public void info(Position at, String message) {
        report(Severity.INFO, at, message);
    }
}
