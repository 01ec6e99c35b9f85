package org.chancery.cable.model;

import java.time.LocalDate;

/**
 * The declassification instruction of an E.O. line: a date, an event, N/A (unclassified), OADR, a 25X
 * exemption, or text that could not be understood (kept).
 */
public sealed interface Declassification {

    /** {@code DECL: 10/01/2011} */
    record OnDate(LocalDate date) implements Declassification {
    }

    /** {@code DECL: AFTER KOREAN UNIFICATION} */
    record OnEvent(String event) implements Declassification {
    }

    /** {@code N/A}: the cable is unclassified. */
    record NotApplicable() implements Declassification {
    }

    /** {@code OADR}: originating agency's determination required (abolished for new markings in 1995). */
    record Oadr() implements Declassification {
    }

    /** {@code 25X1} … {@code 25X9}, or older codes such as {@code GDS} and {@code X1}. */
    record Exemption(String code) implements Declassification {
    }

    /** Anything else, as written. */
    record Unparsed(String text) implements Declassification {
    }
}
