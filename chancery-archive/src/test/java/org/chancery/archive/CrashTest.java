package org.chancery.archive;

import org.chancery.archive.index.LuceneSearchIndex;
import org.chancery.archive.store.SqliteCableStore;
import org.chancery.archive.store.StoredVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills an ingesting process (SIGKILL, no shutdown hook runs) at random moments, reopens the archive each time
 * and checks that the index holds every cable the store committed, each exactly once and at its current version.
 */
class CrashTest {

    private static final int CABLES = 3_000;
    private static final int KILLS = 6;
    private static final String[] POSTS = {"PRAGUE", "ROME", "PARIS", "VIENNA", "WARSAW"};

    @TempDir
    Path tmp;

    @Test
    void everyCommittedCableIsInTheIndexExactlyOnceAfterAnyKill() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path store = tmp.resolve("store");
        writeCables(in);
        long seed = System.nanoTime();
        Random random = new Random(seed);
        System.out.println("CrashTest seed " + seed);

        long storedBefore = 0;
        int killedWhileWorking = 0;
        for (int round = 0; round < KILLS; round++) {
            Process p = start(store, in);
            // Let it store a random number of batches (0 to 6; the machine may be slow, so count batches, not
            // milliseconds), then a random few milliseconds more, so that the kill lands anywhere in the pipeline.
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).as("child output").isEqualTo("open");
            int batches = random.nextInt(7);
            // (A rerun first goes over what is stored already: those batches do not count.)
            for (int b = 0; b < batches; ) {
                String line = out.readLine();
                if (line == null || line.equals("done")) break;
                if (Long.parseLong(line.substring("stored ".length())) > storedBefore) b++;
            }
            Thread.sleep(random.nextInt(200));
            boolean finished = !p.isAlive();
            p.destroyForcibly();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            long stored = check(store);
            System.out.println("CrashTest round " + round + ": " + (finished ? "finished" : "killed") + ", "
                    + stored + " cables stored");
            if (!finished && stored > storedBefore) killedWhileWorking++;
            storedBefore = stored;
            if (stored == CABLES) break;
        }
        // Finish the job in one uninterrupted run, and check once more.
        Process p = start(store, in);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(new String(p.getErrorStream().readAllBytes())).isZero();
        assertThat(check(store)).isEqualTo(CABLES);
        assertThat(killedWhileWorking).as("kills that interrupted an ingest in progress").isPositive();
    }

    /** Reopens the archive (which catches up), then compares the store's current versions with the index. */
    private long check(Path store) throws IOException {
        long indexSeq;
        try (var index = LuceneSearchIndex.openReadOnly(store.resolve(Archive.INDEX_FOLDER))) {
            indexSeq = index.committedSeq();
        }
        try (var s = SqliteCableStore.open(store)) {
            System.out.println("CrashTest after the kill: store at seq " + s.lastSeq() + ", index at " + indexSeq);
        }
        Map<String, Integer> stored = new HashMap<>();
        try (Archive archive = Archive.open(store)) {
            long seq = 0;
            while (true) {
                List<StoredVersion> page = archive.store().currentAfter(seq, 1_000);
                if (page.isEmpty()) break;
                for (StoredVersion v : page) stored.put(v.info().id(), v.info().version());
                seq = page.get(page.size() - 1).info().seq();
            }
            assertThat(archive.index().committedSeq()).isEqualTo(archive.store().lastSeq());
        }
        CrashHarness.Indexed indexed = CrashHarness.indexed(store);
        assertThat(indexed.doubles()).as("cables indexed twice").isEmpty();
        assertThat(indexed.ids()).isEqualTo(stored.keySet());
        return stored.size();
    }

    private static Process start(Path store, Path in) throws IOException {
        return CrashHarness.start(CrashIngestMain.class, store.toString(), in.toString());
    }

    private static void writeCables(Path in) throws IOException {
        for (int i = 1; i <= CABLES; i++) {
            String post = POSTS[i % POSTS.length];
            List<String> refs = i > 10 ? List.of(POSTS[(i - 5) % POSTS.length] + " " + (i - 5)) : List.of();
            String text = Fixtures.cable(post, i, 2008, 1 + i % 12, 1 + i % 28, refs, "REPORT NUMBER " + i,
                    "(SBU) The mission reports item " + i + " of the series.",
                    "Officials discussed trade, energy and the budget for " + (2000 + i % 10) + ".",
                    "(U) Comment: nothing further on item " + i + ".");
            Files.writeString(in.resolve(String.format(java.util.Locale.ROOT, "%05d.txt", i)), text);
        }
    }
}
