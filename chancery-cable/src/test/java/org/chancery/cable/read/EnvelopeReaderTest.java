package org.chancery.cable.read;

import org.chancery.cable.Diagnostic;
import org.chancery.cable.Segment;
import org.chancery.cable.Segment.Kind;
import org.chancery.cable.Severity;
import org.chancery.cable.model.Address;
import org.chancery.cable.model.Dtg;
import org.chancery.cable.model.Envelope;
import org.chancery.cable.model.Precedence;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The envelope reader on header fragments written for these tests (fictional posts, real shapes). */
class EnvelopeReaderTest {

    /** What reading the envelope of {@code text} produced. */
    record Read(Envelope envelope, int nextLine, Lines lines, List<Segment> segments, List<Diagnostic> diagnostics) {

        /** The kind of segment laid over each line, up to {@code nextLine}. */
        List<Kind> kinds() {
            List<Kind> kinds = new ArrayList<>();
            for (int i = 0; i < nextLine; i++) {
                int start = lines.start(i);
                kinds.add(segments.stream().filter(s -> s.start() <= start && start < s.end()).findFirst()
                        .orElseThrow().kind());
            }
            return kinds;
        }

        List<String> rules() {
            return diagnostics.stream().map(Diagnostic::rule).toList();
        }

        String line(int i) {
            return lines.line(i);
        }
    }

    static Read read(String text) {
        Lines lines = new Lines(text);
        ReadContext ctx = new ReadContext(lines, null);
        EnvelopeReader.Result r = EnvelopeReader.read(ctx);
        // What the envelope did not lay must be layable by the next reader: segments end on a line boundary.
        ctx.fillTo(lines.count());
        Tiling.assertTiles(ctx.segments(), text, "envelope of a fixture");
        return new Read(r.envelope(), r.nextLine(), lines, List.copyOf(ctx.segments()), List.copyOf(ctx.diagnostics()));
    }

    private static final String FULL = """
            VZCZCXRO0417
            PP RUEHAB RUEHCD RUEHGD RUEHHO RUEHMC RUEHNG RUEHNL RUEHRD
            RUEHRS RUEHTM
            DE RUEHZZ #0417/02 1231530
            ZNY CCCCC ZZH
            P 031530Z MAY 09
            FM AMEMBASSY ATLANTIS
            TO RUEHC/SECSTATE WASHDC PRIORITY 0042
            INFO RUEHXY/EXAMPLE POSTS COLLECTIVE
            RUEHAB/AMEMBASSY ABIDJAN 0007
            RHEHNSC/NSC WASHDC

            C O N F I D E N T I A L SECTION 02 OF 03 ATLANTIS 000417

            SIPDIS
            """;

    @Test
    void readsAFullHeader() {
        Read r = read(FULL);
        Envelope e = r.envelope();
        assertThat(e.transmission()).isEqualTo(new Envelope.TransmissionId("XRO", "0417"));
        assertThat(e.routing().action()).isEqualTo(Precedence.PRIORITY);
        assertThat(e.routing().info()).isEqualTo(Precedence.PRIORITY);
        assertThat(e.routing().indicators()).hasSize(10).startsWith("RUEHAB").endsWith("RUEHRS", "RUEHTM");
        assertThat(e.station()).isEqualTo(new Envelope.StationLine("RUEHZZ", "0417", "02", "1231530"));
        assertThat(e.security()).isEqualTo(new Envelope.SecurityWarning("ZNY", "CCCCC", List.of(), List.of("ZZH")));
        assertThat(e.format().precedence()).isEqualTo(Precedence.PRIORITY);
        assertThat(e.format().second()).isNull();
        assertThat(e.format().dtg()).isEqualTo(new Dtg(2009, 5, 3, 15, 30, 'Z', 2));
        assertThat(e.format().instructions()).isEmpty();
        assertThat(e.from()).isEqualTo(Address.of(null, "AMEMBASSY ATLANTIS"));
        assertThat(e.to()).containsExactly(new Address("RUEHC", "SECSTATE WASHDC", Precedence.PRIORITY, "0042"));
        assertThat(e.info()).containsExactly(
                new Address("RUEHXY", "EXAMPLE POSTS COLLECTIVE", null, null),
                new Address("RUEHAB", "AMEMBASSY ABIDJAN", null, "0007"),
                new Address("RHEHNSC", "NSC WASHDC", null, null));
        assertThat(e.info().get(0).isCollective()).isTrue();
        assertThat(e.exclusions()).isEmpty();
        assertThat(r.nextLine()).isEqualTo(12);
        assertThat(r.line(r.nextLine())).startsWith("C O N F I D E N T I A L");
        assertThat(r.kinds()).containsExactly(Kind.START_OF_MESSAGE, Kind.ROUTING, Kind.ROUTING, Kind.STATION,
                Kind.SECURITY, Kind.FORMAT, Kind.FROM, Kind.TO, Kind.INFO, Kind.INFO, Kind.INFO, Kind.BLANK);
        assertThat(r.diagnostics()).isEmpty();
    }

