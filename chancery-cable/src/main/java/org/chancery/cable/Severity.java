package org.chancery.cable;

import java.util.Locale;

public enum Severity {
    ERROR, WARNING, INFO;

    /** Lower case, as JSON and the CLI print it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
