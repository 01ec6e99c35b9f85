package org.chancery.cable.lint;

import org.chancery.cable.Severity;

/** A rule whose id and usual severity are fixed when it is made: every rule of section 5 is one. */
abstract class NamedRule implements Rule {

    private final String id;
    private final Severity severity;

    NamedRule(String id, Severity severity) {
        this.id = id;
        this.severity = severity;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Severity severity() {
        return severity;
    }
}