    @Test
    void layOneSegmentPerLine() {
        Read r = read(FULL);
        long envelopeSegments = r.segments().stream().filter(s -> s.end() <= r.lines().start(r.nextLine())).count();
        assertThat(envelopeSegments).isEqualTo(r.nextLine());
    }

    @Test
    void aBlankLineAfterTheRoutingLineDoesNotEndTheHeader() {
        Read r = read("""
                VZCZCXYZ0003
                RR RUEHWEB

                DE RUEHZZ #0005 0021200

                ZNR UUUUU ZZH
                R 021200Z JAN 10
                FM AMEMBASSY ATLANTIS
                TO RUEHC/SECSTATE WASHDC 0001

                UNCLAS ATLANTIS 000005
                """);
        assertThat(r.envelope().station().ssn()).isEqualTo("0005");
        assertThat(r.envelope().station().section()).isNull();
        assertThat(r.envelope().format().dtg()).isEqualTo(Dtg.zulu(2010, 1, 2, 12, 0));
        assertThat(r.kinds()).containsExactly(Kind.START_OF_MESSAGE, Kind.ROUTING, Kind.BLANK, Kind.STATION,
                Kind.BLANK, Kind.SECURITY, Kind.FORMAT, Kind.FROM, Kind.TO, Kind.BLANK);
        assertThat(r.line(r.nextLine())).isEqualTo("UNCLAS ATLANTIS 000005");
        assertThat(r.diagnostics()).isEmpty();
    }

    @Test
    void aCableMayStartAtTheDtgAndAddressWithoutRoutingIndicators() {
        Read r = read("""
                O P 121530Z FEB 88
                FM AMEMBASSY ATLANTIS
                TO SECSTATE WASHDC NIACT IMMEDIATE 4711
                AMEMBASSY ELDORADO IMMEDIATE
                INFO EXAMPLE POSTS COLLECTIVE
                USCINCEX HONOLULU HI//J-5/POLAD//
                STATE GRNC

                S E C R E T ATLANTIS 01234
                """);
        Envelope e = r.envelope();
        assertThat(e.transmission()).isNull();
        assertThat(e.routing()).isNull();
        assertThat(e.station()).isNull();
        assertThat(e.security()).isNull();
        assertThat(e.format().precedence()).isEqualTo(Precedence.IMMEDIATE);
        assertThat(e.format().second()).isEqualTo(Precedence.PRIORITY);
        assertThat(e.format().dtg().year()).isEqualTo(1988);
        assertThat(e.to()).containsExactly(
                new Address(null, "SECSTATE WASHDC", Precedence.NIACT_IMMEDIATE, "4711"),
                new Address(null, "AMEMBASSY ELDORADO", Precedence.IMMEDIATE, null));
        assertThat(e.info()).extracting(Address::plad).containsExactly("EXAMPLE POSTS COLLECTIVE",
                "USCINCEX HONOLULU HI//J-5/POLAD//", "STATE GRNC");
        assertThat(r.line(r.nextLine())).startsWith("S E C R E T");
        assertThat(r.diagnostics()).isEmpty();
    }

    @Test
    void fourDigitYearsAndOperatingInstructions() {
        Read r = read("""
                R 021444Z OCT 2009 ZEX ZFF
                FM AMEMBASSY ATLANTIS
                TO RUEHC/SECSTATE WASHDC 1802
                """);
        assertThat(r.envelope().format().dtg()).isEqualTo(new Dtg(2009, 10, 2, 14, 44, 'Z', 4));
        assertThat(r.envelope().format().instructions()).containsExactly("ZEX", "ZFF");
        assertThat(r.nextLine()).isEqualTo(3);
    }

