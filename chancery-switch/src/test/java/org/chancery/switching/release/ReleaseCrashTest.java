package org.chancery.switching.release;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a releasing switch ({@code kill -9}, a separate JVM) at random points and checks, after each kill, that the
 * numbers have no gap and no reuse: MRNs 1..N, the MCN and channel counters at N, every release the process
 * reported as done is there, every released draft has its release row; then that the next run goes on from N + 1.
 */
class ReleaseCrashTest {

    @TempDir
    Path dir;

    @Test
    void noGapNoReuseAcrossKills() throws Exception {
        Random random = new Random(20091002);
        List<Integer> acknowledged = new ArrayList<>();
        int kills = 4;
        for (int round = 0; round < kills; round++) {
            Process p = start(0);
            int want = 5 + random.nextInt(30);
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                int seen = 0;
                String line;
                while (seen < want && (line = out.readLine()) != null) {
                    if (line.startsWith("R ")) {
                        acknowledged.add(Integer.parseInt(line.split(" ")[1]));
                        seen++;
                    }
                }
                assertThat(seen).as(() -> "releases reported by the switch before the kill\n" + stderr()).isEqualTo(want);
                // Kill in the middle of the next releases: a random pause within a release's duration.
                Thread.sleep(random.nextInt(15));
                p.destroyForcibly(); // SIGKILL on Linux
                assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            check(acknowledged);
        }
        // A last run to completion goes on from where the killed ones stopped.
        int before = releases().size();
        Process p = start(5);
        List<Integer> last = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("R ")) last.add(Integer.parseInt(line.split(" ")[1]));
                if (line.startsWith("RATE ")) System.out.println("ReleaseCrashTest: " + line);
            }
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(() -> stderr()).isZero();
        assertThat(last).containsExactly(before + 1, before + 2, before + 3, before + 4, before + 5);
        acknowledged.addAll(last);
        check(acknowledged);
        // The last run began by resuming: whatever a kill left unarchived or not handed off has been handed since.
        try (Connection c = connect(); Statement s = c.createStatement()) {
            assertThat(one(s, "SELECT COUNT(*) FROM numbering_release WHERE archived = 0 OR handed_off = 0")).isZero();
        }
    }

    private Process start(int count) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return new ProcessBuilder(java, "-Xmx256m", "-cp", classpath, ReleaseLoop.class.getName(),
                dir.toString(), Integer.toString(count))
                .redirectError(dir.resolve("stderr-" + System.nanoTime() + ".txt").toFile())
                .start();
    }

    private void check(List<Integer> acknowledged) throws Exception {
        List<Integer> mrns = releases();
        int n = mrns.size();
        List<Integer> expected = new ArrayList<>();
        for (int i = 1; i <= n; i++) expected.add(i);
        assertThat(mrns).as("MRNs released, in order").isEqualTo(expected);
        assertThat(acknowledged).as("every release reported done was kept").allMatch(m -> m <= n);
        try (Connection c = connect(); Statement s = c.createStatement()) {
            assertThat(one(s, "SELECT COALESCE(MAX(last), 0) FROM numbering_mrn WHERE post = 'PRAGUE'")).isEqualTo(n);
            assertThat(one(s, "SELECT COALESCE(MAX(last), 0) FROM numbering_mcn WHERE origin = 'RUEHPG'"
                    + " AND addressee = 'RUEHC'")).isEqualTo(n);
            assertThat(one(s, "SELECT COALESCE(MAX(last), 0) FROM numbering_channel WHERE designator = 'XRO'"))
                    .isEqualTo(n);
            assertThat(one(s, "SELECT COUNT(*) FROM draft_cable WHERE state = 'RELEASED'")).isEqualTo(n);
            assertThat(one(s, "SELECT COUNT(*) FROM draft_cable d JOIN numbering_release r ON r.draft_id = d.id"
                    + " WHERE d.state = 'RELEASED' AND d.cable_id = r.cable_id")).isEqualTo(n);
            assertThat(one(s, "SELECT COUNT(DISTINCT cable_id) FROM numbering_release")).isEqualTo(n);
        }
    }

    private List<Integer> releases() throws Exception {
        List<Integer> out = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT mrn FROM numbering_release WHERE post = 'PRAGUE' AND year = "
                     + Year.now(java.time.ZoneOffset.UTC).getValue() + " ORDER BY mrn")) {
            while (rs.next()) out.add(rs.getInt(1));
        } catch (java.sql.SQLException e) {
            if (!String.valueOf(e.getMessage()).contains("no such table")) throw e;
        }
        return out;
    }

    private String stderr() {
        StringBuilder sb = new StringBuilder();
        try (var files = java.nio.file.Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("stderr-")).sorted().toList()) {
                sb.append(java.nio.file.Files.readString(f));
            }
        } catch (java.io.IOException e) {
            sb.append(e);
        }
        return sb.toString();
    }

    private Connection connect() throws Exception {
        return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(SwitchStore.FILE_NAME));
    }

    private static long one(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
