package org.chancery.cable.read;

import org.chancery.cable.Cables;
import org.chancery.cable.ParsedCable;
import org.chancery.cable.model.Envelope;
import org.chancery.cable.model.Level;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The text above the envelope is kept in the model: {@link Envelope#preamble()}. */
class PreambleTest {

    /** A fictional cable in the 1970s printout form: page line, the Department's distribution block, then FL5. */
    private static final String SEVENTIES = """
            PAGE 01        ATLANTIS 00123  121530Z

            ACTION EUR-12

            INFO  OCT-01   ISO-00   CIAE-00  DODE-00  PM-04    H-02
                  INR-07   L-03     NSAE-00  PA-02      /031 W
                                 ------------------045678  121602Z /44
            DRAFTED BY EUR/XYZ:JQPUBLIC:LM
            APPROVED BY EUR:ASMITH
            CLEARANCES: S/S-O:BJONES
            R 121530Z MAR 76
            FM AMEMBASSY ATLANTIS
            TO SECSTATE WASHDC 4567
            INFO AMEMBASSY OCEANIA

            C O N F I D E N T I A L ATLANTIS 0123

            E.O. 11652: GDS
            TAGS: PFOR, XX
            SUBJECT: A FICTIONAL SUBJECT

            1. A FICTIONAL PARAGRAPH.
            DOE
            """;

    @Test
    void theDistributionBlockOfA1970sCableIsKeptLineByLine() {
        ParsedCable parsed = Cables.read(SEVENTIES, "76ATLANTIS123");
        Envelope env = parsed.cable().envelope();
        assertThat(env.preamble()).containsExactly(
                "PAGE 01        ATLANTIS 00123  121530Z",
                "ACTION EUR-12",
                "INFO  OCT-01   ISO-00   CIAE-00  DODE-00  PM-04    H-02",
                "INR-07   L-03     NSAE-00  PA-02      /031 W",
                "------------------045678  121602Z /44",
                "DRAFTED BY EUR/XYZ:JQPUBLIC:LM",
                "APPROVED BY EUR:ASMITH",
                "CLEARANCES: S/S-O:BJONES");
        // the envelope and the telegram are read as before
        assertThat(env.from().plad()).isEqualTo("AMEMBASSY ATLANTIS");
        assertThat(env.format().dtg().year()).isEqualTo(1976);
        assertThat(parsed.cable().telegram().classification().level()).isEqualTo(Level.CONFIDENTIAL);
        assertThat(parsed.original()).isEqualTo(SEVENTIES);
    }

    @Test
    void anEmailForwardHeadingIsKept() {
        String text = """
                From: Example, Office\u00A0
                Sent: Monday, March 02, 2009 4:33 PM

                Subject: ATLANTIS 00000042 A FICTIONAL SUBJECT
                VZCZCXRO0042
                PP RUEHC
                DE RUEHZZ #0042/01 0611442
                ZNY CCCCC ZZH
                P 021442Z MAR 09
                FM AMEMBASSY ATLANTIS
                TO RUEHC/SECSTATE WASHDC PRIORITY 0042

                C O N F I D E N T I A L ATLANTIS 000042
                """;
        Envelope env = Cables.read(text, "09ATLANTIS42").cable().envelope();
        assertThat(env.preamble()).containsExactly("From: Example, Office", "Sent: Monday, March 02, 2009 4:33 PM",
                "Subject: ATLANTIS 00000042 A FICTIONAL SUBJECT");
        assertThat(env.transmission().sequence()).isEqualTo("0042");
    }

    @Test
    void aCableStartingWithItsEnvelopeHasNoPreamble() {
        String text = """

                R 021444Z OCT 09
                FM AMEMBASSY ATLANTIS
                TO RUEHC/SECSTATE WASHDC 0001

                UNCLAS ATLANTIS 000001
                """;
        assertThat(Cables.read(text, "x").cable().envelope().preamble()).isEmpty();
    }

    @Test
    void anEnvelopeComposedWithoutAPreambleHasAnEmptyOne() {
        Envelope env = new Envelope(null, null, null, null, null, null, List.of(), List.of(), List.of());
        assertThat(env.preamble()).isEmpty();
        assertThat(env).isEqualTo(new Envelope(null, null, null, null, null, null, List.of(), List.of(), List.of(),
                List.of()));
    }
}
