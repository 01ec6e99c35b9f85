package org.chancery.archive.declass;

import org.chancery.archive.Archive;
import org.chancery.archive.IndexDocuments;
import org.chancery.archive.audit.AuditQuery;
import org.chancery.archive.audit.AuditRecord;
import org.chancery.archive.audit.SqliteAuditLog;
import org.chancery.archive.index.IndexDocument;
import org.chancery.archive.ingest.IngestListener;
import org.chancery.archive.ingest.IngestOptions;
import org.chancery.cable.CableFacts;
import org.chancery.cable.Cables;
import org.chancery.cable.ParsedCable;
import org.chancery.cable.model.Level;
import org.chancery.security.AccessDecider;
import org.chancery.security.EffectiveLabels;
import org.chancery.security.Policy;
import org.chancery.security.Principal;
import org.chancery.security.RedactedCable;
import org.chancery.security.Redactor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chancery.archive.declass.DeclassFixtures.cable;
import static org.chancery.archive.declass.DeclassFixtures.id;

class DeclassifierTest {

    /** Planted in text that must never reach the public. */
    private static final String SECRET_WORD = "QUOKKAZEBRA";

    @TempDir
    Path dir;
    Path inbox;
    Archive archive;
    Declassifier declassifier;

    @BeforeEach
    void open() throws IOException {
        inbox = Files.createDirectories(dir.resolve("in"));
        archive = Archive.open(dir.resolve("store"));
        declassifier = new Declassifier(archive, "reviewer",
                Clock.fixed(Instant.parse("2026-05-01T09:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        archive.close();
    }

    private String add(int mrn, int year, String text) throws IOException {
        String id = id(mrn, year);
        Files.writeString(inbox.resolve(id + ".txt"), text, StandardCharsets.UTF_8);
        return id;
    }

    private void ingest() throws IOException {
        archive.ingest(List.of(inbox), IngestOptions.defaults(), IngestListener.NONE);
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void aDateDeclassifiesOnThatDayNotBefore() throws IOException {
        String id = add(101, 2009, cable(101, 2009, "CONFIDENTIAL", "E.O. 12958: DECL: 10/02/2019", "(C) TALKS",
                "(C) First.", "(C) Second."));
        ingest();
        DeclassificationSummary before = declassifier.run(d("2019-10-01"));
        assertThat(before.scheduled()).isEqualTo(1);
        assertThat(before.declassified()).isEmpty();
        assertThat(archive.declassification(id)).isEmpty();

        DeclassificationSummary due = declassifier.run(d("2019-10-02"));
        assertThat(due.scheduled()).isZero();
        assertThat(due.declassified()).singleElement().satisfies(x -> {
            assertThat(x.cableId()).isEqualTo(id);
            assertThat(x.basis()).isEqualTo(Basis.ON_DATE);
            assertThat(x.on()).isEqualTo(d("2019-10-02"));
            assertThat(x.authority()).isEqualTo("E.O. 12958, DECL: 10/02/2019");
            assertThat(x.partial()).isFalse();
        });
        assertThat(archive.declassification(id)).isPresent();
        // idempotent
        assertThat(declassifier.run(d("2030-01-01")).declassified()).isEmpty();
    }

    @Test
    void theBannerSaysWhenAndUnderWhat() throws IOException {
        String id = add(102, 2009, cable(102, 2009, "CONFIDENTIAL", "E.O. 12958: DECL: 10/02/2019", "(C) TALKS", "(C) One."));
        ingest();
        Declassified x = declassifier.run(d("2020-01-01")).declassified().get(0);
        assertThat(x.banner()).isEqualTo("DECLASSIFIED on 2019-10-02 under E.O. 12958, DECL: 10/02/2019. "
                + "Original markings kept as written.");
        // the source is never altered: the stored text is what was ingested, markings and all
        assertThat(archive.cable(id).parse().text()).contains("C O N F I D E N T I A L PRAGUE", "1. (C) One.");
    }

    @Test
    void noDateFollowsTheTwentyFiveYearRule() throws IOException {
        String none = add(103, 1990, cable(103, 1990, "SECRET", null, "(S) OLD TALKS", "(S) Old."));
        String na = add(104, 1990, cable(104, 1990, "SECRET", "E.O. 12958: N/A", "(S) OLD TALKS", "(S) Old."));
        ingest();
        assertThat(declassifier.run(d("2015-10-01")).declassified()).isEmpty();
        DeclassificationSummary s = declassifier.run(d("2015-10-02"));
        assertThat(s.declassified()).extracting(Declassified::cableId).containsExactly(none, na);
        assertThat(s.declassified()).allSatisfy(x -> {
            assertThat(x.basis()).isEqualTo(Basis.TWENTY_FIVE_YEARS);
            assertThat(x.on()).isEqualTo(d("2015-10-02"));
            assertThat(x.authority()).isEqualTo("E.O. 12958, sec. 3.3 (25 years after origin)");
        });
    }

    @Test
    void notApplicableOnAnUnclassifiedCableHasNothingToDo() throws IOException {
        String id = add(105, 2009, cable(105, 2009, "UNCLASSIFIED", "E.O. 12958: N/A", "(U) VISIT", "(U) Fine."));
        ingest();
        DeclassificationSummary s = declassifier.run(d("2050-01-01"));
        assertThat(s.declassified()).isEmpty();
        assertThat(s.queued()).isEmpty();
        assertThat(archive.declassifications().scheduled(id).orElseThrow().schedule().rule())
                .isEqualTo(Rule.NOT_CLASSIFIED);
    }

    @Test
    void anEventGoesToReviewAndIsDeclassifiedByTheReviewer() throws IOException {
        String id = add(106, 2009, cable(106, 2009, "SECRET", "E.O. 12958: DECL: AFTER KOREAN UNIFICATION",
                "(S) TALKS", "(S) One.", "(S) Two."));
        ingest();
        DeclassificationSummary s = declassifier.run(d("2010-01-01"));
        assertThat(s.declassified()).isEmpty();
        assertThat(s.queued()).singleElement().satisfies(q -> {
            assertThat(q.cableId()).isEqualTo(id);
            assertThat(q.rule()).isEqualTo(Rule.EVENT);
            assertThat(q.instruction()).isEqualTo("DECL: AFTER KOREAN UNIFICATION");
            assertThat(q.twentyFive()).isEqualTo(d("2034-10-02"));
        });
        assertThat(s.pending()).isEqualTo(1);
        assertThat(declassifier.run(d("2011-01-01")).queued()).isEmpty(); // queued once

        Declassified x = declassifier.decide(id, new ReviewDecision.Declassify(), d("2026-05-01")).orElseThrow();
        assertThat(x.basis()).isEqualTo(Basis.REVIEW);
        assertThat(x.on()).isEqualTo(d("2026-05-01"));
        assertThat(x.decidedBy()).isEqualTo("reviewer");
        assertThat(declassifier.queue(false)).isEmpty();
        assertThat(declassifier.queue(true)).singleElement()
                .satisfies(q -> assertThat(q.state()).isEqualTo(ReviewItem.State.DECLASSIFIED));
        assertThatThrownBy(() -> declassifier.decide(id, new ReviewDecision.Declassify(), d("2026-05-01")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already");
    }

    @Test
    void aPartialDeclassificationKeepsTheExemptedParagraphsAtTheirMarks() throws IOException {
        String id = add(107, 2009, cable(107, 2009, "SECRET", "E.O. 12958: DECL: OADR", "(C) TALKS",
                "(C) Released one.", "(S) Withheld " + SECRET_WORD + " two.", "(C) Released three."));
        ingest();
        assertThat(declassifier.run(d("2010-01-01")).queued()).extracting(ReviewItem::rule).containsExactly(Rule.OADR);
        assertThatThrownBy(() -> declassifier.decide(id, new ReviewDecision.Partial(Set.of(9), false), d("2026-05-01")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no paragraph 9");
        Declassified x = declassifier.decide(id, new ReviewDecision.Partial(Set.of(2), false), d("2026-05-01"))
                .orElseThrow();
        assertThat(x.partial()).isTrue();
        assertThat(x.banner()).startsWith("DECLASSIFIED IN PART on 2026-05-01 under E.O. 12958, declassification review;"
                + " exempted and withheld: paragraph 2.");

        ParsedCable parsed = archive.cable(id).parse();
        CableFacts facts = CableFacts.of(parsed);
        EffectiveLabels labels = x.labels(parsed.cable(), facts);
        assertThat(labels.blocks().get(0).labelOrNull().level()).isEqualTo(Level.UNCLASSIFIED);
        assertThat(labels.blocks().get(1).labelOrNull().level()).isEqualTo(Level.SECRET);
        assertThat(labels.blocks().get(2).labelOrNull().level()).isEqualTo(Level.UNCLASSIFIED);
        assertThat(labels.subject().labelOrNull().level()).isEqualTo(Level.UNCLASSIFIED);
        assertThat(labels.governing().labelOrNull().level()).isEqualTo(Level.SECRET);

        RedactedCable shown = Redactor.redact(PublicExport.PUBLIC, parsed.name(), parsed.cable(), facts, labels,
                Policy.PORTION).orElseThrow();
        String text = Cables.write(shown.cable());
        assertThat(text).contains("Released one.", "Released three.", "2. (S) [withheld: 1 line]")
                .doesNotContain(SECRET_WORD);

        // the index: released paragraphs UNCLASSIFIED, the exempted one at its mark
        IndexDocument doc = IndexDocuments.of(id, parsed, facts, 1, 1, x);
        assertThat(doc.portions()).extracting(IndexDocument.Portion::level)
                .containsExactly(Level.UNCLASSIFIED, Level.UNCLASSIFIED, Level.SECRET, Level.UNCLASSIFIED);
    }

    @Test
    void anExtensionKeepsItClassifiedUntilTheNewDate() throws IOException {
        String id = add(108, 2009, cable(108, 2009, "SECRET", "E.O. 12958: DECL: UPON RESOLUTION OF THE DISPUTE",
                "(S) TALKS", "(S) One."));
        ingest();
        declassifier.run(d("2010-01-01"));
        assertThatThrownBy(() -> declassifier.decide(id, new ReviewDecision.Extend(d("2026-05-01"), "still sensitive"),
                d("2026-05-01"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(declassifier.decide(id, new ReviewDecision.Extend(d("2030-01-01"), "negotiations continue"),
                d("2026-05-01"))).isEmpty();
        assertThat(declassifier.queue(false)).singleElement().satisfies(q -> {
            assertThat(q.state()).isEqualTo(ReviewItem.State.EXTENDED);
            assertThat(q.extendedTo()).isEqualTo(d("2030-01-01"));
            assertThat(q.reason()).isEqualTo("negotiations continue");
        });
        assertThat(declassifier.run(d("2029-12-31")).declassified()).isEmpty();
        assertThat(declassifier.run(d("2030-01-01")).declassified()).singleElement().satisfies(x -> {
            assertThat(x.basis()).isEqualTo(Basis.EXTENDED_DATE);
            assertThat(x.on()).isEqualTo(d("2030-01-01"));
        });
    }

    @Test
    void anExemptionIsReviewedOnlyAfterTwentyFiveYears() throws IOException {
        String id = add(109, 2009, cable(109, 2009, "SECRET", "E.O. 12958: DECL: 25X1", "(S) TALKS", "(S) One."));
        ingest();
        DeclassificationSummary early = declassifier.run(d("2034-10-01"));
        assertThat(early.declassified()).isEmpty();
        assertThat(early.queued()).isEmpty();
        assertThat(declassifier.run(d("2034-10-02")).queued()).singleElement().satisfies(q -> {
            assertThat(q.cableId()).isEqualTo(id);
            assertThat(q.rule()).isEqualTo(Rule.EXEMPTION);
        });
    }

    @Test
    void anUnreadableInstructionGoesToReview() throws IOException {
        add(110, 2009, cable(110, 2009, "CONFIDENTIAL", "E.O. 12958: DECL: SOMETIME", "(C) TALKS", "(C) One."));
        ingest();
        assertThat(declassifier.run(d("2010-01-01")).queued()).extracting(ReviewItem::rule)
                .containsExactly(Rule.EVENT);
    }

    @Test
    void aDeclassifiedCableIsReadAtUnclassifiedAndIndexedSo() throws IOException {
        String id = add(111, 2009, cable(111, 2009, "SECRET", "E.O. 12958: DECL: 10/02/2019", "(S) TALKS",
                "(S//NF) One."));
        ingest();
        Declassified x = declassifier.run(d("2020-01-01")).declassified().get(0);
        ParsedCable parsed = archive.cable(id).parse();
        CableFacts facts = CableFacts.of(parsed);
        assertThat(AccessDecider.decide(PublicExport.PUBLIC, x.labels(parsed.cable(), facts).governing()).allowed()).isTrue();
        Principal reader = Principal.reader("r", Level.UNCLASSIFIED);
        assertThat(Redactor.redact(reader, parsed.name(), parsed.cable(), facts, x.labels(parsed.cable(), facts),
                Policy.DOCUMENT)).isPresent();
        IndexDocument doc = IndexDocuments.of(id, parsed, facts, 1, 1, x);
        assertThat(doc.banner()).isEqualTo(Level.UNCLASSIFIED);
        assertThat(doc.portions()).allSatisfy(p -> {
            assertThat(p.level()).isEqualTo(Level.UNCLASSIFIED);
            assertThat(p.controls()).isEmpty();
        });
        // and the archive's own index was refreshed: an unrestricted search finds it
        assertThat(archive.index().committedSeq()).isEqualTo(archive.store().lastSeq());
    }

    @Test
    void everyDeclassificationAndDecisionIsAudited() throws IOException {
        String dated = add(112, 2009, cable(112, 2009, "CONFIDENTIAL", "E.O. 12958: DECL: 10/02/2019", "(C) A", "(C) One."));
        String event = add(113, 2009, cable(113, 2009, "SECRET", "E.O. 12958: DECL: AFTER THE ELECTION", "(S) B", "(S) One."));
        String oadr = add(114, 2009, cable(114, 2009, "SECRET", "E.O. 12958: DECL: OADR", "(S) C", "(S) One.", "(S) Two."));
        ingest();
        declassifier.run(d("2020-01-01"));
        declassifier.decide(event, new ReviewDecision.Extend(d("2030-01-01"), "election postponed"), d("2026-05-01"));
        declassifier.decide(oadr, new ReviewDecision.Partial(Set.of(2), true), d("2026-05-01"));
        SqliteAuditLog log = (SqliteAuditLog) archive.audit();
        List<AuditRecord> records = log.query(new AuditQuery("reviewer", null, null, null, null));
        assertThat(records).extracting(AuditRecord::action, AuditRecord::target).containsExactly(
                org.assertj.core.groups.Tuple.tuple("declassify", dated),
                org.assertj.core.groups.Tuple.tuple("declassify-queue", event),
                org.assertj.core.groups.Tuple.tuple("declassify-queue", oadr),
                org.assertj.core.groups.Tuple.tuple("declassify-extend", event),
                org.assertj.core.groups.Tuple.tuple("declassify-review", oadr));
        assertThat(records.get(3).reason()).isEqualTo("version 1: classification extended to 2030-01-01: election postponed");
        assertThat(records.get(4).reason()).contains("exempted and withheld: subject, paragraph 2");
        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void thePublicExportReleasesWhatIsReleasableAndCardsTheRest() throws IOException {
        String full = add(120, 2009, cable(120, 2009, "CONFIDENTIAL", "E.O. 12958: DECL: 10/02/2019", "(C) OPEN TALKS",
                "(C) Declassified text."));
        String part = add(121, 2009, cable(121, 2009, "SECRET", "E.O. 12958: DECL: OADR", "(C) PARTLY OPEN",
                "(C) Released paragraph.", "(S) Exempt " + SECRET_WORD + " paragraph."));
        String unclas = add(122, 2009, cable(122, 2009, "UNCLASSIFIED", "E.O. 12958: N/A", "(U) PUBLIC VISIT",
                "(U) Open text."));
        String openSubject = add(123, 2009, cable(123, 2009, "SECRET", "E.O. 12958: DECL: 10/02/2034",
                "(U) TRADE FAIR", "(S) Still " + SECRET_WORD + " secret.", "(U) Marked unclassified but in a secret cable "
                        + SECRET_WORD + "."));
        String closedSubject = add(124, 2009, cable(124, 2009, "SECRET", "E.O. 12958: DECL: 10/02/2034",
                "(S) " + SECRET_WORD + " PLANS", "(S) Still " + SECRET_WORD + " secret."));
        ingest();
        declassifier.run(d("2020-01-01"));
        declassifier.decide(part, new ReviewDecision.Partial(Set.of(2), false), d("2026-05-01"));

        StringWriter out = new StringWriter();
        PublicExport.Summary s = PublicExport.write(archive, out, "archivist",
                Clock.fixed(Instant.parse("2026-05-02T00:00:00Z"), ZoneOffset.UTC));
        String text = out.toString();
        assertThat(s).isEqualTo(new PublicExport.Summary(2, 1, 2));
        assertThat(text).doesNotContain(SECRET_WORD);
        assertThat(text).contains("=== " + full + "\nDECLASSIFIED on 2019-10-02 under E.O. 12958, DECL: 10/02/2019.",
                "Declassified text.");
        assertThat(text).contains("=== " + part + "\nDECLASSIFIED IN PART on 2026-05-01", "Released paragraph.",
                "2. (S) [withheld: 1 line]");
        assertThat(text).contains("=== " + unclas + "\n", "Open text.");
        assertThat(text).contains("=== " + openSubject + " WITHDRAWN\nWithdrawal card\nId:      " + openSubject
                + "\nDate:    2009-10-02\nOrigin:  Embassy Prague\nSubject: TRADE FAIR\n");
        assertThat(text).contains("=== " + closedSubject + " WITHDRAWN\n", "Subject: [withheld]\n");
        assertThat(text).doesNotContain("Marked unclassified but in a secret cable");
        SqliteAuditLog log = (SqliteAuditLog) archive.audit();
        assertThat(log.query(new AuditQuery("archivist", null, null, "export", null))).singleElement()
                .satisfies(r -> assertThat(r.reason()).isEqualTo("public export: 2 released, 1 released in part, 2 withdrawn"));
    }

    /**
     * A reviewer who exempts a paragraph marked (U) means it to be withheld (the banner says "exempted and
     * withheld"): the public release gives it as a marker and withholds the heading's free text, though the
     * paragraph's own mark (U, SIPDIS, no control) would let the public read it. Found by the leak properties.
     */
    @Test
    void thePublicReleaseWithholdsAnExemptedParagraphWhateverItsMark() throws IOException {
        String part = add(130, 2009, cable(130, 2009, "SECRET", "E.O. 12958: DECL: OADR", "(U) HARBOUR WORKS",
                "(S) Released paragraph.", "(U) Exempt " + SECRET_WORD + " paragraph."));
        ingest();
        declassifier.run(d("2020-01-01"));
        declassifier.decide(part, new ReviewDecision.Partial(Set.of(2), false), d("2026-05-01"));

        StringWriter out = new StringWriter();
        PublicExport.Summary s = PublicExport.write(archive, out, "archivist",
                Clock.fixed(Instant.parse("2026-05-02T00:00:00Z"), ZoneOffset.UTC));
        String text = out.toString();
        assertThat(s).isEqualTo(new PublicExport.Summary(0, 1, 0));
        assertThat(text).contains("=== " + part + "\nDECLASSIFIED IN PART on 2026-05-01", "Released paragraph.",
                "HARBOUR WORKS", "2. (U) [withheld: 1 line]");
        assertThat(text).doesNotContain(SECRET_WORD).doesNotContain("TAGS:").doesNotContain("Classified By");
    }
}
