package org.chancery.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Times as the switch commands print them: UTC to the second, ages as 2h05m or 45s. */
final class Times {

    private Times() {
    }

    static String instant(Instant t) {
        return t == null ? "-" : t.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static String age(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s < 60) return s + "s";
        if (s < 3600) return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
        if (s < 86_400) return String.format(Locale.ROOT, "%dh%02dm", s / 3600, s / 60 % 60);
        return String.format(Locale.ROOT, "%dd%02dh", s / 86_400, s / 3600 % 24);
    }
}