    @Test
    void securityWarningsWithSpecatReleaseCodesSignalsAndRemarks() {
        assertThat(read(header("ZNY SSSSS /AAAAA ZZH")).envelope().security())
                .isEqualTo(new Envelope.SecurityWarning("ZNY", "SSSSS", List.of("AAAAA"), List.of("ZZH")));
        assertThat(read(header("ZNY SSSSS/BBBBB/FFFFF ZZH")).envelope().security().specat())
                .containsExactly("BBBBB", "FFFFF");
        Read release = read(header("ZNY SSSAA ZZH"));
        assertThat(release.envelope().security().letters()).isEqualTo("SSSAA");
        assertThat(release.diagnostics()).isEmpty();
        assertThat(read(header("ZNY CCCCC ZZH(CCY ADX0042 MSI0815)")).envelope().security().signals())
                .containsExactly("ZZH", "(CCY ADX0042 MSI0815)");
        assertThat(read(header("ZNY EEEEE ZZH ZDK")).envelope().security().signals()).containsExactly("ZZH", "ZDK");
    }

    @Test
    void aSecurityWarningThatContradictsItselfIsReported() {
        Read r = read(header("ZNR CCCCC ZZH"));
        assertThat(r.rules()).containsExactly("envelope-security");
        assertThat(r.diagnostics().get(0).line()).isEqualTo(4);
        assertThat(read(header("ZNY CCCC ZZH")).rules()).containsExactly("envelope-security");
        assertThat(read(header("ZNY CCCCC ZZH")).rules()).isEmpty();
    }

    /** A header around a given FL4 line. */
    private static String header(String fl4) {
        return "VZCZCXRO0042\nRR RUEHC\nDE RUEHZZ #0042 0451200\n" + fl4 + "\nR 141200Z FEB 09\n"
                + "FM AMEMBASSY ATLANTIS\nTO RUEHC/SECSTATE WASHDC 0001\n\nUNCLAS ATLANTIS 000042\n";
    }

    @Test
    void misspelledPrecedencesAreReadAndReported() {
        Read r = read("""
                P 011200Z MAR 09
                FM AMEMBASSY ATLANTIS
                TO RUEHC/SECSTATE WASHDC PRIOITY 0815
                INFO AMEMBASSY ELDORADO IMMEDAITE
                """);
        assertThat(r.envelope().to()).containsExactly(new Address("RUEHC", "SECSTATE WASHDC", Precedence.PRIORITY, "0815"));
        assertThat(r.envelope().info()).containsExactly(new Address(null, "AMEMBASSY ELDORADO", Precedence.IMMEDIATE, null));
        assertThat(r.rules()).containsExactly("envelope-precedence", "envelope-precedence");
        Diagnostic d = r.diagnostics().get(0);
        assertThat(d.severity()).isEqualTo(Severity.WARNING);
        assertThat(d.line()).isEqualTo(3);
        assertThat(d.column()).isEqualTo("TO RUEHC/SECSTATE WASHDC ".length() + 1);
        assertThat(d.message()).contains("PRIOITY", "PRIORITY");
    }

    @Test
    void pageMarkersInTheAddressList() {
        Read r = read("""
                P 182318Z FEB 09
                FM SECSTATE WASHDC
                TO PAGE 02        STATE   012345  182333Z
                ALL EXAMPLE POSTS COLLECTIVE PRIORITY
                AMEMBASSY ATLANTIS PRIORITY
                INFO AMEMBASSY ELDORADO
                PAGE 03        STATE   012345  182333Z
                AMEMBASSY LILLIPUT

                S E C R E T STATE 012345
                """);
        assertThat(r.kinds()).containsExactly(Kind.FORMAT, Kind.FROM, Kind.PAGE_MARKER, Kind.TO, Kind.TO, Kind.INFO,
                Kind.PAGE_MARKER, Kind.INFO, Kind.BLANK);
        assertThat(r.envelope().to()).extracting(Address::plad)
                .containsExactly("ALL EXAMPLE POSTS COLLECTIVE", "AMEMBASSY ATLANTIS");
        assertThat(r.envelope().info()).extracting(Address::plad)
                .containsExactly("AMEMBASSY ELDORADO", "AMEMBASSY LILLIPUT");
        assertThat(r.diagnostics()).isEmpty();
    }

