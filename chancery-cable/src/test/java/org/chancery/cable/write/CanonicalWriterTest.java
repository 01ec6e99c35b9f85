package org.chancery.cable.write;

import org.chancery.cable.model.Address;
import org.chancery.cable.model.Block;
import org.chancery.cable.model.Cable;
import org.chancery.cable.model.ClassificationLine;
import org.chancery.cable.model.ClassifiedBy;
import org.chancery.cable.model.Declassification;
import org.chancery.cable.model.Dtg;
import org.chancery.cable.model.Envelope;
import org.chancery.cable.model.EoLine;
import org.chancery.cable.model.Level;
import org.chancery.cable.model.PortionMark;
import org.chancery.cable.model.Precedence;
import org.chancery.cable.model.Reference;
import org.chancery.cable.model.ReferenceKind;
import org.chancery.cable.model.Subject;
import org.chancery.cable.model.Tag;
import org.chancery.cable.model.TagKind;
import org.chancery.cable.model.Telegram;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CanonicalWriterTest {

    @Test
    void seedModelWritesTheSeedHeaderLines() {
        String[] lines = CanonicalWriter.write(SeedModel.cable()).split("\n", -1);

        assertThat(List.of(lines).subList(0, 11)).containsExactly(
                "VZCZCXRO0224",
                "RR RUEHDBU RUEHFL RUEHKW RUEHLA RUEHNP RUEHROV RUEHSL RUEHSR",
                "DE RUEHPG #0589 2751444",
                "ZNY CCCCC ZZH",
                "R 021444Z OCT 09",
                "FM AMEMBASSY PRAGUE",
                "TO RUEHC/SECSTATE WASHDC 1802",
                "INFO RUEHZL/EUROPEAN POLITICAL COLLECTIVE",
                "RUEAMDA/MDA WASHINGTON DC",
                "RHEHNSC/NSC WASHDC",
                "RUEKJCS/SECDEF WASHDC");
    }

    @Test
    void seedModelWritesTheWholeCanonicalForm() {
        assertThat(CanonicalWriter.write(SeedModel.cable())).isEqualTo("""
                VZCZCXRO0224
                RR RUEHDBU RUEHFL RUEHKW RUEHLA RUEHNP RUEHROV RUEHSL RUEHSR
                DE RUEHPG #0589 2751444
                ZNY CCCCC ZZH
                R 021444Z OCT 09
                FM AMEMBASSY PRAGUE
                TO RUEHC/SECSTATE WASHDC 1802
                INFO RUEHZL/EUROPEAN POLITICAL COLLECTIVE
                RUEAMDA/MDA WASHINGTON DC
                RHEHNSC/NSC WASHDC
                RUEKJCS/SECDEF WASHDC

                BT
                CONFIDENTIAL PRAGUE 000589

                SIPDIS

                E.O. 12958: DECL: 10/01/2011

                TAGS: PARM PREL EZ EUN

                SUBJECT: CZECH COMMENTS ON U.S.-CZECH STRATEGIC COOPERATION

                REF: CARNIE-QUANRUD E-MAIL DATED 10.01.2009

                Classified By: Charge Mary Thompson-Jones for reasons 1.4 (b)
                and (d).

                1. (SBU) The ministry welcomed the paper and will reply soon.

                2. (C) A second meeting set out the ministry's priorities.

                3. (SBU) The attache agreed the dates for the next group meeting.

                Thompson-Jones
                BT
                #0589
                NNNN
                """);
    }

    @Test
    void withoutEnvelopeWritesOnlyTheTelegramText() {
        Cable cable = new Cable(null, SeedModel.telegram());

        String text = CanonicalWriter.write(cable);

        assertThat(text).startsWith("CONFIDENTIAL PRAGUE 000589\n\nSIPDIS\n")
                .endsWith("meeting.\n\nThompson-Jones\n")
                .doesNotContain("BT\n").doesNotContain("NNNN");
    }

    @Test
    void aSingleParagraphIsNotNumbered() {
        Telegram t = telegram(List.of(paragraph(7, Level.CONFIDENTIAL, "Only one paragraph.")));

        assertThat(CanonicalWriter.write(new Cable(null, t))).isEqualTo("(C) Only one paragraph.\n\nSMITH\n");
    }

    @Test
    void paragraphsAreNumberedConsecutivelyWhateverTheModelSays() {
        Telegram t = telegram(List.of(paragraph(null, Level.UNCLASSIFIED, "First."),
                new Block.PageMarker("PAGE 02 PRAGUE 00589 021444Z"),
                paragraph(12, Level.SECRET, "Second."),
                new Block.Text("-- kept line one\n-- kept line two"),
                new Block.Paragraph(13, new PortionMark(Level.SECRET, List.of("NOFORN"), "S//NF"), "Third.")));

        assertThat(CanonicalWriter.write(new Cable(null, t))).endsWith("""
                1. (U) First.

                PAGE 02 PRAGUE 00589 021444Z

                2. (S) Second.

                -- kept line one
                -- kept line two

                3. (S/NF) Third.

                SMITH
                """);
    }

    @Test
    void wrapsAtSixtyNineColumnsBetweenWords() {
        String words = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho "
                + "sigma tau upsilon phi chi psi omega";
        String longWord = "x".repeat(80);
        Telegram t = telegram(List.of(paragraph(null, Level.UNCLASSIFIED, words),
                paragraph(null, Level.UNCLASSIFIED, "short " + longWord + " tail")));

        String text = CanonicalWriter.write(new Cable(null, t));

        assertThat(text).contains("""
                1. (U) alpha beta gamma delta epsilon zeta eta theta iota kappa
                lambda mu nu xi omicron pi rho sigma tau upsilon phi chi psi omega
                """);
        assertThat(text).contains("2. (U) short\n" + longWord + "\ntail\n");
        for (String line : text.split("\n")) {
            assertThat(line.length() <= CanonicalWriter.WIDTH || !line.contains(" ")).as(line).isTrue();
        }
    }

    @Test
    void noContinuationLineOpensLikeAParagraph() {
        assertThat(LineWrapper.wrap("Classified By: Ambassador Mary Thompson-Jones for reasons 1.4 (a), (c) and"
                + " (d).", 69)).containsExactly(
                "Classified By: Ambassador Mary Thompson-Jones for reasons",
                "1.4 (a), (c) and (d).");
        assertThat(LineWrapper.wrap("aaaa bbbb 12. cccc", 9)).containsExactly("aaaa", "bbbb 12.", "cccc");
        assertThat(LineWrapper.looksLikeOpening("(S/NF)")).isTrue();
        assertThat(LineWrapper.looksLikeOpening("3)")).isTrue();
        assertThat(LineWrapper.looksLikeOpening("U.S.")).isFalse();
        assertThat(LineWrapper.looksLikeOpening("10.01.2009")).isFalse();
        assertThat(LineWrapper.looksLikeOpening("1.4")).isFalse();
    }

    @Test
    void declassificationInstructionsAreWrittenFromTheirType() {
        assertThat(Notation.declassification(new Declassification.OnDate(LocalDate.of(2011, 10, 1))))
                .isEqualTo("DECL: 10/01/2011");
        assertThat(Notation.declassification(new Declassification.OnEvent("AFTER KOREAN UNIFICATION")))
                .isEqualTo("DECL: AFTER KOREAN UNIFICATION");
        assertThat(Notation.declassification(new Declassification.NotApplicable())).isEqualTo("N/A");
        assertThat(Notation.declassification(new Declassification.Oadr())).isEqualTo("DECL: OADR");
        assertThat(Notation.declassification(new Declassification.Exemption("25X1"))).isEqualTo("DECL: 25X1");
        assertThat(Notation.declassification(new Declassification.Unparsed("DECL 2020/02/23")))
                .isEqualTo("DECL 2020/02/23");
        assertThat(Notation.eoLine(new EoLine("13526", new Declassification.NotApplicable(), "N/A")))
                .isEqualTo("E.O. 13526: N/A");
    }

    @Test
    void classificationAuthorityIsWrittenFromNameTitleAndReasons() {
        assertThat(Notation.classifiedBy(new ClassifiedBy("JOHN SMITH", "DCM", List.of("1.4(d)"), "x")))
                .isEqualTo("Classified By: DCM JOHN SMITH for reason 1.4 (d).");
        assertThat(Notation.classifiedBy(new ClassifiedBy("Jane Doe", "Ambassador",
                List.of("1.4(b)", "1.4(c)", "1.4(d)"), "x")))
                .isEqualTo("Classified By: Ambassador Jane Doe for reasons 1.4 (b), (c) and (d).");
        assertThat(Notation.reasons(List.of("1.5(b)", "1.5(d)", "1.4(g)"))).isEqualTo("1.5 (b), (d) and 1.4 (g)");
        assertThat(Notation.classifiedBy(new ClassifiedBy(null, null, List.of(), "DCM SMITH, REASON 1.4 D")))
                .isEqualTo("Classified By: DCM SMITH, REASON 1.4 D");
    }

    @Test
    void headingLinesAreWrittenFromTheirParts() {
        Telegram t = new Telegram(
                new ClassificationLine(Level.SECRET, "S E C R E T", false, List.of(), null, null, "STATE", "12345"),
                List.of("NOFORN", "SIPDIS"), List.of("PASS TO EUR/CE"),
                new EoLine("12958", new Declassification.OnDate(LocalDate.of(2019, 3, 4)), "DECL: 03/04/2019"),
                List.of(Tag.of("PREL", TagKind.SUBJECT), new Tag("OVIP", TagKind.PERSON, "CLINTON, HILLARY"),
                        Tag.of("EZ", TagKind.GEOGRAPHIC)),
                new Subject(new PortionMark(Level.CONFIDENTIAL, List.of(), "C"), "TALKING POINTS"),
                List.of(new Reference("A", ReferenceKind.CABLE, "03PANAMA2201", null, false),
                        new Reference("B", ReferenceKind.CABLE, "09STATE135205", "STATE 135205", true)),
                null, List.of(), List.of());

        assertThat(CanonicalWriter.write(new Cable(null, t))).isEqualTo("""
                SECRET STATE 012345

                NOFORN
                SIPDIS

                PASS TO EUR/CE

                E.O. 12958: DECL: 03/04/2019

                TAGS: PREL OVIP (CLINTON, HILLARY) EZ

                SUBJECT: (C) TALKING POINTS

                REF: A. 03 PANAMA 2201
                B. STATE 135205 (NOTAL)
                """);
    }

    @Test
    void letterSpacedLevelsAreWrittenCompact() {
        assertThat(Notation.compactLevel("C O N F I D E N T I A L")).isEqualTo("CONFIDENTIAL");
        assertThat(Notation.compactLevel("T O P  S E C R E T")).isEqualTo("TOP SECRET");
        assertThat(Notation.compactLevel("limited  official use")).isEqualTo("LIMITED OFFICIAL USE");
    }

    @Test
    void addressesCarryPrecedenceAndMcn() {
        assertThat(Notation.address(new Address("RUEHC", "SECSTATE WASHDC", Precedence.NIACT_IMMEDIATE, "1802")))
                .isEqualTo("RUEHC/SECSTATE WASHDC NIACT IMMEDIATE 1802");
        assertThat(Notation.dtg(new Dtg(2009, 10, 2, 14, 44, 'Z', 4))).isEqualTo("021444Z OCT 2009");
    }

    @Test
    void exclusionsFollowTheInfoAddressees() {
        Envelope e = SeedModel.envelope();
        Envelope withXmt = new Envelope(e.transmission(), e.routing(), e.station(), e.security(), e.format(),
                e.from(), e.to(), e.info(), List.of("AMEMBASSY SOFIA", "AMCONSUL KRAKOW"));

        assertThat(CanonicalWriter.write(new Cable(withXmt, SeedModel.telegram())))
                .contains("RUEKJCS/SECDEF WASHDC\nXMT AMEMBASSY SOFIA\nXMT AMCONSUL KRAKOW\n\nBT\n");
    }

    // --- sections

    @Test
    void aLongCableIsSplitIntoSectionsThatRepeatTheEnvelopeAndHeading() {
        Cable cable = longCable(12);

        List<String> sections = CanonicalWriter.writeSections(cable, 1500);

        assertThat(sections).hasSizeGreaterThan(1);
        int count = sections.size();
        for (int i = 0; i < count; i++) {
            String s = sections.get(i);
            String nn = String.format(java.util.Locale.ROOT, "%02d", i + 1);
            String mm = String.format(java.util.Locale.ROOT, "%02d", count);
            assertThat(s).startsWith("VZCZCXRO0224\n")
                    .contains("\nDE RUEHPG #0589/" + nn + " 2751444\n")
                    .contains("\nBT\nCONFIDENTIAL SECTION " + nn + " OF " + mm + " PRAGUE 000589\n\nSIPDIS\n")
                    .contains("\nSUBJECT: CZECH COMMENTS ON U.S.-CZECH STRATEGIC COOPERATION\n")
                    .endsWith("\nBT\n#0589\nNNNN\n");
            assertThat(s.contains("Classified By:")).isEqualTo(i == 0);
            assertThat(telegramText(s).length()).isLessThanOrEqualTo(1500);
        }
        assertThat(CanonicalWriter.write(cable, 1500)).isEqualTo(String.join("", sections));
        // Every paragraph is there once, in order, and whole paragraphs were not cut.
        String all = String.join("", sections);
        int last = -1;
        for (int p = 1; p <= 12; p++) {
            int at = all.indexOf("\n" + p + ". (C) ");
            assertThat(at).as("paragraph %d", p).isGreaterThan(last);
            last = at;
        }
    }

    @Test
    void aParagraphLongerThanASectionIsCutAtALineBoundary() {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < 400; i++) words.append(i % 2 == 0 ? "delegation " : "agreed ");
        Telegram t = telegram(List.of(paragraph(null, Level.UNCLASSIFIED, words.toString().trim())));
        Cable cable = new Cable(SeedModel.envelope(), t);

        List<String> sections = CanonicalWriter.writeSections(cable, 1200);

        assertThat(sections).hasSizeGreaterThan(2);
        StringBuilder rejoined = new StringBuilder();
        for (String s : sections) {
            String text = telegramText(s);
            assertThat(text.length()).isLessThanOrEqualTo(1200);
            for (String line : text.split("\n")) {
                if (line.startsWith("(U) ") || line.startsWith("delegation") || line.startsWith("agreed")) {
                    rejoined.append(rejoined.isEmpty() ? "" : " ").append(line);
                }
            }
        }
        assertThat(rejoined.toString()).isEqualTo("(U) " + words.toString().trim());
    }

    @Test
    void aCableThatFitsKeepsTheSectionItWasReadWith() {
        Telegram seed = SeedModel.telegram();
        ClassificationLine c = seed.classification();
        Telegram t = new Telegram(new ClassificationLine(c.level(), c.levelText(), c.efto(), c.qualifiers(), 2, 3,
                c.post(), c.mrn()), seed.captions(), seed.passing(), seed.eo(), seed.tags(), seed.subject(),
                seed.references(), seed.classifiedBy(), seed.body(), seed.signers());

        assertThat(CanonicalWriter.writeSections(new Cable(null, t))).singleElement()
                .satisfies(s -> assertThat(s).startsWith("CONFIDENTIAL SECTION 02 OF 03 PRAGUE 000589\n"));
    }

    @Test
    void rejectsANonPositiveLimit() {
        assertThatThrownBy(() -> CanonicalWriter.writeSections(SeedModel.cable(), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The telegram text of a section: between the BT after the envelope and the closing BT. */
    static String telegramText(String section) {
        int start = section.indexOf("\nBT\n") + 4;
        int end = section.lastIndexOf("\nBT\n");
        return section.substring(start, end + 1);
    }

    static Cable longCable(int paragraphs) {
        List<Block> body = new ArrayList<>();
        for (int i = 0; i < paragraphs; i++) {
            body.add(paragraph(null, Level.CONFIDENTIAL, ("Paragraph " + (i + 1) + " reports what the ministry "
                    + "said about the next round of talks and what the embassy recommends. ").repeat(3).trim()));
        }
        Telegram seed = SeedModel.telegram();
        return new Cable(SeedModel.envelope(), new Telegram(seed.classification(), seed.captions(), seed.passing(),
                seed.eo(), seed.tags(), seed.subject(), seed.references(), seed.classifiedBy(), body,
                seed.signers()));
    }

    private static Block.Paragraph paragraph(Integer number, Level level, String text) {
        return new Block.Paragraph(number, new PortionMark(level, List.of(), level.portionMark()), text);
    }

    private static Telegram telegram(List<Block> body) {
        return new Telegram(null, List.of(), List.of(), null, List.of(), null, List.of(), null, body,
                List.of("SMITH"));
    }
}
