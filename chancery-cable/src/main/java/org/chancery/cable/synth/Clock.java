package org.chancery.cable.synth;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

/**
 * The time of the next cable: a Poisson process whose rate follows the week's activity (office hours where
 * the posts are, fewer at night and at weekends), so that DTGs advance and cluster in working hours. Time is
 * kept as minutes since the epoch, UTC; the mean gap is set so that {@code count} cables span the corpus years.
 */
final class Clock {

    private final Stations stations;
    private final double meanGap;
    /** Minutes since 1970-01-01T00:00Z of the last cable. */
    private double now;
    /** Minutes since the epoch of Monday 00:00Z of some week before the start, to find hours of the week. */
    private final long mondayZero;

    Clock(Stations stations, int startYear, int years, long count) {
        this.stations = stations;
        long start = LocalDateTime.of(startYear, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC) / 60;
        long end = LocalDateTime.of(startYear + years, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC) / 60;
        this.meanGap = (end - start) / (double) Math.max(1, count);
        this.now = start;
        LocalDateTime first = LocalDateTime.of(startYear, 1, 1, 0, 0);
        int back = first.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
        this.mondayZero = start - back * 1440L;
    }

    /** Advances to the next cable and returns its minute (since the epoch, UTC). */
    long next(SplittableRandom r) {
        // Spend an exponential amount of "activity" hour by hour: busy hours use it up faster than quiet ones.
        double budget = -Math.log(1 - r.nextDouble()) * meanGap;
        double t = now;
        while (true) {
            int hour = hourOfWeek((long) Math.floor(t));
            double rate = stations.activity(hour);
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
