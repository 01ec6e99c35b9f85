package org.chancery.cable.synth;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

/**
 * The time of the next cable. Time runs faster or slower with the week's activity (office hours where the
 * posts are, fewer cables at night and at weekends): the corpus span, measured in "activity minutes", is cut
 * into {@code count} equal slots and cable {@code i} falls at a random point of slot {@code i}. So DTGs never go
 * back, cluster in working hours, and the last cable falls within the span whatever the count. Minutes are
 * counted since the epoch, UTC.
 */
final class Clock {

    private final Stations stations;
    private final long mondayZero;
    /** Activity minutes per cable. */
    private final double slot;
    private long made;
    /** The wall-clock minute reached so far, and the activity minutes spent to reach it. */
    private double now;
    private double spent;

    Clock(Stations stations, int startYear, int years, long count) {
        this.stations = stations;
        long start = minuteOf(LocalDateTime.of(startYear, 1, 1, 0, 0));
        long end = minuteOf(LocalDateTime.of(startYear + years, 1, 1, 0, 0));
        int back = LocalDateTime.of(startYear, 1, 1, 0, 0).getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
        this.mondayZero = start - back * 1440L;
        double total = 0;
        for (long m = start; m < end; m += 60) total += 60 * stations.activity(hourOfWeek(m));
        this.slot = total / Math.max(1, count);
        this.now = start;
    }

    private static long minuteOf(LocalDateTime t) {
        return t.toEpochSecond(ZoneOffset.UTC) / 60;
    }

    /** Advances to the next cable and returns its minute (since the epoch, UTC). */
    long next(SplittableRandom r) {
        double target = (made++ + r.nextDouble()) * slot;
        double budget = Math.max(0, target - spent);
        spent = Math.max(spent, target);
        // Spend the activity hour by hour: busy hours use it up faster than quiet ones.
        double t = now;
        while (true) {
            double rate = stations.activity(hourOfWeek((long) Math.floor(t)));
            double hourEnd = (Math.floor(t / 60) + 1) * 60;
            double affordable = (hourEnd - t) * rate;
            if (budget <= affordable) {
                t += budget / rate;
                break;
            }
            budget -= affordable;
            t = hourEnd;
        }
        now = t;
        return (long) Math.floor(t);
    }

    /** The hour of the week (0 = Monday 00Z … 167) of a minute since the epoch. */
    int hourOfWeek(long minute) {
        return (int) Math.floorMod((minute - mondayZero) / 60, (long) Stations.HOURS_OF_WEEK);
    }
}
