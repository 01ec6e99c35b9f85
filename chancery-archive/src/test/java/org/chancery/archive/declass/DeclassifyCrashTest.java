package org.chancery.archive.declass;

import org.chancery.archive.Archive;
import org.chancery.archive.CrashHarness;
import org.chancery.archive.index.Facet;
import org.chancery.archive.index.SearchRequest;
import org.chancery.archive.index.SearchResult;
import org.chancery.archive.ingest.IngestListener;
import org.chancery.archive.ingest.IngestOptions;
import org.chancery.archive.secure.SecureArchive;
import org.chancery.archive.secure.Viewer;
import org.chancery.archive.store.SqliteCableStore;
import org.chancery.cable.model.Level;
import org.chancery.security.Policy;
import org.chancery.security.Principal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.archive.declass.DeclassFixtures.cable;
import static org.chancery.archive.declass.DeclassFixtures.id;

/**
 * Kills a declassifying process (SIGKILL) at random moments, reopens the archive each time and checks that search
 * agrees with the store: every cable the store records as declassified is found by a reader cleared for
 * UNCLASSIFIED only, under class UNCLASSIFIED; no other cable is; none is indexed twice. The declassifications
 * are changes in the store's sequence, so the replay after the index's mark puts them in again.
 */
class DeclassifyCrashTest {

    private static final int CABLES = 1_200;
    private static final int KILLS = 6;
    private static final String AS_OF = "2026-11-29";

    @TempDir
    Path tmp;

    @Test
    void searchAgreesWithTheStoreAfterAnyKill() throws Exception {
        Path store = tmp.resolve("store");
        int due = ingest(store);
        long seed = System.nanoTime();
        Random random = new Random(seed);
        System.out.println("DeclassifyCrashTest seed " + seed);

        int declassifiedBefore = 0;
        int killedWhileWorking = 0;
        for (int round = 0; round < KILLS; round++) {
            Process p = CrashHarness.start(DeclassifyCrashMain.class, store.toString(), AS_OF);
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).as("child output").isEqualTo("open");
            // a random number of batches (0 to 5), then a random few milliseconds more
            int batches = random.nextInt(6);
            for (int b = 0; b < batches; b++) {
                String line = out.readLine();
                if (line == null || line.equals("done")) break;
            }
            Thread.sleep(random.nextInt(150));
            boolean finished = !p.isAlive();
            p.destroyForcibly();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            int declassified = check(store);
            System.out.println("DeclassifyCrashTest round " + round + ": " + (finished ? "finished" : "killed") + ", "
                    + declassified + " of " + due + " declassified");
            if (!finished && declassified > declassifiedBefore) killedWhileWorking++;
            declassifiedBefore = declassified;
            if (declassified == due) break;
        }
        Process p = CrashHarness.start(DeclassifyCrashMain.class, store.toString(), AS_OF);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(check(store)).isEqualTo(due);
        assertThat(killedWhileWorking).as("kills that interrupted a run in progress").isPositive();
        // idempotent: a run for the same day after all that declassifies nothing
        p = CrashHarness.start(DeclassifyCrashMain.class, store.toString(), AS_OF);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("open\ndone\n");
        assertThat(check(store)).isEqualTo(due);
    }

    /**
     * Classified cables: dated instructions due and not yet due, no E.O. line (25 years), OADR (review). Returns
     * how many are due on {@link #AS_OF}.
     */
    private int ingest(Path store) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        int due = 0;
        for (int mrn = 1; mrn <= CABLES; mrn++) {
            String level = mrn % 2 == 0 ? "SECRET" : "CONFIDENTIAL";
            String mark = level.equals("SECRET") ? "(S)" : "(C)";
            int kind = mrn % 4;
            int year = kind == 2 ? 1990 : 2009;
            String eo = switch (kind) {
                case 0 -> "E.O. 12958: DECL: 10/02/2019";
                case 1 -> "E.O. 12958: DECL: 10/02/2034";
                case 2 -> null;
                default -> "E.O. 12958: DECL: OADR";
            };
            if (kind == 0 || kind == 2) due++;
            Files.writeString(in.resolve(id(mrn, year) + ".txt"), cable(mrn, year, level, eo, mark + " TALKS " + mrn,
                    mark + " The minister spoke of item " + mrn + ".", mark + " Nothing further."), StandardCharsets.UTF_8);
        }
        try (Archive archive = Archive.open(store)) {
            archive.ingest(List.of(in), IngestOptions.defaults(), IngestListener.NONE);
        }
        return due;
    }

    /** Reopens the archive (which catches up) and compares search with the store; returns how many are declassified. */
    private int check(Path store) throws IOException, SQLException {
        Set<String> declassified = new HashSet<>();
        try (Archive archive = Archive.open(store)) {
            assertThat(archive.index().committedSeq()).isEqualTo(archive.store().lastSeq());
            try (Connection c = SqliteCableStore.dataSource(store).getConnection(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT cable_id FROM declassification")) {
                while (rs.next()) declassified.add(rs.getString(1));
            }
            SecureArchive gate = new SecureArchive(archive, Policy.DOCUMENT);
            Viewer reader = Viewer.as(Principal.reader("u", Level.UNCLASSIFIED));
            List<String> found = new ArrayList<>();
            gate.export(reader, SearchRequest.of("*"), cable -> found.add(cable.id()));
            assertThat(found).doesNotHaveDuplicates();
            assertThat(new HashSet<>(found)).as("cables an UNCLASSIFIED reader finds").isEqualTo(declassified);
            SearchResult r = gate.search(reader, SearchRequest.of("*").withFacets(Set.of(Facet.CLASS)));
            assertThat(r.total()).isEqualTo(declassified.size());
            if (!declassified.isEmpty()) {
                assertThat(r.facets().get(Facet.CLASS)).containsExactly(
                        new SearchResult.FacetValue("UNCLASSIFIED", declassified.size()));
            }
        }
        CrashHarness.Indexed indexed = CrashHarness.indexed(store);
        assertThat(indexed.doubles()).as("cables indexed twice").isEmpty();
        assertThat(indexed.ids()).hasSize(CABLES);
        return declassified.size();
    }
}
