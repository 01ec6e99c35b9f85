package org.chancery.archive.declass;

import org.chancery.archive.Archive;
import org.chancery.archive.CableNotFoundException;
import org.chancery.archive.index.SearchRequest;
import org.chancery.archive.ingest.IngestListener;
import org.chancery.archive.ingest.IngestOptions;
import org.chancery.archive.secure.SecureArchive;
import org.chancery.archive.secure.ShownCable;
import org.chancery.archive.secure.ShownVersion;
import org.chancery.archive.secure.Viewer;
import org.chancery.cable.model.Level;
import org.chancery.security.Policy;
import org.chancery.security.Principal;
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

/**
 * A declassification governs the version it judged (docs/security.md, "Declassification"): for each way a cable
 * is declassified — on review in full or in part, on its date, by the 25-year rule, at a reviewer's extended
 * date — a corrected text arriving afterwards is read at its own markings everywhere (gate, index, public
 * release), is queued or declassified by the next run as the rules say, and the older version stays declassified.
 */
class NewVersionTest {

    /** Words only the new version carries: text no reviewer has seen. */
    private static final String NEW_WORD = "WOMBATQUILL";
    private static final String NEW_WORD_TOO = "NARWHALSPOON";

    @TempDir
    Path dir;
    Archive archive;
    Declassifier declassifier;
    SecureArchive gate;
    int batch;

    /** The public, and a SECRET reader at the cable's post (every fixture is SIPDIS). */
    static final Principal PUBLIC = PublicExport.PUBLIC;
    static final Principal SECRET = Principal.reader("s", Level.SECRET);

    @BeforeEach
    void open() {
        archive = Archive.open(dir.resolve("store"));
        declassifier = new Declassifier(archive, "reviewer",
                Clock.fixed(Instant.parse("2026-05-01T09:00:00Z"), ZoneOffset.UTC));
        gate = new SecureArchive(archive, Policy.PORTION, SecureArchive.NO_AUDIT);
    }

    @AfterEach
    void close() {
        archive.close();
    }

    private void ingest(int mrn, int year, String text) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in" + batch++));
        Files.writeString(in.resolve(id(mrn, year) + ".txt"), text, StandardCharsets.UTF_8);
        archive.ingest(List.of(in), IngestOptions.defaults(), IngestListener.NONE);
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private String publicRelease() {
        StringWriter out = new StringWriter();
        PublicExport.write(archive, out, "admin", Clock.systemUTC());
        return out.toString();
    }

    private long found(Principal p, String word) {
        return gate.search(Viewer.as(p), SearchRequest.of(word)).total();
    }

    /** The new version (2) is read at its markings everywhere; version 1 still reads declassified. */
    private void newVersionReadAtItsMarkings(String id, Declassified first) {
        assertThat(archive.declassification(id)).isEmpty();
        assertThat(archive.declassification(id, 1)).contains(first);
        // the gate: the public may not see the cable (its current version is SECRET), a SECRET reader sees version 2
        // under no declassification and version 1 under its own
        assertThatThrownBy(() -> gate.cable(Viewer.as(PUBLIC), id, null)).isInstanceOf(CableNotFoundException.class);
        assertThatThrownBy(() -> gate.cable(Viewer.as(PUBLIC), id, 1)).isInstanceOf(CableNotFoundException.class);
        ShownCable current = gate.cable(Viewer.as(SECRET), id, null);
        assertThat(current.version()).isEqualTo(2);
        assertThat(current.declassified()).isNull();
        assertThat(current.redacted().banner().level()).isEqualTo(Level.SECRET);
        ShownCable old = gate.cable(Viewer.as(SECRET), id, 1);
        assertThat(old.declassified()).isEqualTo(first);
        assertThat(old.redacted().banner().level()).isEqualTo(first.partial() ? Level.SECRET : Level.UNCLASSIFIED);
        assertThat(gate.versions(Viewer.as(SECRET), id)).extracting(ShownVersion::version).containsExactly(1, 2);
        assertThat(gate.diff(Viewer.as(SECRET), id, 1, 2)).contains(NEW_WORD);
        // the index: the new text reaches no unclassified reader
        assertThat(found(PUBLIC, NEW_WORD)).isZero();
        assertThat(found(PUBLIC, NEW_WORD_TOO)).isZero();
        assertThat(found(SECRET, NEW_WORD)).isEqualTo(1);
        // the public release: withdrawn whole, nothing of either version's text
        String release = publicRelease();
        assertThat(release).contains("=== " + id + " WITHDRAWN").doesNotContain(NEW_WORD).doesNotContain(NEW_WORD_TOO)
                .doesNotContain("DECLASSIFIED");
    }

