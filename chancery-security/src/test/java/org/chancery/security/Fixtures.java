package org.chancery.security;

import org.chancery.cable.Cables;
import org.chancery.cable.ParsedCable;
import org.chancery.cable.model.Level;

import java.util.Set;

/** Cables written for these tests: fictional content in the real format. */
final class Fixtures {

    private Fixtures() {
    }

    /** SECRET NOFORN, SIPDIS: a (U) subject, paragraphs (C), (S/NF), (U) and an unmarked one, a summary in (C). */
    static final String VALLETTA = """
            VZCZCXRO0077
            RR RUEHC
            DE RUEHVL #0077 0631200
            ZNY SSSSS ZZH
            R 041200Z MAR 10
            FM AMEMBASSY VALLETTA
            TO RUEHC/SECSTATE WASHDC 4410
            INFO RUEHRO/AMEMBASSY ROME 0123

            S E C R E T VALLETTA 000077

            NOFORN
            SIPDIS

            DEPT FOR EUR/WE, EUR/RPM

            E.O. 12958: DECL: 03/04/2020
            TAGS: PREL PGOV MT
            SUBJECT: (U) HARBOUR TALKS PREVIEW
            REF: A. 09 VALLETTA 412
            B. STATE 12345

            Classified By: Ambassador Lena Marsh for reasons 1.4 (b) and (d).

            1. (C) SUMMARY: The minister expects progress on the quay. END SUMMARY.

            2. (S/NF) The minister said the tanker lease would be cancelled in secret.

            3. (U) The ferry timetable was published on Monday.

            4. Nobody marked this paragraph about the lighthouse.

            5. (C) COMMENT: We will watch the breakwater closely. END COMMENT.
            MARSH
            """;

    /** CONFIDENTIAL, not SIPDIS, EXDIS: distributed to Prague, State and the passing offices only. */
    static final String PRAGUE_EXDIS = """
            VZCZCXRO0101
            RR RUEHC
            DE RUEHPG #0101 0631200
            ZNY CCCCC ZZH
            R 041200Z MAR 10
            FM AMEMBASSY PRAGUE
            TO RUEHC/SECSTATE WASHDC 4411

            C O N F I D E N T I A L PRAGUE 000101

            EXDIS

            DEPT FOR EUR/CE

            E.O. 12958: DECL: 03/04/2020
            TAGS: PREL EZ
            SUBJECT: (C) CASTLE GARDEN RENOVATION

            Classified By: Charge Tom Avery for reasons 1.4 (d).

            1. (C) The castle gardener asked for help with the roses.

            2. (U) The tram schedule changes in April.
            AVERY
            """;

    static ParsedCable valletta() {
        return Cables.read(VALLETTA, "10VALLETTA77");
    }

    static ParsedCable pragueExdis() {
        return Cables.read(PRAGUE_EXDIS, "10PRAGUE101");
    }

    static Principal us(String id, Level clearance, String... lists) {
        return new Principal(id, clearance, Set.of(lists), Set.of("USA"), Set.of(), Set.of(Role.READER));
    }
}
