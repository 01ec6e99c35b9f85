package org.chancery.switching.delivery;

import org.chancery.cable.model.Address;
import org.chancery.cable.model.Level;
import org.chancery.cable.model.Precedence;
import org.chancery.switching.Transmission;

import java.time.Instant;
import java.util.List;

/** Fictional transmissions in the real format, and a clock tests can move. */
public final class Fixtures {

    public static final Instant T0 = Instant.parse("2009-10-02T14:44:00Z");

    private Fixtures() {
    }

    /** A short cable from Embassy Prague to the Department, with the given captions and passing line. */
    public static String text(String id, Precedence precedence, String captions, String passing, String tags) {
        String prosign = String.valueOf(precedence.prosign() == '\0' ? 'Z' : precedence.prosign());
        return "VZCZCXRO0001\n"
                + prosign + prosign + " RUEHC\n"
                + "DE RUEHPG #0001 2751444\n"
                + "ZNY CCCCC ZZH\n"
                + prosign + " 021444Z OCT 09\n"
                + "FM AMEMBASSY PRAGUE\n"
                + "TO RUEHC/SECSTATE WASHDC " + (precedence == Precedence.ROUTINE ? "" : precedence.word() + " ")
                + "0001\n"
                + "INFO RUEHBS/AMEMBASSY BRUSSELS 0002\n"
                + "BT\n"
                + "C O N F I D E N T I A L PRAGUE 000001\n"
                + "\n" + (captions.isEmpty() ? "" : captions + "\n\n")
                + (passing.isEmpty() ? "" : passing + "\n\n")
                + "E.O. 12958: DECL: 10/01/2019\n"
                + "TAGS: " + tags + "\n"
                + "SUBJECT: FICTIONAL TEST MESSAGE " + id + "\n"
                + "\n"
                + "Classified By: Charge A. Example for reasons 1.4 (b) and (d).\n"
                + "\n"
                + "1. (C) Nothing of substance happened at the fictional ministry.\n"
                + "\n"
                + "2. (U) End of the fictional message.\n"
                + "EXAMPLE\n";
    }

    public static Address department(Precedence p) {
        return new Address("RUEHC", "SECSTATE WASHDC", p, "0001");
    }

    public static Address brussels() {
        return new Address("RUEHBS", "AMEMBASSY BRUSSELS", null, "0002");
    }

    public static Transmission to(String id, String destination, Precedence precedence, Address... addressees) {
        return new Transmission(id, "09PRAGUE" + id, 1, precedence, Level.CONFIDENTIAL, destination,
                List.of(addressees), text(id, precedence, "SIPDIS", "", "PREL EZ"), T0);
    }

    public static Transmission toDepartment(String id, Precedence precedence) {
        return to(id, "RUEHC", precedence, department(precedence == Precedence.ROUTINE ? null : precedence));
    }

    public static Transmission withText(Transmission t, String text) {
        return new Transmission(t.transmissionId(), t.cableId(), t.section(), t.precedence(), t.classification(),
                t.destination(), t.addressees(), text, t.releasedAt());
    }
}
