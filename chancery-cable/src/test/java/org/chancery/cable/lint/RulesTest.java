package org.chancery.cable.lint;

import org.chancery.cable.Diagnostic;
import org.chancery.cable.Severity;
import org.chancery.cable.model.Address;
import org.chancery.cable.model.Block;
import org.chancery.cable.model.ClassificationLine;
import org.chancery.cable.model.ClassifiedBy;
import org.chancery.cable.model.Declassification;
import org.chancery.cable.model.Dtg;
import org.chancery.cable.model.Envelope;
import org.chancery.cable.model.EoLine;
import org.chancery.cable.model.Level;
import org.chancery.cable.model.Precedence;
import org.chancery.cable.model.Subject;
import org.chancery.cable.model.Tag;
import org.chancery.cable.model.TagKind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rule: a spoiled cable where it fires, and the clean cable where it does not. */
class RulesTest {

    static List<Diagnostic> lint(CableBuilder b) {
        return CableBuilder.linter().check(b.parsed(), Linter.Mode.RECEIVED);
    }

    static List<Diagnostic> draft(CableBuilder b) {
        return CableBuilder.linter().check(b.parsed(), Linter.Mode.DRAFT);
    }

    static List<Diagnostic> of(String rule, List<Diagnostic> all) {
        return all.stream().filter(d -> d.rule().equals(rule)).toList();
    }

    static List<Diagnostic> fired(String rule, CableBuilder b) {
        return of(rule, lint(b));
    }

    static Stream<String> ruleIds() {
        return Linter.RULES.stream().map(Rule::id);
    }

    @ParameterizedTest
    @MethodSource("ruleIds")
    void doesNotFireOnTheCleanCable(String rule) {
        assertThat(of(rule, lint(new CableBuilder()))).isEmpty();
        assertThat(of(rule, draft(new CableBuilder()))).isEmpty();
    }

    @Test
    void ruleIdsAreStableKebabCaseAndUnique() {
        List<String> ids = ruleIds().toList();
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"));
        assertThat(ids).contains("envelope-format-lines", "fl2-precedence", "filing-time", "security-warning",
                "routing-indicator", "mcn", "xmt-placement", "classification-line", "section-numbering", "captions",
                "eo-declassification", "classified-by", "tags", "portion-marks", "banner-rollup", "noforn",
                "line-length", "message-end", "flash-mixed");
    }

