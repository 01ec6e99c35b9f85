package org.chancery.cable.model;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * A date-time group such as {@code 021444Z OCT 09}: day, hour and minute in a time zone (almost always Z),
 * month and year. {@code yearDigits} records whether the year was written with two digits or four, so a
 * cable writes back as it came.
 */
public record Dtg(int year, int month, int day, int hour, int minute, char zone, int yearDigits) {

    public Dtg {
        if (month < 1 || month > 12) throw new IllegalArgumentException("month out of range: " + month);
        if (day < 1 || day > 31) throw new IllegalArgumentException("day out of range: " + day);
        if (hour < 0 || hour > 24) throw new IllegalArgumentException("hour out of range: " + hour);
        if (minute < 0 || minute > 59) throw new IllegalArgumentException("minute out of range: " + minute);
        if (yearDigits != 2 && yearDigits != 4) throw new IllegalArgumentException("year digits must be 2 or 4");
    }

    public static Dtg zulu(int year, int month, int day, int hour, int minute) {
        return new Dtg(year, month, day, hour, minute, 'Z', 2);
    }

    /** The instant in UTC, taking the zone letter as Zulu (the only zone cables use in practice). */
    public ZonedDateTime toZonedDateTime() {
        LocalDateTime t = LocalDateTime.of(year, month, Math.min(day, 28), 0, 0)
                .withDayOfMonth(Math.min(day, java.time.YearMonth.of(year, month).lengthOfMonth()))
                .plusHours(hour)
                .plusMinutes(minute);
        return t.atZone(ZoneOffset.UTC);
    }
}
