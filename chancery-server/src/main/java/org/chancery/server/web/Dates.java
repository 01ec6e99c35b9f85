package org.chancery.server.web;

import org.chancery.cable.model.Dtg;

import java.time.DateTimeException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How pages show a cable's date-time group: {@code 2009-10-02 14:44 UTC}; empty when there is none. */
final class Dates {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT);

    private Dates() {
    }

    static String of(Dtg dtg) {
        if (dtg == null) return "";
        try {
            return DATE.format(dtg.toZonedDateTime());
        } catch (DateTimeException e) {
            // A damaged DTG (day 31 of a 30-day month, say) is shown as nothing rather than as a wrong date.
            return "";
        }
    }
}