    @Test
    void exclusionsAndTheRoleAfterThem() {
        Read r = read("""
                P 031812Z NOV 08
                FM SECSTATE WASHDC
                TO EXAMPLE OFFICER COLLECTIVE PRIORITY
                INFO AMCONSUL ELDORADO PRIORITY
                XMT AMCONSUL LILLIPUT
                AMCONSUL BLEFUSCU

                S E C R E T STATE 116000
                """);
        assertThat(r.envelope().exclusions()).containsExactly("AMCONSUL LILLIPUT");
        assertThat(r.envelope().info()).extracting(Address::plad).containsExactly("AMCONSUL ELDORADO", "AMCONSUL BLEFUSCU");
        assertThat(r.kinds()).containsExactly(Kind.FORMAT, Kind.FROM, Kind.TO, Kind.INFO, Kind.EXCLUSION, Kind.INFO,
                Kind.BLANK);
    }

    @Test
    void aLeadingBtAfterTheHeaderIsATextDelimiter() {
        Read r = read("""
                R 011200Z JAN 08
                FM AMEMBASSY ATLANTIS
                TO SECSTATE WASHDC 0001

                BT

                UNCLAS ATLANTIS 000001
                """);
        assertThat(r.kinds()).containsExactly(Kind.FORMAT, Kind.FROM, Kind.TO, Kind.BLANK, Kind.TEXT_DELIMITER, Kind.BLANK);
        assertThat(r.line(r.nextLine())).isEqualTo("UNCLAS ATLANTIS 000001");
    }

    @Test
    void addresseesGoOnAfterABlankLineOnlyWhenTheyCarryARoutingIndicator() {
        Read r = read("""
                R 011200Z JAN 08
                FM AMEMBASSY ATLANTIS
                TO RUEHC/SECSTATE WASHDC 0001
                INFO RUEHAB/AMEMBASSY ABIDJAN 0002

                RUEHGD/AMEMBASSY ELDORADO 0003

                AMEMBASSY LILLIPUT

                UNCLAS ATLANTIS 000001
                """);
        assertThat(r.envelope().info()).extracting(Address::plad).containsExactly("AMEMBASSY ABIDJAN", "AMEMBASSY ELDORADO");
        assertThat(r.line(r.nextLine())).isEqualTo("AMEMBASSY LILLIPUT");
    }

    @Test
    void aBodyOnlyExtractHasNoEnvelopeAndNothingIsLaid() {
        String text = """
                This record is a partial extract of the original cable. The full text is not available.

                UNCLAS ATLANTIS 000001

                E.O. 12958: N/A
                SUBJECT: THE FM OF ATLANTIS
                FM SAID THE TALKS WENT WELL.
                TO BE CONTINUED.
                """;
        Lines lines = new Lines(text);
        ReadContext ctx = new ReadContext(lines, null);
        EnvelopeReader.Result r = EnvelopeReader.read(ctx);
        assertThat(r.envelope()).isNull();
        assertThat(r.nextLine()).isZero();
        assertThat(ctx.segments()).isEmpty();
        assertThat(ctx.diagnostics()).isEmpty();
    }

    @Test
    void emptyAndBlankTextsHaveNoEnvelope() {
        for (String text : new String[] {"", "\n", "  \r\n\t\n"}) {
            Lines lines = new Lines(text);
            ReadContext ctx = new ReadContext(lines, null);
            EnvelopeReader.Result r = EnvelopeReader.read(ctx);
            assertThat(r.envelope()).isNull();
            assertThat(r.nextLine()).isZero();
            assertThat(ctx.segments()).isEmpty();
        }
    }