    @Nested
    class EnvelopeFormatLines {
        @Test
        void bodyOnlyExtractIsInfoWhenReceivedAndAnErrorInADraft() {
            CableBuilder b = new CableBuilder();
            b.header = false;
            assertThat(fired("envelope-format-lines", b)).singleElement()
                    .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.INFO))
                    .satisfies(d -> assertThat(d.message()).contains("body-only"));
            assertThat(of("envelope-format-lines", draft(b))).singleElement()
                    .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.ERROR));
        }

        @Test
        void headerStartingAtTheDtgIsInfoWhenReceived() {
            CableBuilder b = new CableBuilder();
            b.transmission = null;
            b.routing = null;
            b.station = null;
            b.security = null;
            assertThat(fired("envelope-format-lines", b)).singleElement()
                    .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.INFO))
                    .satisfies(d -> assertThat(d.line()).isEqualTo(1));
        }

        @Test
        void missingFl3InAnOtherwiseFullHeaderIsAnError() {
            CableBuilder b = new CableBuilder();
            b.station = null;
            assertThat(fired("envelope-format-lines", b)).singleElement()
                    .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.ERROR))
                    .satisfies(d -> assertThat(d.message()).contains("FL3", "DE RUEHPG #0589 2751444"));
        }

        @Test
        void malformedFormatLinesPointAtTheirLine() {
            CableBuilder b = new CableBuilder();
            b.transmission = new Envelope.TransmissionId("XR", "04");
            b.station = new Envelope.StationLine("RUEHVL", "0417", null, "4001530");
            b.security = new Envelope.SecurityWarning("ZNX", "CCCCC", List.of(), List.of("ZZH"));
            List<Diagnostic> d = fired("envelope-format-lines", b);
            assertThat(d).extracting(Diagnostic::line).containsExactly(1, 3, 4);
            assertThat(d).allMatch(x -> x.severity() == Severity.ERROR);
            assertThat(d.get(1).message()).contains("Julian day");
        }

        @Test
        void missingToIsAnError() {
            CableBuilder b = new CableBuilder();
            b.to.clear();
            assertThat(fired("envelope-format-lines", b)).singleElement()
                    .satisfies(d -> assertThat(d.message()).contains("FL7"));
        }
    }

    @Nested
    class MessageEnd {
        @Test
        void absentTrailerIsFineForAReceivedCableButNotForADraft() {
            CableBuilder b = new CableBuilder();
            b.trailer = false;
            assertThat(fired("message-end", b)).isEmpty();
            assertThat(of("message-end", draft(b))).singleElement()
                    .satisfies(d -> assertThat(d.message()).contains("NNNN"));
        }

        @Test
        void ssnRepeatMustEqualFl3() {
            CableBuilder b = new CableBuilder();
            b.ssnRepeat = "#0418";
            List<Diagnostic> d = fired("message-end", b);
            assertThat(d).singleElement().satisfies(x -> assertThat(x.message()).contains("make FL15 #0417"));
            assertThat(b.text().split("\n")[d.get(0).line() - 1]).isEqualTo("#0418");
        }

        @Test
        void trailerWithoutSsnRepeatIsAnError() {
            CableBuilder b = new CableBuilder();
            b.ssnRepeat = null;
            assertThat(fired("message-end", b)).singleElement()
                    .satisfies(x -> assertThat(x.message()).contains("#SSN"));
        }
    }

    @Nested
    class Fl2Precedence {
        @Test
        void fl2MustCarryTheHighestActionPrecedence() {
            CableBuilder b = new CableBuilder();
            b.routing = new Envelope.RoutingLine(Precedence.ROUTINE, Precedence.IMMEDIATE, List.of("RUEHC"));
            assertThat(fired("fl2-precedence", b)).singleElement()
                    .satisfies(d -> assertThat(d.message()).contains("make the first letter of FL2 O"))
                    .satisfies(d -> assertThat(d.line()).isEqualTo(2));
        }

        @Test
        void infoLetterMayNotBeBelowAnInfoAddressee() {
            CableBuilder b = new CableBuilder();
            b.routing = new Envelope.RoutingLine(Precedence.IMMEDIATE, Precedence.ROUTINE, List.of("RUEHC"));
            b.info.set(0, new Address("RUEHRA", "AMEMBASSY RIGA", Precedence.ROUTINE, "0592"));
            b.info.set(1, new Address("RUEHTL", "AMEMBASSY TALLINN", Precedence.PRIORITY, "0377"));
            assertThat(fired("fl2-precedence", b)).singleElement()
                    .satisfies(d -> assertThat(d.message()).contains("an info addressee is PRIORITY", "make it P"));
        }

        @Test
        void infoLetterAtTheActionPrecedenceIsStatePractice() {
            CableBuilder b = new CableBuilder();
            b.info.set(0, new Address("RUEHRA", "AMEMBASSY RIGA", Precedence.ROUTINE, "0592"));
            b.info.set(1, new Address("RUEHTL", "AMEMBASSY TALLINN", Precedence.PRIORITY, "0377"));
            assertThat(fired("fl2-precedence", b)).isEmpty();
        }

        @Test
        void niactImmediateAndImmediateShareTheProsign() {
            CableBuilder b = new CableBuilder();
            b.to.set(0, new Address("RUEHC", "SECSTATE WASHDC", Precedence.NIACT_IMMEDIATE, "3141"));
            assertThat(fired("fl2-precedence", b)).isEmpty();
        }
    }

    @Nested
    class FlashMixed {
        @Test
        void flashWithOtherPrecedencesAsksForASeparateTransmission() {
            CableBuilder b = new CableBuilder();
            b.to.set(0, new Address("RUEHC", "SECSTATE WASHDC", Precedence.FLASH, "3141"));
            assertThat(fired("flash-mixed", b)).singleElement()
                    .satisfies(d -> assertThat(d.message()).contains("separate transmission", "SECSTATE WASHDC"));
        }

        @Test
        void allFlashIsFine() {
            CableBuilder b = new CableBuilder();
            b.format = new Envelope.FormatLine(Precedence.FLASH, null, Dtg.zulu(2009, 5, 12, 15, 30), List.of());
            b.routing = new Envelope.RoutingLine(Precedence.FLASH, Precedence.FLASH, List.of("RUEHC"));
            b.to.set(0, new Address("RUEHC", "SECSTATE WASHDC", Precedence.FLASH, "3141"));
            assertThat(fired("flash-mixed", b)).isEmpty();
            assertThat(fired("fl2-precedence", b)).isEmpty();
        }
    }

    @Nested
    class FilingTime {
        @Test
        void filingBeforeTheDtgIsAWarning() {
            CableBuilder b = new CableBuilder();
            b.station = new Envelope.StationLine("RUEHVL", "0417", null, "1321500");
            assertThat(fired("filing-time", b)).singleElement()
                    .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.WARNING))
                    .satisfies(d -> assertThat(d.message()).contains("30 minutes before", "make FL3 1321530"));
        }

        @Test
        void filingDaysAfterTheDtgIsAWarning() {
            CableBuilder b = new CableBuilder();
            b.station = new Envelope.StationLine("RUEHVL", "0417", null, "1351530");
            assertThat(fired("filing-time", b)).singleElement()
                    .satisfies(d -> assertThat(d.message()).contains("3 days after"));
        }

        @Test
        void aFewMinutesLaterAndAcrossNewYearIsFine() {
            CableBuilder b = new CableBuilder();
            b.station = new Envelope.StationLine("RUEHVL", "0417", null, "1321542");
            assertThat(fired("filing-time", b)).isEmpty();
            b.format = new Envelope.FormatLine(Precedence.IMMEDIATE, null, Dtg.zulu(2008, 12, 31, 23, 55), List.of());
            b.station = new Envelope.StationLine("RUEHVL", "0417", null, "0010005");
            b.eo = new EoLine("12958", new Declassification.OnDate(LocalDate.of(2018, 12, 31)), "DECL: 12/31/2018");
            assertThat(fired("filing-time", b)).isEmpty();
        }
    }

    @Nested
    class SecurityWarning {
        @Test
        void fl4MustMatchTheClassificationLine() {
            CableBuilder b = new CableBuilder();
            b.security = new Envelope.SecurityWarning("ZNY", "SSSSS", List.of(), List.of("ZZH"));
            assertThat(fired("security-warning", b)).singleElement()
                    .satisfies(d -> assertThat(d.message()).isEqualTo("FL4 says ZNY SSSSS (SECRET) but the"
                            + " classification line says CONFIDENTIAL: make FL4 ZNY CCCCC"))
                    .satisfies(d -> assertThat(d.line()).isEqualTo(4));
        }

        @Test
        void unclassifiedGoesZnrAndAReleaseCodeIsAccepted() {
            CableBuilder b = new CableBuilder();
            b.security = new Envelope.SecurityWarning("ZNY", "CCCAA", List.of(), List.of("ZZH"));
            assertThat(fired("security-warning", b)).isEmpty();
            b.classification = CableBuilder.line("UNCLAS", Level.UNCLASSIFIED, null, null);
            assertThat(fired("security-warning", b)).singleElement()
                    .satisfies(d -> assertThat(d.message()).endsWith("make FL4 ZNR UUUUU"));
            b.security = new Envelope.SecurityWarning("ZNR", "UUUUU", List.of(), List.of("ZZH"));
            assertThat(fired("security-warning", b)).isEmpty();
        }
    }

    @Nested
    class RoutingIndicator {
        @Test
        void malformedRiIsAnError() {
            CableBuilder b = new CableBuilder();
            b.routing = new Envelope.RoutingLine(Precedence.IMMEDIATE, Precedence.IMMEDIATE, List.of("RUEH1"));
            assertThat(fired("routing-indicator", b)).singleElement()
                    .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.ERROR))
                    .satisfies(d -> assertThat(d.line()).isEqualTo(2))
                    .satisfies(d -> assertThat(d.column()).isEqualTo(4));
        }

        @Test
        void unknownStationIsInfo() {
            CableBuilder b = new CableBuilder();
            b.info.add(new Address("RUEHXQ", "AMEMBASSY NOWHERE", null, "0001"));
            assertThat(fired("routing-indicator", b)).singleElement()
                    .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.INFO))
                    .satisfies(d -> assertThat(d.message()).contains("RUEHXQ"));
        }

        @Test
        void pladMustMatchItsRi() {
            CableBuilder b = new CableBuilder();
            b.info.set(0, new Address("RUEHRA", "AMEMBASSY TALLINN", null, "0592"));
            assertThat(fired("routing-indicator", b)).singleElement()
                    .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.WARNING))
                    .satisfies(d -> assertThat(d.message()).contains("AMEMBASSY RIGA", "AMEMBASSY TALLINN"));
        }

        @Test
        void washingtonAddressesShareRelaysAndCollectivesAreNotStations() {
            CableBuilder b = new CableBuilder();
            b.info.add(new Address("RUEKJCS", "SECDEF WASHDC", null, null));
            b.info.add(new Address("RUEHZL", "EUROPEAN POLITICAL COLLECTIVE", null, null));
            assertThat(fired("routing-indicator", b)).isEmpty();
        }
    }

    @Nested
    class Mcn {
        @Test
        void collectiveCarriesNoMcn() {
            CableBuilder b = new CableBuilder();
            b.info.add(new Address("RUEHZL", "EUROPEAN POLITICAL COLLECTIVE", null, "0042"));
            assertThat(fired("mcn", b)).singleElement()
                    .satisfies(d -> assertThat(d.message()).contains("remove 0042"));
        }

        @Test
        void mcnHasFourDigits() {
            CableBuilder b = new CableBuilder();
            b.info.set(0, new Address("RUEHRA", "AMEMBASSY RIGA", null, "592"));
            List<Diagnostic> d = fired("mcn", b);
            assertThat(d).singleElement().satisfies(x -> assertThat(x.message()).contains("write 0592"));
            assertThat(b.text().split("\n")[d.get(0).line() - 1]).contains("RIGA 592");
        }
    }

    @Nested
    class XmtPlacement {
        @Test
        void xmtWithoutACollectiveIsAnError() {
            CableBuilder b = new CableBuilder();
            b.exclusions.add("AMEMBASSY RIGA");
            assertThat(fired("xmt-placement", b)).singleElement()
                    .satisfies(d -> assertThat(d.message()).contains("no collective"));
        }

        @Test
        void xmtAfterACollectiveIsFine() {
            CableBuilder b = new CableBuilder();
            b.info.add(new Address("RUEHZL", "EUROPEAN POLITICAL COLLECTIVE", null, null));
            b.exclusions.add("AMEMBASSY RIGA");
            assertThat(fired("xmt-placement", b)).isEmpty();
        }
    }

    @Nested
    class ClassificationLineRule {
        @Test
        void mrnHasSixDigits() {
            CableBuilder b = new CableBuilder();
            b.classification = new ClassificationLine(Level.CONFIDENTIAL, "CONFIDENTIAL", false, List.of(), null,
                    null, "VILNIUS", "417");
            assertThat(fired("classification-line", b)).singleElement()
                    .satisfies(d -> assertThat(d.message()).contains("write 000417"))
                    .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.ERROR));
        }

        @Test
        void missingLineIsAnErrorUnlessTheWholeHeaderIsGoneToo() {
            CableBuilder b = new CableBuilder();
            b.classification = null;
            assertThat(fired("classification-line", b)).singleElement()
                    .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.ERROR));
            b.header = false;
            assertThat(fired("classification-line", b)).singleElement()
                    .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.WARNING));
        }

        @Test
        void mrnNotEndingWithTheSsnIsNoted() {
            CableBuilder b = new CableBuilder();
            b.station = new Envelope.StationLine("RUEHVL", "0418", null, "1321530");
            b.ssnRepeat = "#0418";
            assertThat(fired("classification-line", b)).singleElement()
                    .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.INFO));
        }
    }

    @Nested
    class SectionNumbering {
        @Test
        void sectionBeyondTheTotalIsAnError() {
            CableBuilder b = new CableBuilder();
            b.classification = CableBuilder.line("CONFIDENTIAL", Level.CONFIDENTIAL, 3, 2);
            b.station = new Envelope.StationLine("RUEHVL", "0417", "03", "1321530");
            assertThat(fired("section-numbering", b)).singleElement()
                    .satisfies(d -> assertThat(d.message()).contains("SECTION 3 OF 2"));
        }

        @Test
        void fl3SectionMustMatch() {
            CableBuilder b = new CableBuilder();
            b.classification = CableBuilder.line("CONFIDENTIAL", Level.CONFIDENTIAL, 1, 2);
            b.station = new Envelope.StationLine("RUEHVL", "0417", "02", "1321530");
            assertThat(fired("section-numbering", b)).singleElement()
                    .satisfies(d -> assertThat(d.message()).contains("make FL3 /01"))
                    .satisfies(d -> assertThat(d.line()).isEqualTo(3));
            b.station = new Envelope.StationLine("RUEHVL", "0417", "01", "1321530");
            assertThat(fired("section-numbering", b)).isEmpty();
        }
    }

    @Nested
    class Captions {
        @Test
        void unknownCaptionIsAWarning() {
            CableBuilder b = new CableBuilder();
            b.captions.add("NOFRON");
            assertThat(fired("captions", b)).singleElement()
                    .satisfies(d -> assertThat(d.message()).contains("NOFRON"));
        }

        @Test
        void atMostOneChannelCaption() {
            CableBuilder b = new CableBuilder();
            b.captions.set(0, "NODIS");
            b.captions.add("EXDIS");
            assertThat(fired("captions", b)).singleElement()
                    .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.ERROR));
        }

        @Test
        void mostRestrictiveFirstButSipdisAnywhere() {
            CableBuilder b = new CableBuilder();
            b.captions.clear();
            b.captions.addAll(List.of("SIPDIS", "NOFORN"));
            assertThat(fired("captions", b)).isEmpty();
            b.captions.clear();
            b.captions.addAll(List.of("SENSITIVE", "NOFORN"));
            assertThat(fired("captions", b)).singleElement()
                    .satisfies(d -> assertThat(d.message()).contains("put NOFORN before SENSITIVE"));
        }

        @Test
        void repeatedSipdisIsInfo() {
            CableBuilder b = new CableBuilder();
            b.captions.add("SIPDIS");
            assertThat(fired("captions", b)).singleElement()
                    .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.INFO));
        }
    }

    @Nested
    class EoDeclassification {
        @Test
        void unclassifiedSaysNotApplicable() {
            CableBuilder b = unclassified();
            b.eo = new EoLine("12958", new Declassification.OnDate(LocalDate.of(2019, 5, 12)), "DECL: 05/12/2019");
            assertThat(fired("eo-declassification", b)).singleElement()
                    .satisfies(d -> assertThat(d.message()).contains("write E.O. 12958: N/A"));
            b.eo = new EoLine("12958", new Declassification.NotApplicable(), "N/A");
            assertThat(fired("eo-declassification", b)).isEmpty();
        }

        @Test
        void classifiedWithNotApplicableIsAnError() {
            CableBuilder b = new CableBuilder();
            b.eo = new EoLine("12958", new Declassification.NotApplicable(), "N/A");
            assertThat(fired("eo-declassification", b)).singleElement()
                    .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.ERROR));
        }

        @Test
        void dateAtMostTwentyFiveYearsAfterTheDtg() {
            CableBuilder b = new CableBuilder();
            b.eo = new EoLine("12958", new Declassification.OnDate(LocalDate.of(2035, 1, 1)), "DECL: 01/01/2035");
            assertThat(fired("eo-declassification", b)).singleElement()
                    .satisfies(d -> assertThat(d.message()).contains("more than 25 years", "2034-05-12"));
            b.eo = new EoLine("12958", new Declassification.OnDate(LocalDate.of(2034, 5, 12)), "DECL: 05/12/2034");
            assertThat(fired("eo-declassification", b)).isEmpty();
        }

        @Test
        void eventsAndExemptionsAreFineOadrIsNotAfter1995() {
            CableBuilder b = new CableBuilder();
            b.eo = new EoLine("12958", new Declassification.OnEvent("AFTER GRID TALKS"), "DECL: AFTER GRID TALKS");
            assertThat(fired("eo-declassification", b)).isEmpty();
            b.eo = new EoLine("12958", new Declassification.Exemption("25X1"), "25X1");
            assertThat(fired("eo-declassification", b)).isEmpty();
            b.eo = new EoLine("12958", new Declassification.Oadr(), "DECL: OADR");
            assertThat(fired("eo-declassification", b)).singleElement()
                    .satisfies(d -> assertThat(d.message()).contains("OADR was abolished"));
        }
    }

    @Nested
    class ClassifiedByRule {
        @Test
        void classifiedCableNamesItsAuthority() {
            CableBuilder b = new CableBuilder();
            b.classifiedBy = null;
            assertThat(fired("classified-by", b)).singleElement()
                    .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.ERROR));
        }

        @Test
        void reasonsWithinOnePointFourAToH() {
            CableBuilder b = new CableBuilder();
            b.classifiedBy = new ClassifiedBy("John Q. Sample", "Ambassador", List.of("1.4(j)"), "Classified By: …");
            assertThat(fired("classified-by", b)).singleElement()
                    .satisfies(d -> assertThat(d.message()).contains("1.4(j)"));
        }

        @Test
        void onePointFiveAfter2003IsAWarningAndBefore2003ItIsRight() {
            CableBuilder b = new CableBuilder();
            b.classifiedBy = new ClassifiedBy("John Q. Sample", "Ambassador", List.of("1.5(b)"), "Classified By: …");
            assertThat(fired("classified-by", b)).singleElement()
                    .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.WARNING))
                    .satisfies(d -> assertThat(d.message()).contains("write 1.4(b)"));
            b.format = new Envelope.FormatLine(Precedence.IMMEDIATE, null, Dtg.zulu(2001, 5, 12, 15, 30), List.of());
            b.station = new Envelope.StationLine("RUEHVL", "0417", null, "1321530");
            b.eo = new EoLine("12958", new Declassification.OnDate(LocalDate.of(2011, 5, 12)), "DECL: 05/12/2011");
            assertThat(fired("classified-by", b)).isEmpty();
        }

        @Test
        void nameAndTitleAreWanted() {
            CableBuilder b = new CableBuilder();
            b.classifiedBy = new ClassifiedBy(null, null, List.of("1.4(d)"), "Classified By: for reason 1.4 (d)");
            assertThat(fired("classified-by", b)).hasSize(2)
                    .allMatch(d -> d.severity() == Severity.WARNING);
        }
    }

    @Nested
    class TagsRule {
        @Test
        void noTagsIsAnError() {
            CableBuilder b = new CableBuilder();
            b.tags.clear();
            assertThat(fired("tags", b)).singleElement()
                    .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.ERROR));
        }

        @Test
        void aSubjectTagIsNeeded() {
            CableBuilder b = new CableBuilder();
            b.tags.clear();
            b.tags.addAll(List.of(Tag.of("KDEM", TagKind.PROGRAM), Tag.of("LH", TagKind.GEOGRAPHIC)));
            assertThat(fired("tags", b)).singleElement()
                    .satisfies(d -> assertThat(d.message()).contains("no subject tag"));
        }

        @Test
        void unknownTagIsAWarningAtItsColumn() {
            CableBuilder b = new CableBuilder();
            b.tags.add(Tag.of("PO-GOV", TagKind.UNKNOWN));
            List<Diagnostic> d = fired("tags", b);
            assertThat(d).singleElement().satisfies(x -> assertThat(x.message()).contains("PO-GOV"))
                    .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.WARNING));
            String line = b.text().split("\n")[d.get(0).line() - 1];
            assertThat(line.substring(d.get(0).column() - 1)).startsWith("PO-GOV");
        }

        @Test
        void fusedTagsAreSplitAndUncataloguedTagsAreOnlyNoted() {
            CableBuilder b = new CableBuilder();
            b.tags.add(Tag.of("PHUMPGOV", TagKind.UNKNOWN));
            assertThat(fired("tags", b)).singleElement()
                    .satisfies(x -> assertThat(x.message()).contains("write PHUM PGOV"));
            b.tags.set(b.tags.size() - 1, Tag.of("PQXZ", TagKind.SUBJECT));
            assertThat(fired("tags", b)).singleElement()
                    .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.INFO));
        }
    }

    @Nested
    class PortionMarks {
        @Test
        void everyParagraphOfAClassifiedCableIsMarked() {
            CableBuilder b = new CableBuilder();
            b.body.set(1, CableBuilder.paragraph(2, null, "The talks open in Riga on May 20."));
            List<Diagnostic> d = fired("portion-marks", b);
            assertThat(d).singleElement().satisfies(x -> assertThat(x.message()).startsWith("paragraph 2"));
            assertThat(b.text().split("\n")[d.get(0).line() - 1]).startsWith("2. The talks");
        }

        @Test
        void unclassifiedAndSingleParagraphCablesNeedNoMarks() {
            CableBuilder b = unclassified();
            b.body.replaceAll(x -> CableBuilder.paragraph(((Block.Paragraph) x).number(), null,
                    ((Block.Paragraph) x).text()));
            assertThat(fired("portion-marks", b)).isEmpty();
            CableBuilder one = new CableBuilder();
            one.body.clear();
            one.body.add(CableBuilder.paragraph(null, null, "The Minister will call on May 20."));
            assertThat(fired("portion-marks", one)).isEmpty();
        }
    }

    @Nested
    class BannerRollup {
        @Test
        void portionAboveTheBannerIsAnErrorAndTheStricterGoverns() {
            CableBuilder b = new CableBuilder();
            b.body.set(2, CableBuilder.paragraph(3, "S", "Comment: the Minister expects a hard negotiation."));
            assertThat(fired("banner-rollup", b)).singleElement()
                    .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.ERROR))
                    .satisfies(d -> assertThat(d.message()).contains("stricter marking governs", "SECRET"));
        }

        @Test
        void bannerAboveEveryPortionIsAWarning() {
            CableBuilder b = new CableBuilder();
            b.classification = CableBuilder.line("SECRET", Level.SECRET, null, null);
            b.security = new Envelope.SecurityWarning("ZNY", "SSSSS", List.of(), List.of("ZZH"));
            assertThat(fired("banner-rollup", b)).singleElement()
                    .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.WARNING))
                    .satisfies(d -> assertThat(d.message()).contains("lower the classification line to CONFIDENTIAL"));
        }

        @Test
        void sbuPortionInAnUnclassifiedCableWantsTheSensitiveCaption() {
            CableBuilder b = unclassified();
            b.body.set(0, CableBuilder.paragraph(1, "SBU", "The Energy Minister told the Ambassador"));
            assertThat(fired("banner-rollup", b)).singleElement()
                    .satisfies(d -> assertThat(d.message()).contains("SENSITIVE"));
            b.captions.add(0, "SENSITIVE");
            assertThat(fired("banner-rollup", b)).isEmpty();
        }
    }

    @Nested
    class Noforn {
        @Test
        void nfPortionRequiresNoforn() {
            CableBuilder b = new CableBuilder();
            b.body.set(0, CableBuilder.paragraph(1, "C/NF", "The Energy Minister told the Ambassador"));
            assertThat(fired("noforn", b)).singleElement()
                    .satisfies(d -> assertThat(d.message()).contains("add the NOFORN caption"));
            b.captions.add("NOFORN");
            assertThat(fired("noforn", b)).isEmpty();
        }

        @Test
        void nfSubjectToo() {
            CableBuilder b = new CableBuilder();
            b.subject = new Subject(CableBuilder.mark("C/NF"), "LITHUANIA: GRID TALKS");
            assertThat(fired("noforn", b)).singleElement()
                    .satisfies(d -> assertThat(d.message()).startsWith("the subject"));
        }
    }

    @Nested
    class LineLength {
        static final String LONG = "The Energy Minister told the Ambassador on May 11 that the grid talks"
                + " would open in Riga on May 20 and would last two days.";

        @Test
        void receivedCableGetsOneNote() {
            CableBuilder b = new CableBuilder();
            b.body.set(0, CableBuilder.paragraph(1, "C", LONG));
            b.body.set(1, CableBuilder.paragraph(2, "U", LONG));
            assertThat(fired("line-length", b)).singleElement()
                    .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.INFO))
                    .satisfies(d -> assertThat(d.message()).startsWith("2 lines are longer than 69"))
                    .satisfies(d -> assertThat(d.column()).isEqualTo(70));
        }

        @Test
        void draftGetsAWarningPerLine() {
            CableBuilder b = new CableBuilder();
            b.body.set(0, CableBuilder.paragraph(1, "C", LONG));
            b.body.set(1, CableBuilder.paragraph(2, "U", LONG));
            assertThat(of("line-length", draft(b))).hasSize(2)
                    .allMatch(d -> d.severity() == Severity.WARNING);
        }

        @Test
        void trailingSpacesDoNotCount() {
            CableBuilder b = new CableBuilder();
            b.body.set(0, CableBuilder.paragraph(1, "C", "The Energy Minister spoke." + " ".repeat(60)));
            assertThat(fired("line-length", b)).isEmpty();
        }
    }

    /** The clean cable made UNCLASSIFIED: FL4 ZNR UUUUU, E.O. N/A, no Classified By. */
    static CableBuilder unclassified() {
        CableBuilder b = new CableBuilder();
        b.classification = CableBuilder.line("UNCLAS", Level.UNCLASSIFIED, null, null);
        b.security = new Envelope.SecurityWarning("ZNR", "UUUUU", List.of(), List.of("ZZH"));
        b.eo = new EoLine("12958", new Declassification.NotApplicable(), "N/A");
        b.classifiedBy = null;
        b.body.replaceAll(x -> CableBuilder.paragraph(((Block.Paragraph) x).number(), "U", ((Block.Paragraph) x).text()));
        return b;
    }
}