    /** The same after the index is rebuilt from the store, and after a run: no old declassification comes back. */
    private void stillAtItsMarkingsAfterReindexAndRun(String id, LocalDate day) {
        archive.reindex();
        assertThat(found(PUBLIC, NEW_WORD)).isZero();
        declassifier.run(day);
        assertThat(found(PUBLIC, NEW_WORD)).isZero();
        assertThat(archive.declassification(id)).isEmpty();
    }

    @Test
    void aNewVersionOfACableDeclassifiedInFullOnReviewGoesBackToReview() throws IOException {
        String id = id(201, 2009);
        ingest(201, 2009, cable(201, 2009, "SECRET", "E.O. 12958: DECL: OADR", "(S) TALKS", "(S) Old one.", "(S) Old two."));
        declassifier.run(d("2010-01-01"));
        Declassified first = declassifier.decide(id, new ReviewDecision.Declassify(), d("2026-05-01")).orElseThrow();
        assertThat(first.version()).isEqualTo(1);
        assertThat(found(PUBLIC, "Old")).isEqualTo(1);

        ingest(201, 2009, cable(201, 2009, "SECRET", "E.O. 12958: DECL: OADR", "(S) TALKS", "(S) Old one.",
                "(S) Old two.", "(S) New " + NEW_WORD + " three."));
        newVersionReadAtItsMarkings(id, first);
        // before the run has read the new version, no decision can reach it
        assertThatThrownBy(() -> declassifier.decide(id, new ReviewDecision.Declassify(), d("2026-05-02")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not in the review queue");

        DeclassificationSummary next = declassifier.run(d("2026-05-02"));
        assertThat(next.declassified()).isEmpty();
        assertThat(next.queued()).singleElement().satisfies(q -> {
            assertThat(q.cableId()).isEqualTo(id);
            assertThat(q.version()).isEqualTo(2);
            assertThat(q.state()).isEqualTo(ReviewItem.State.PENDING);
            assertThat(q.note()).isEqualTo("version 2 of a cable declassified on review on 2026-05-01 (version 1, "
                    + "in full); compare the versions");
        });
        assertThat(declassifier.run(d("2026-05-03")).queued()).isEmpty();
        stillAtItsMarkingsAfterReindexAndRun(id, d("2026-05-04"));
        // the whole queue keeps the decided item of version 1
        assertThat(declassifier.queue(true)).extracting(ReviewItem::version, ReviewItem::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, ReviewItem.State.DECLASSIFIED),
                org.assertj.core.groups.Tuple.tuple(2, ReviewItem.State.PENDING));

        // a decision names the version judged: a stale one is refused
        assertThatThrownBy(() -> declassifier.decide(id, 1, new ReviewDecision.Declassify(), d("2026-05-05")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not the version under review (2)");
        Declassified second = declassifier.decide(id, 2, new ReviewDecision.Declassify(), d("2026-05-05")).orElseThrow();
        assertThat(second.version()).isEqualTo(2);
        assertThat(archive.declassification(id)).contains(second);
        assertThat(found(PUBLIC, NEW_WORD)).isEqualTo(1);
        assertThat(publicRelease()).contains("=== " + id + "\nDECLASSIFIED on 2026-05-05").contains(NEW_WORD);
    }

    @Test
    void aNewVersionOfACableDeclassifiedInPartIsNotReadUnderItsExemptions() throws IOException {
        String id = id(202, 2009);
        ingest(202, 2009, cable(202, 2009, "SECRET", "E.O. 12958: DECL: AFTER THE ELECTION", "(C) TALKS",
                "(C) Released one.", "(S) Exempt two.", "(S) Exempt three."));
        declassifier.run(d("2010-01-01"));
        Declassified first = declassifier.decide(id, new ReviewDecision.Partial(Set.of(2, 3), false), d("2026-05-01"))
                .orElseThrow();

        // the correction rewrites paragraph 1 and adds a fourth: under the old review both would have been released
        ingest(202, 2009, cable(202, 2009, "SECRET", "E.O. 12958: DECL: AFTER THE ELECTION", "(C) TALKS",
                "(S) Rewritten " + NEW_WORD + " one.", "(S) Exempt two.", "(S) Exempt three.",
                "(S) Added " + NEW_WORD_TOO + " four."));
        newVersionReadAtItsMarkings(id, first);
        assertThat(declassifier.run(d("2026-05-02")).queued()).singleElement().satisfies(q -> {
            assertThat(q.version()).isEqualTo(2);
            assertThat(q.rule()).isEqualTo(Rule.EVENT);
            assertThat(q.note()).isEqualTo("version 2 of a cable declassified on review on 2026-05-01 (version 1, "
                    + "in part: paragraphs 2, 3 exempted); compare the versions");
        });
        stillAtItsMarkingsAfterReindexAndRun(id, d("2026-05-03"));
        // a CONFIDENTIAL reader (the cable exists for them by its (C) subject): version 1 as declassified in part,
        // version 2 at its marks, its rewritten and added paragraphs withheld
        Principal confidential = Principal.reader("c", Level.CONFIDENTIAL);
        String old = org.chancery.cable.Cables.write(gate.cable(Viewer.as(confidential), id, 1).redacted().cable());
        assertThat(old).contains("Released one.", "2. (S) [withheld: 1 line]", "3. (S) [withheld: 1 line]");
        String now = org.chancery.cable.Cables.write(gate.cable(Viewer.as(confidential), id, null).redacted().cable());
        assertThat(now).contains("TALKS", "1. (S) [withheld: 1 line]", "4. (S) [withheld: 1 line]")
                .doesNotContain(NEW_WORD).doesNotContain(NEW_WORD_TOO);
    }

    @Test
    void aNewVersionOfACableDeclassifiedOnItsDateIsDeclassifiedOnItsOwnDate() throws IOException {
        String id = id(203, 2009);
        ingest(203, 2009, cable(203, 2009, "SECRET", "E.O. 12958: DECL: 10/02/2019", "(S) TALKS", "(S) Old one."));
        Declassified first = declassifier.run(d("2020-01-01")).declassified().get(0);
        assertThat(first.basis()).isEqualTo(Basis.ON_DATE);

        // the correction also moves the date
        ingest(203, 2009, cable(203, 2009, "SECRET", "E.O. 12958: DECL: 10/02/2030", "(S) TALKS",
                "(S) Old one " + NEW_WORD + "."));
        newVersionReadAtItsMarkings(id, first);
        DeclassificationSummary early = declassifier.run(d("2030-10-01"));
        assertThat(early.declassified()).isEmpty();
        assertThat(early.queued()).isEmpty();
        assertThat(found(PUBLIC, NEW_WORD)).isZero();
        assertThat(declassifier.run(d("2030-10-02")).declassified()).singleElement().satisfies(x -> {
            assertThat(x.version()).isEqualTo(2);
            assertThat(x.basis()).isEqualTo(Basis.ON_DATE);
            assertThat(x.on()).isEqualTo(d("2030-10-02"));
        });
        assertThat(archive.declassification(id, 1)).contains(first);
        assertThat(found(PUBLIC, NEW_WORD)).isEqualTo(1);
    }

    @Test
    void aNewVersionOfACableDeclassifiedAtTwentyFiveYearsIsDeclassifiedByTheNextRun() throws IOException {
        String id = id(204, 1990);
        ingest(204, 1990, cable(204, 1990, "SECRET", null, "(S) OLD TALKS", "(S) Old one."));
        Declassified first = declassifier.run(d("2016-01-01")).declassified().get(0);
        assertThat(first.basis()).isEqualTo(Basis.TWENTY_FIVE_YEARS);

        ingest(204, 1990, cable(204, 1990, "SECRET", null, "(S) OLD TALKS", "(S) Old one " + NEW_WORD + "."));
        // until the run reads it, it is at its markings
        newVersionReadAtItsMarkings(id, first);
        DeclassificationSummary next = declassifier.run(d("2026-05-02"));
        assertThat(next.queued()).isEmpty();
        assertThat(next.declassified()).singleElement().satisfies(x -> {
            assertThat(x.version()).isEqualTo(2);
            assertThat(x.basis()).isEqualTo(Basis.TWENTY_FIVE_YEARS);
            assertThat(x.on()).isEqualTo(d("2015-10-02"));
        });
        assertThat(found(PUBLIC, NEW_WORD)).isEqualTo(1);
        assertThat(publicRelease()).contains("=== " + id + "\nDECLASSIFIED on 2015-10-02").contains(NEW_WORD);
        assertThat(declassifier.run(d("2026-05-03")).declassified()).isEmpty();
    }

    @Test
    void anExtensionDoesNotCarryOverToANewVersion() throws IOException {
        String id = id(205, 2009);
        ingest(205, 2009, cable(205, 2009, "SECRET", "E.O. 12958: DECL: UPON RESOLUTION OF THE DISPUTE", "(S) TALKS",
                "(S) Old one."));
        declassifier.run(d("2010-01-01"));
        declassifier.decide(id, new ReviewDecision.Extend(d("2030-01-01"), "negotiations continue"), d("2026-05-01"));

        // the correction gives a date long past: a reviewer's judgement stands before it, so it goes to review
        ingest(205, 2009, cable(205, 2009, "SECRET", "E.O. 12958: DECL: 10/02/2019", "(S) TALKS",
                "(S) Old one " + NEW_WORD + "."));
        DeclassificationSummary next = declassifier.run(d("2026-05-02"));
        assertThat(next.declassified()).isEmpty();
        assertThat(next.queued()).singleElement().satisfies(q -> {
            assertThat(q.version()).isEqualTo(2);
            assertThat(q.rule()).isEqualTo(Rule.ON_DATE);
            assertThat(q.note()).isEqualTo("version 2 of a cable whose classification a reviewer extended to "
                    + "2030-01-01 (version 1: negotiations continue); compare the versions");
        });
        assertThat(declassifier.queue(true)).extracting(ReviewItem::version, ReviewItem::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, ReviewItem.State.SUPERSEDED),
                org.assertj.core.groups.Tuple.tuple(2, ReviewItem.State.PENDING));
        // the extended date comes: the new version, not judged, stays classified
        assertThat(declassifier.run(d("2030-01-01")).declassified()).isEmpty();
        assertThat(archive.declassification(id)).isEmpty();
        assertThat(archive.declassification(id, 1)).isEmpty();
        assertThat(found(PUBLIC, NEW_WORD)).isZero();
        assertThat(publicRelease()).contains("=== " + id + " WITHDRAWN").doesNotContain(NEW_WORD);
    }

    @Test
    void aNewVersionOfACableDeclassifiedAtAnExtendedDateGoesBackToReview() throws IOException {
        String id = id(206, 2009);
        ingest(206, 2009, cable(206, 2009, "SECRET", "E.O. 12958: DECL: OADR", "(S) TALKS", "(S) Old one."));
        declassifier.run(d("2010-01-01"));
        declassifier.decide(id, new ReviewDecision.Extend(d("2027-01-01"), "liaison equities"), d("2026-05-01"));
        Declassified first = declassifier.run(d("2027-01-01")).declassified().get(0);
        assertThat(first.basis()).isEqualTo(Basis.EXTENDED_DATE);

        ingest(206, 2009, cable(206, 2009, "SECRET", "E.O. 12958: DECL: OADR", "(S) TALKS",
                "(S) Old one " + NEW_WORD + "."));
        newVersionReadAtItsMarkings(id, first);
        assertThat(declassifier.run(d("2027-01-02")).queued()).singleElement().satisfies(q ->
                assertThat(q.note()).isEqualTo("version 2 of a cable declassified on 2027-01-01, the date a reviewer "
                        + "extended its classification to (version 1); compare the versions"));
    }

    @Test
    void aPendingItemIsSupersededByANewVersionWhichIsQueuedOnItsOwn() throws IOException {
        String id = id(207, 2009);
        ingest(207, 2009, cable(207, 2009, "SECRET", "E.O. 12958: DECL: OADR", "(S) TALKS", "(S) Old one."));
        declassifier.run(d("2010-01-01"));
        ingest(207, 2009, cable(207, 2009, "SECRET", "E.O. 12958: DECL: OADR", "(S) TALKS",
                "(S) Old one " + NEW_WORD + "."));
        // not decidable until the run has read the new version: a reviewer may not declassify unseen text
        assertThat(declassifier.queue(false)).isEmpty();
        assertThatThrownBy(() -> declassifier.decide(id, new ReviewDecision.Declassify(), d("2026-05-01")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not in the review queue");
        assertThat(declassifier.run(d("2026-05-01")).queued()).singleElement().satisfies(q -> {
            assertThat(q.version()).isEqualTo(2);
            assertThat(q.note()).isNull();
        });
        assertThat(declassifier.queue(true)).extracting(ReviewItem::version, ReviewItem::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, ReviewItem.State.SUPERSEDED),
                org.assertj.core.groups.Tuple.tuple(2, ReviewItem.State.PENDING));
    }
}