    @Test
    void aDistributionBlockBeforeTheEnvelopeIsKeptAsText() {
        Read r = read("""
                ORIGIN EX-00

                INFO  LOG-00   EX-00    ABC-00   DEF-00
                      GHI-00   JKL-00     /000R

                DRAFTED BY: EX/AMPLE:JDOE -- 01/02/2009
                APPROVED BY: EX/AMPLE:JDOE
                                  ------------------0A1B2C  021500Z /38
                O P 021439Z JAN 09
                FM SECSTATE WASHDC
                TO AMEMBASSY ATLANTIS IMMEDIATE

                C O N F I D E N T I A L STATE 000042
                """);
        assertThat(r.kinds().subList(0, 8)).containsOnly(Kind.TEXT);
        assertThat(r.kinds().subList(8, 12)).containsExactly(Kind.FORMAT, Kind.FROM, Kind.TO, Kind.BLANK);
        assertThat(r.envelope().format().dtg()).isEqualTo(Dtg.zulu(2009, 1, 2, 14, 39));
        assertThat(r.rules()).containsExactly("envelope-preamble");
        assertThat(r.diagnostics().get(0).severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void anEmailForwardBeforeTheEnvelopeIsKeptAsText() {
        Read r = read("""
                From: Example, Office
                Sent: Monday, March 02, 2009 4:33 PM
                Subject: ATLANTIS 00000042 P CO 02-MAR-09 A FICTIONAL SUBJECT

                CONFIDENTIAL

                VZCZCXRO0042
                PP RUEHC
                DE RUEHZZ #0042/01 0611442
                ZNY CCCCC ZZH
                P 021442Z MAR 09
                FM AMEMBASSY ATLANTIS
                TO RUEHC/SECSTATE WASHDC PRIORITY 0042

                C O N F I D E N T I A L ATLANTIS 000042
                """);
        assertThat(r.envelope().transmission().sequence()).isEqualTo("0042");
        assertThat(r.envelope().format()).isNotNull();
        assertThat(r.rules()).containsExactly("envelope-preamble");
        assertThat(r.line(r.nextLine())).startsWith("C O N F");
    }

    @Test
    void aHeaderQuotedAfterTheTelegramTextHasBegunIsNotAnEnvelope() {
        Read r = read("""
                This record is a partial extract of the original cable.

                UNCLAS ATLANTIS 000001
                E.O. 12958: N/A
                R 011200Z JAN 08
                FM AMEMBASSY ATLANTIS
                TO SECSTATE WASHDC 0001
                """);
        assertThat(r.envelope()).isNull();
        assertThat(r.nextLine()).isZero();
    }

    @Test
    void anInvalidDtgIsReportedAndTheLineStillReadAsFl5() {
        Read r = read("""
                R 321444Z XYZ 09
                FM AMEMBASSY ATLANTIS
                TO SECSTATE WASHDC 0001
                """);
        assertThat(r.kinds()).containsExactly(Kind.FORMAT, Kind.FROM, Kind.TO);
        assertThat(r.envelope().format().precedence()).isEqualTo(Precedence.ROUTINE);
        assertThat(r.envelope().format().dtg()).isNull();
        assertThat(r.rules()).containsExactly("envelope-dtg");
        assertThat(r.diagnostics().get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(r.diagnostics().get(0).column()).isEqualTo(3);
        assertThat(read("R 022544Z OCT 09\nFM X\nTO Y\n").rules()).containsExactly("envelope-dtg");
        assertThat(read("R 020060Z OCT 09\nFM X\nTO Y\n").rules()).containsExactly("envelope-dtg");
    }

    @Test
    void aMissingFl5IsReported() {
        Read r = read("""
                VZCZCXRO0042
                RR RUEHC
                DE RUEHZZ #0042 0451200
                ZNY CCCCC ZZH
                FM AMEMBASSY ATLANTIS
                TO RUEHC/SECSTATE WASHDC 0001
                """);
        assertThat(r.envelope().format()).isNull();
        assertThat(r.envelope().from().plad()).isEqualTo("AMEMBASSY ATLANTIS");
        assertThat(r.rules()).containsExactly("envelope-dtg");
    }

    @Test
    void aDtgWithoutPrecedenceFollowedByAFromLine() {
        Read r = read("""
                301931Z OCT 09
                From: AMCONSUL ATLANTIS

                UNCLAS ATLANTIS 000042
                """);
        assertThat(r.envelope().format().precedence()).isNull();
        assertThat(r.envelope().format().dtg()).isEqualTo(Dtg.zulu(2009, 10, 30, 19, 31));
        assertThat(r.envelope().from().plad()).isEqualTo("AMCONSUL ATLANTIS");
        assertThat(r.rules()).containsExactlyInAnyOrder("envelope-format", "envelope-from", "envelope-address");
    }

    @Test
    void theTextRightAfterTheAddressListEndsTheEnvelope() {
        Read r = read("""
                R 011200Z JAN 08
                FM AMEMBASSY ATLANTIS
                TO SECSTATE WASHDC 0001
                UNCLAS ATLANTIS 000001
                """);
        assertThat(r.nextLine()).isEqualTo(3);
        assertThat(r.rules()).containsExactly("envelope-end");
    }

    @Test
    void aStrayLineInsideTheFormatLinesIsKeptAsText() {
        Read r = read("""
                VZCZCXRO0042
                RR RUEHC
                DE RUEHZZ #0042 0451200
                ### garbled ###
                ZNY CCCCC ZZH
                R 141200Z FEB 09
                FM AMEMBASSY ATLANTIS
                TO RUEHC/SECSTATE WASHDC 0001
                """);
        assertThat(r.kinds()).containsExactly(Kind.START_OF_MESSAGE, Kind.ROUTING, Kind.STATION, Kind.TEXT,
                Kind.SECURITY, Kind.FORMAT, Kind.FROM, Kind.TO);
        assertThat(r.rules()).containsExactly("envelope-line");
        assertThat(r.envelope().security()).isNotNull();
    }

    @Test
    void malformedFormatLinesAreReadAsFarAsTheyGoAndReported() {
        Read r = read("""
                VZCZCXR12
                RR RUEHC
                DE RUEHZZ 0042 0451200
                ZNY CCCCC ZZH
                R 141200Z FEB 09
                FM AMEMBASSY ATLANTIS
                TORUEHC/SECSTATE WASHDC 0001
                """);
        assertThat(r.rules()).containsExactly("envelope-transmission", "envelope-station", "envelope-address");
        assertThat(r.envelope().station().station()).isEqualTo("RUEHZZ");
        assertThat(r.envelope().station().ssn()).isNull();
        assertThat(r.envelope().to()).containsExactly(new Address("RUEHC", "SECSTATE WASHDC", null, "0001"));
        assertThat(r.kinds()).endsWith(Kind.TO);
    }

    @Test
    void anAddresseeBeforeAnyRoleIsReadAsAnActionAddressee() {
        Read r = read("""
                R 011200Z JAN 08
                FM AMEMBASSY ATLANTIS
                SECSTATE WASHDC 0001
                """);
        assertThat(r.envelope().to()).extracting(Address::plad).containsExactly("SECSTATE WASHDC");
        assertThat(r.rules()).containsExactly("envelope-address");
    }

    @Test
    void crLfAndLoneCrLineEndsAreLinesToo() {
        Read crlf = read(FULL.replace("\n", "\r\n"));
        assertThat(crlf.envelope()).isEqualTo(read(FULL).envelope());
        assertThat(crlf.nextLine()).isEqualTo(12);
        Read cr = read(FULL.replace("\n", "\r"));
        assertThat(cr.envelope()).isEqualTo(read(FULL).envelope());
    }

    @Test
    void leadingBlankLinesBeforeTheHeaderAreBlank() {
        Read r = read("\n\n" + FULL);
        assertThat(r.kinds().subList(0, 3)).containsExactly(Kind.BLANK, Kind.BLANK, Kind.START_OF_MESSAGE);
        assertThat(r.envelope()).isEqualTo(read(FULL).envelope());
    }

    @Test
    void aRoutingLineWithoutFl1StartsTheHeaderWhenDeFollows() {
        Read r = read("""
                OO RUEHC RUEHAB
                DE RUEHZZ #0042 0451200
                ZNY CCCCC ZZH
                O 141200Z FEB 09
                FM AMEMBASSY ATLANTIS
                TO RUEHC/SECSTATE WASHDC IMMEDIATE 0001
                """);
        assertThat(r.envelope().transmission()).isNull();
        assertThat(r.envelope().routing().indicators()).containsExactly("RUEHC", "RUEHAB");
        assertThat(r.envelope().routing().action()).isEqualTo(Precedence.IMMEDIATE);
    }

    @Test
    void theSeedHeaderShape() {
        // The seed's layout with fictional content: wrapped INFO list, a collective, no MCN on most lines.
        Read r = read("""
                VZCZCXRO0224
                RR RUEHAB RUEHCD RUEHGD
                DE RUEHZZ #0589 2751444
                ZNY CCCCC ZZH
                R 021444Z OCT 09
                FM AMEMBASSY ATLANTIS
                TO RUEHC/SECSTATE WASHDC 1802
                INFO RUEHXY/EXAMPLE POLITICAL COLLECTIVE
                RUEAMDA/MDA WASHINGTON DC
                RHEHNSC/NSC WASHDC
                RUEKJCS/SECDEF WASHDC

                CONFIDENTIAL ATLANTIS 000589
                """);
        assertThat(r.envelope().format().dtg()).isEqualTo(Dtg.zulu(2009, 10, 2, 14, 44));
        assertThat(r.envelope().info()).hasSize(4);
        assertThat(r.diagnostics()).isEmpty();
    }
}
