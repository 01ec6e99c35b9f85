package org.chancery.cable.synth;

import org.chancery.cable.catalog.RoutingIndicators;
import org.chancery.cable.catalog.Tags;
import org.chancery.cable.model.Address;
import org.chancery.cable.model.Block;
import org.chancery.cable.model.Cable;
import org.chancery.cable.model.Dtg;
import org.chancery.cable.model.Level;
import org.chancery.cable.model.Precedence;
import org.chancery.cable.model.Reference;
import org.chancery.cable.model.ReferenceKind;
import org.chancery.cable.model.Tag;
import org.chancery.cable.model.TagKind;
import org.chancery.cable.write.CanonicalWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CorpusGeneratorTest {

    private static final int COUNT = 10_000;
    private static List<Cable> corpus;

    @BeforeAll
    static void generate() {
        corpus = CorpusGenerator.generate(COUNT, 20_01, 2001).toList();
    }

    private static double share(Predicate<Cable> p) {
        return corpus.stream().filter(p).count() / (double) corpus.size();
    }

    private static Level banner(Cable c) {
        Level l = c.telegram().classification().level();
        return l == Level.UNCLASSIFIED && c.telegram().captions().contains("SENSITIVE") ? Level.SBU : l;
    }

    // ------------------------------------------------------------------------------------------- determinism

    @Test
    void theSameSeedGivesTheSameCorpusByteForByte() {
        List<String> a = CorpusGenerator.generate(300, 7, 2001).map(CanonicalWriter::write).toList();
        List<String> b = CorpusGenerator.generate(300, 7, 2001).map(CanonicalWriter::write).toList();
        assertThat(a).isEqualTo(b);
    }

    @Test
    void anotherSeedGivesAnotherCorpus() {
        List<String> a = CorpusGenerator.generate(50, 7, 2001).map(CanonicalWriter::write).toList();
        List<String> b = CorpusGenerator.generate(50, 8, 2001).map(CanonicalWriter::write).toList();
        for (int i = 0; i < a.size(); i++) assertThat(a.get(i)).as("cable %d", i).isNotEqualTo(b.get(i));
    }

    @Test
    void aShorterCorpusIsNotAPrefixButIsTheSameKindOfCorpus() {
        // The clock spreads count cables over the years: the count is part of what defines a corpus.
        assertThat(CorpusGenerator.generate(10, 7, 2001).count()).isEqualTo(10);
        assertThat(CorpusGenerator.generate(0, 7, 2001).count()).isZero();
    }

    // ------------------------------------------------------------------------------------------- proportions

    @Test
    void classificationsInTheCorpusProportions() {
        assertThat(share(c -> banner(c) == Level.UNCLASSIFIED)).isCloseTo(0.13, within(0.02));
        assertThat(share(c -> banner(c) == Level.SBU)).isCloseTo(0.17, within(0.02));
        assertThat(share(c -> banner(c) == Level.CONFIDENTIAL)).isCloseTo(0.51, within(0.025));
        assertThat(share(c -> banner(c) == Level.SECRET)).isCloseTo(0.188, within(0.02));
        assertThat(share(c -> banner(c) == Level.TOP_SECRET)).isLessThan(0.01);
        assertThat(share(c -> c.telegram().captions().contains("NOFORN"))).isCloseTo(0.118, within(0.02));
        assertThat(share(c -> c.telegram().captions().contains("NODIS")
                || c.telegram().captions().contains("EXDIS"))).isBetween(0.005, 0.04);
        assertThat(share(c -> c.telegram().captions().contains("SIPDIS"))).isGreaterThan(0.8);
    }

    @Test
    void mostlyRoutineSomePriorityAndImmediateRarelyNiactOrFlash() {
        Map<Precedence, Integer> byPrecedence = new HashMap<>();
        for (Cable c : corpus) {
            Address to = c.envelope().to().get(0);
            Precedence p = to.precedence() == null ? Precedence.ROUTINE : to.precedence();
            byPrecedence.merge(p, 1, Integer::sum);
        }
        assertThat(byPrecedence.get(Precedence.ROUTINE) / (double) COUNT).isCloseTo(0.62, within(0.03));
        assertThat(byPrecedence.get(Precedence.PRIORITY) / (double) COUNT).isCloseTo(0.24, within(0.03));
        assertThat(byPrecedence.get(Precedence.IMMEDIATE) / (double) COUNT).isCloseTo(0.125, within(0.02));
        assertThat(byPrecedence.getOrDefault(Precedence.NIACT_IMMEDIATE, 0) / (double) COUNT).isBetween(0.004, 0.025);
        assertThat(byPrecedence.getOrDefault(Precedence.FLASH, 0) / (double) COUNT).isLessThan(0.01);
    }

    @Test
    void theDepartmentSendsItsShareAndBigEmbassiesMoreThanSmallConsulates() {
        assertThat(share(c -> c.envelope().from().plad().equals("SECSTATE WASHDC")))
                .isCloseTo(Stations.DEPARTMENT_SHARE, within(0.02));
        assertThat(share(c -> c.envelope().from().plad().equals("AMEMBASSY BAGHDAD")))
                .isGreaterThan(5 * share(c -> c.envelope().from().plad().equals("AMCONSUL NAPLES")));
    }

    @Test
    void cablesClusterInWorkingHoursAndOnWeekdays() {
        double weekend = share(c -> {
            Dtg d = c.envelope().format().dtg();
            DayOfWeek day = LocalDate.of(d.year(), d.month(), d.day()).getDayOfWeek();
            return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
        });
        assertThat(weekend).as("weekend share (2/7 without a bias)").isLessThan(0.12);
    }

    @Test
    void tagsAreTwoToSixWithASubjectTagFirstAndTheCountry() {
        Tags catalog = Tags.builtIn();
        for (Cable c : corpus) {
            List<Tag> tags = c.telegram().tags();
            assertThat(tags.size()).as("%s", tags).isBetween(2, 6);
            assertThat(tags.get(0).kind()).as("%s", tags).isEqualTo(TagKind.SUBJECT);
            assertThat(tags).as("%s", tags).anyMatch(t -> t.kind() == TagKind.GEOGRAPHIC
                    || t.kind() == TagKind.ORGANIZATION);
            for (Tag t : tags) {
                assertThat(t.kind() == TagKind.PERSON || catalog.isKnown(t.code())).as("%s", t).isTrue();
            }
        }
    }

    @Test
    void twoToTwelveNumberedPortionMarkedParagraphsWithASignature() {
        for (Cable c : corpus) {
            List<Block.Paragraph> paragraphs = c.telegram().paragraphs();
            assertThat(paragraphs.size()).isBetween(2, 12);
            Level banner = banner(c);
            Level highest = null;
            for (int i = 0; i < paragraphs.size(); i++) {
                Block.Paragraph p = paragraphs.get(i);
                assertThat(p.number()).isEqualTo(i + 1);
                if (banner.isClassified() || banner == Level.SBU) assertThat(p.marking()).isNotNull();
                if (p.marking() != null) {
                    highest = Level.max(highest, p.marking().level());
                    if (p.marking().isNoforn()) assertThat(c.telegram().captions()).contains("NOFORN");
                }
            }
            if (banner != Level.UNCLASSIFIED) assertThat(highest).as("banner = highest portion").isEqualTo(banner);
            assertThat(c.telegram().signers()).singleElement().asString().isNotBlank();
        }
        assertThat(share(c -> c.telegram().paragraphs().get(0).text().toUpperCase(java.util.Locale.ROOT)
                .startsWith("SUMMARY:"))).isBetween(0.3, 0.7);
    }

    @Test
    void executiveOrderAndDeclassificationFollowTheDate() {
        for (Cable c : corpus) {
            Dtg d = c.envelope().format().dtg();
            var eo = c.telegram().eo();
            assertThat(eo.order()).isEqualTo(d.year() >= 2010 ? "13526" : "12958");
            if (banner(c).isClassified()) {
                assertThat(c.telegram().classifiedBy()).isNotNull();
                assertThat(c.telegram().classifiedBy().reasons()).isNotEmpty();
                if (eo.instruction() instanceof org.chancery.cable.model.Declassification.OnDate on) {
                    LocalDate dated = LocalDate.of(d.year(), d.month(), d.day());
                    assertThat(on.date()).isBetween(dated.plusYears(10), dated.plusYears(25));
                }
            } else {
                assertThat(eo.text()).isEqualTo("N/A");
                assertThat(c.telegram().classifiedBy()).isNull();
            }
        }
    }

    // ------------------------------------------------------------------------------------------- series

    @Test
    void mrnsAreConsecutivePerPostAndYearAndTheSsnIsTheirLastFourDigits() {
        Map<String, Integer> last = new HashMap<>();
        for (Cable c : corpus) {
            String key = c.telegram().classification().post() + "/" + c.envelope().format().dtg().year();
            int mrn = Integer.parseInt(c.telegram().classification().mrn());
            assertThat(mrn).as(key).isEqualTo(last.getOrDefault(key, 0) + 1);
            last.put(key, mrn);
            assertThat(c.envelope().station().ssn()).isEqualTo(c.telegram().classification().mrn().substring(2));
        }
    }

    @Test
    void mcnsAreConsecutivePerOriginatorAndAddresseeAndCollectivesHaveNone() {
        Map<String, Integer> last = new HashMap<>();
        for (Cable c : corpus) {
            for (List<Address> list : List.of(c.envelope().to(), c.envelope().info())) {
                for (Address a : list) {
                    if (a.isCollective()) {
                        assertThat(a.mcn()).isNull();
                        continue;
                    }
                    if (a.mcn() == null) continue;
                    String key = c.envelope().from().plad() + "/" + a.plad();
                    int mcn = Integer.parseInt(a.mcn());
                    Integer before = last.put(key, mcn);
                    if (before != null) assertThat(mcn).as(key).isEqualTo(before % 9999 + 1);
                }
            }
        }
    }

    @Test
    void dtgsAdvanceThroughTheYears() {
        long previous = Long.MIN_VALUE;
        for (Cable c : corpus) {
            long t = c.envelope().format().dtg().toZonedDateTime().toEpochSecond();
            assertThat(t).isGreaterThanOrEqualTo(previous);
            previous = t;
        }
        assertThat(corpus.get(0).envelope().format().dtg().year()).isEqualTo(2001);
        assertThat(corpus.get(COUNT - 1).envelope().format().dtg().year()).isEqualTo(2010);
    }

    @Test
    void referencesCiteOnlyCablesGeneratedBefore() {
        Set<String> earlier = new HashSet<>();
        int cited = 0;
        for (Cable c : corpus) {
            for (Reference r : c.telegram().references()) {
                if (r.kind() != ReferenceKind.CABLE) continue;
                assertThat(earlier).as("reference %s", r).contains(r.id());
                cited++;
            }
            earlier.add(CorpusGenerator.idOf(c));
        }
        assertThat(cited).isGreaterThan(COUNT / 2);
        assertThat(earlier).as("ids are unique").hasSize(COUNT);
        assertThat(share(c -> c.telegram().references().size() > 1
                && c.telegram().references().get(0).letter().equals("A"))).isGreaterThan(0.1);
    }

    // ------------------------------------------------------------------------------------------- data files

    @Test
    void everyCollectiveAndAgencyIsAKnownStationOrCollective() {
        RoutingIndicators ris = RoutingIndicators.builtIn();
        for (String file : List.of("collectives.tsv", "agencies.tsv")) {
            for (String line : Resources.lines(file)) {
                String ri = line.split("\t")[0];
                assertThat(ris.isKnown(ri)).as("%s in %s", ri, file).isTrue();
            }
        }
    }

    @Test
    void everyTopicTagIsKnown() {
        Tags catalog = Tags.builtIn();
        for (Topic t : Topics.builtIn().weighted().items()) {
            assertThat(catalog.kindOf(t.tags().get(0))).as(t.name()).isEqualTo(TagKind.SUBJECT);
            for (String tag : t.tags()) assertThat(catalog.isKnown(tag)).as(tag).isTrue();
            for (String tag : t.companions()) {
                assertThat(tag.equals("OVIP") || catalog.isKnown(tag)).as("%s of %s", tag, t.name()).isTrue();
            }
        }
    }
}
