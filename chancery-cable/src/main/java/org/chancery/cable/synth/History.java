package org.chancery.cable.synth;

import java.util.SplittableRandom;

/**
 * The cables generated so far that later ones may cite, in constant memory: the last few of every station and
 * the last few thousand overall. Everything here was generated before the cable that cites it.
 */
final class History {

    /** A cable that can be cited: its station, the year of its DTG and its MRN as a number. */
    record Cited(Station station, int year, int number) {
    }

    private static final int PER_STATION = 8;
    private static final int RECENT = 4096;

    private final Cited[][] byStation;
    private final int[] stationCount;
    private final Cited[] recent = new Cited[RECENT];
    private long recentCount;

    History(int stations) {
        byStation = new Cited[stations][PER_STATION];
        stationCount = new int[stations];
    }

    void add(Cited c) {
        int s = c.station().index();
        byStation[s][stationCount[s]++ % PER_STATION] = c;
        if (stationCount[s] >= 2 * PER_STATION) stationCount[s] -= PER_STATION; // stay bounded, same slot order
        recent[(int) (recentCount++ % RECENT)] = c;
    }

    /** A recent cable of a station, or null when it has sent none yet. */
    Cited ofStation(SplittableRandom r, Station station) {
        int s = station.index();
        int n = Math.min(stationCount[s], PER_STATION);
        if (n == 0) return null;
        // Recent cables are cited more than older ones: the last one half the time.
        int back = Draw.chance(r, 0.5) ? 0 : r.nextInt(n);
        return byStation[s][Math.floorMod(stationCount[s] - 1 - back, PER_STATION)];
    }

    /** Any recent cable, or null when there is none yet. */
    Cited any(SplittableRandom r) {
        int n = (int) Math.min(recentCount, RECENT);
        if (n == 0) return null;
        return recent[(int) Math.floorMod(recentCount - 1 - r.nextInt(n), RECENT)];
    }
}
