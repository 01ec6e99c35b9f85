package org.chancery.archive;

import org.chancery.archive.index.IndexDocument;
import org.chancery.archive.ingest.IngestListener;
import org.chancery.archive.ingest.IngestOptions;
import org.chancery.archive.ingest.IngestSummary;
import org.chancery.archive.ingest.Rejection;
import org.chancery.archive.store.SqliteCableStore;
import org.chancery.archive.store.VersionInfo;
import org.chancery.cable.model.Level;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArchiveTest {

    @TempDir
    Path tmp;
    Path store;
    Path in;
    MemoryIndex index;

    static final String C500 = cable(500, List.of(), "The foreign minister received the ambassador.");
    static final String C589 = cable(589, List.of("PRAGUE 500", "STATE 12345"), "(S/NF) The minister asked for help.",
            "(U) The embassy will report.", "Third paragraph.");
    static final String C589B = cable(589, List.of("PRAGUE 500", "STATE 12345"), "(S/NF) The minister asked for help.",
            "(U) The embassy will report septel.", "Third paragraph.");
    static final String C600 = cable(600, List.of("PRAGUE 589"), "Follow-up on the minister's request.");

    static String cable(int mrn, List<String> refs, String... paragraphs) {
        return Fixtures.cable("PRAGUE", mrn, 2009, 10, 2, refs, "CZECH ROADS AND RAILWAYS", paragraphs);
    }

    @BeforeEach
    void setUp() throws IOException {
        store = tmp.resolve("store");
        in = Files.createDirectories(tmp.resolve("in"));
        index = new MemoryIndex();
    }

    Archive open() {
        return new Archive(SqliteCableStore.open(store), index.crash());
    }

    IngestSummary ingest(Archive archive, Path... inputs) throws IOException {
        return archive.ingest(List.of(inputs), IngestOptions.defaults().withBatchSize(2), IngestListener.NONE);
    }

    void write(String name, String text) throws IOException {
        Files.writeString(in.resolve(name), text);
    }

    @Test
    void ingestsFilesRejectsWhatHasNoIdAndChangesNothingTheSecondTime() throws IOException {
        write("09PRAGUE500.txt", C500);
        write("09PRAGUE589.txt", C589);
        write("09PRAGUE600.txt", C600);
        write("empty.txt", "");
        write("note.txt", "Lunch at noon on Thursday.\n");
        Files.writeString(in.resolve("ignored.md"), "not a cable");
        List<Long> progress = new ArrayList<>();
        try (Archive archive = open()) {
            IngestSummary summary = archive.ingest(List.of(in), IngestOptions.defaults().withBatchSize(2),
                    new IngestListener() {
                        @Override
                        public void progress(long done, long total) {
                            progress.add(done);
                            assertThat(total).isEqualTo(5);
                        }
                    });
            assertThat(summary.added()).isEqualTo(3);
            assertThat(summary.updated()).isZero();
            assertThat(summary.unchanged()).isZero();
            assertThat(summary.rejected()).extracting(Rejection::file)
                    .containsExactly(in.resolve("empty.txt").toString(), in.resolve("note.txt").toString());
            assertThat(summary.rejected()).extracting(Rejection::reason).allMatch(r -> r.startsWith("no id"));
            assertThat(progress).last().isEqualTo(5L);

            assertThat(index.ids()).containsExactlyInAnyOrder("09PRAGUE500", "09PRAGUE589", "09PRAGUE600");
            assertThat(index.committedSeq()).isEqualTo(3);
            IndexDocument d = index.documents().get("09PRAGUE589");
            assertThat(d.version()).isEqualTo(1);
            // the (S/NF) paragraph under a CONFIDENTIAL banner: the stricter governs
            assertThat(d.banner()).isEqualTo(Level.SECRET);
            assertThat(d.references()).containsExactly("09PRAGUE500", "09STATE12345");
            assertThat(d.portions()).extracting(IndexDocument.Portion::level)
                    .containsExactly(Level.CONFIDENTIAL, Level.SECRET, Level.UNCLASSIFIED, Level.CONFIDENTIAL);
            assertThat(d.portions().get(1).controls()).containsExactly("NOFORN");

            long puts = index.puts;
            IngestSummary again = ingest(archive, in);
            assertThat(again.unchanged()).isEqualTo(3);
            assertThat(again.added() + again.updated()).isZero();
            assertThat(index.puts).isEqualTo(puts);
            assertThat(archive.store().versionCount()).isEqualTo(3);
        }
    }

    @Test
    void takesZipAndTarGzArchivesAndKeepsEveryVersion() throws IOException {
        write("09PRAGUE500.txt", C500);
        write("09PRAGUE589.txt", C589);
        Path zip = tmp.resolve("release2.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("cables/09PRAGUE589.txt"));
            z.write(Fixtures.bytes(C589B));
            z.putNextEntry(new ZipEntry("cables/09PRAGUE500.txt"));
            z.write(Fixtures.bytes(C500));
            z.putNextEntry(new ZipEntry("cables/README"));
            z.write(Fixtures.bytes("skipped"));
        }
        Path tgz = tmp.resolve("more.tar.gz");
        byte[] tar = org.chancery.archive.ingest.TarFixtures.tarGz("some/" + "deep/".repeat(30) + "09PRAGUE600.txt",
                Fixtures.bytes(C600));
        Files.write(tgz, tar);
        Path broken = tmp.resolve("broken.zip");
        Files.write(broken, Fixtures.bytes("PK not really a zip"));

        try (Archive archive = open()) {
            assertThat(ingest(archive, in).added()).isEqualTo(2);
            // New cables reach the index as adds (no earlier document to replace), through the archive's wrapper.
            assertThat(index.adds).isEqualTo(2);
            assertThat(index.flushes).isPositive();
            IngestSummary summary = ingest(archive, zip, tgz, broken);
            assertThat(summary.added()).isEqualTo(1);
            assertThat(summary.updated()).isEqualTo(1);
            assertThat(summary.unchanged()).isEqualTo(1);
            // 09PRAGUE600 is added; the second version of 09PRAGUE589 replaces the first
            assertThat(index.adds).isEqualTo(3);
            assertThat(index.puts).isEqualTo(4);
            assertThat(summary.rejected()).singleElement().satisfies(r -> {
                assertThat(r.file()).isEqualTo(broken.toString());
                assertThat(r.reason()).startsWith("unreadable archive");
            });

            List<VersionInfo> versions = archive.versions("09PRAGUE589");
            assertThat(versions).extracting(VersionInfo::version).containsExactly(1, 2);
            assertThat(versions.get(1).provenance().path()).isEqualTo(zip.toString());
            assertThat(versions.get(1).provenance().entry()).isEqualTo("cables/09PRAGUE589.txt");
            assertThat(archive.cable("09PRAGUE600").info().provenance().entry()).endsWith("/09PRAGUE600.txt");
            assertThat(archive.cable("09PRAGUE589").parse().text()).isEqualTo(C589B);
            assertThat(archive.cable("09PRAGUE589", 1).parse().text()).isEqualTo(C589);
            assertThat(index.documents().get("09PRAGUE589").version()).isEqualTo(2);

            String diff = archive.diff("09PRAGUE589", 1, 2);
            assertThat(diff).startsWith("--- 09PRAGUE589 version 1\n+++ 09PRAGUE589 version 2\n@@ ")
                    .contains("\n-2. (U) The embassy will report.\n+2. (U) The embassy will report septel.\n");
            assertThat(archive.diff("09PRAGUE589", 2, 2)).isEmpty();
            assertThatThrownBy(() -> archive.diff("09PRAGUE589", 1, 3)).isInstanceOf(CableNotFoundException.class);
        }
    }

    @Test
    void resolvesReferencesAndFollowsThreadsBothWays() throws IOException {
        write("09PRAGUE500.txt", C500);
        write("09PRAGUE589.txt", C589);
        write("09PRAGUE600.txt", C600);
        try (Archive archive = open()) {
            ingest(archive, in);
            CableReferences refs = archive.references("09PRAGUE589");
            List<ResolvedReference> cables = refs.references().stream()
                    .filter(r -> r.reference().citedId() != null).toList();
            assertThat(cables).extracting(r -> r.reference().citedId() + "=" + r.present())
                    .containsExactly("09PRAGUE500=true", "09STATE12345=false");
            assertThat(refs.citedBy()).containsExactly("09PRAGUE600");
            assertThat(archive.references("09PRAGUE500").citedBy()).containsExactly("09PRAGUE589");

            List<ThreadNode> thread = archive.thread("09PRAGUE500", 0);
            assertThat(thread).extracting(n -> n.id() + "@" + n.depth() + "<" + n.parent() + " " + n.relation()
                    + (n.present() ? "" : " absent")).containsExactly(
                    "09PRAGUE500@0<null ROOT",
                    "09PRAGUE589@1<09PRAGUE500 CITED_BY",
                    "09STATE12345@2<09PRAGUE589 CITES absent",
                    "09PRAGUE600@2<09PRAGUE589 CITED_BY");
            assertThat(archive.thread("09PRAGUE500", 1)).hasSize(2);
            assertThatThrownBy(() -> archive.thread("09PRAGUE1", 0)).isInstanceOf(CableNotFoundException.class)
                    .hasMessage("no cable 09PRAGUE1 in the archive");
            assertThatThrownBy(() -> archive.cable("09PRAGUE1")).isInstanceOf(CableNotFoundException.class);
            assertThatThrownBy(() -> archive.versions("09PRAGUE1")).isInstanceOf(CableNotFoundException.class);
        }
    }

    @Test
    void openingReplaysWhatTheIndexMissedAndRebuildsAnIndexAheadOfTheStore() throws IOException {
        write("09PRAGUE500.txt", C500);
        try (Archive archive = open()) {
            ingest(archive, in);
        }
        write("09PRAGUE589.txt", C589);
        write("09PRAGUE600.txt", C600);
        // Store the two new cables behind the index's back, as a crash after the store's commit would leave them.
        try (Archive archive = open()) {
            archive.ingest(List.of(in), IngestOptions.defaults().withIndexCommitInterval(java.time.Duration.ofDays(1)),
                    IngestListener.NONE);
        }
        assertThat(index.committedSeq()).isEqualTo(3); // the final commit of an ingest always happens
        MemoryIndex behind = new MemoryIndex();
        behind.put(List.of(index.documents().get("09PRAGUE500")));
        behind.commit(1);
        index = behind;
        try (Archive archive = open()) {
            assertThat(index.ids()).containsExactlyInAnyOrder("09PRAGUE500", "09PRAGUE589", "09PRAGUE600");
            assertThat(index.puts).isEqualTo(1 + 2); // only what came after seq 1 was replayed
            assertThat(index.committedSeq()).isEqualTo(3);
            assertThat(archive.reindex()).isEqualTo(3);
        }
        MemoryIndex ahead = new MemoryIndex();
        ahead.commit(99);
        index = ahead;
        try (Archive archive = open()) {
            assertThat(index.ids()).hasSize(3);
            assertThat(index.committedSeq()).isEqualTo(3);
        }
    }

}
