package org.chancery.switching.delivery;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the switch in another JVM on 10,000 messages, kills it with SIGKILL at random moments several times,
 * lets a last run finish, and checks the store: every message whose accept returned is delivered, every copy is
 * filed exactly once, and each channel's sequence numbers run 1..n without gap or reuse.
 */
class CrashTest {

    /** 10,000 messages and 5 kills keep CI under a minute; bench/switch-soak.sh raises both. */
    private static final int MESSAGES = Integer.getInteger("chancery.crash.messages", 10_000);
    private static final int KILLS = Integer.getInteger("chancery.crash.kills", 5);

    @TempDir
    Path dir;

    @Test
    void killedAtRandomTheSwitchLosesNothingAndDeliversNothingTwice() throws Exception {
        long seed = Long.getLong("chancery.crash.seed", System.nanoTime());
        System.out.println("CrashTest: " + KILLS + " kills over " + MESSAGES + " messages, seed " + seed
                + " (-Dchancery.crash.seed=" + seed + " repeats the kill times)");
        Random random = new Random(seed);
        int killed = 0;
        for (int run = 0; run < KILLS; run++) {
            Process child = start();
            awaitLine(child, "STARTED");
            // Kill while accepting and forwarding: somewhere in the first few seconds of the run.
            boolean exited = child.waitFor(200 + random.nextInt(2500), TimeUnit.MILLISECONDS);
            if (!exited) {
                child.destroyForcibly();
                killed++;
            }
            child.waitFor(30, TimeUnit.SECONDS);
        }
        Process last = start();
        assertThat(last.waitFor(Math.max(120, MESSAGES / 100), TimeUnit.SECONDS)).as("the last run finishes")
                .isTrue();
        assertThat(last.exitValue()).as("exit code of the last run").isZero();
        assertThat(killed).as("runs killed").isGreaterThan(0);

        Set<String> accepted = new HashSet<>(lines(dir.resolve("accepted.log")));
        assertThat(accepted).hasSize(MESSAGES);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("store/switch.db"));
             Statement st = c.createStatement()) {
            // Every accepted message is stored, delivered and filed for each addressee once.
            Map<String, Integer> copies = new HashMap<>();
            try (ResultSet rs = st.executeQuery("SELECT transmission_id, count(*) FROM delivery_inbox GROUP BY 1")) {
                while (rs.next()) copies.put(rs.getString(1), rs.getInt(2));
            }
            for (String id : accepted) {
                int expected = Integer.parseInt(id.substring(1)) % 3 == 0 ? 2 : 1;
                assertThat(copies.get(id)).as("copies of " + id).isEqualTo(expected);
            }
            assertThat(single(st, "SELECT count(*) FROM queue_message WHERE state <> 'DELIVERED'")).isZero();
            assertThat(single(st, "SELECT count(*) FROM queue_message")).isEqualTo(MESSAGES);
            assertThat(single(st, "SELECT count(*) FROM (SELECT transmission_id, post FROM delivery_inbox "
                    + "GROUP BY 1, 2 HAVING count(*) > 1)")).isZero();

            // Channel numbers: 1..n on each channel, no gap, no reuse; the receiver has filed up to n.
            try (ResultSet rs = st.executeQuery("SELECT m.channel, count(*), count(DISTINCT m.channel_seq), "
                    + "min(m.channel_seq), max(m.channel_seq), d.last_seq FROM queue_message m "
                    + "JOIN delivery_channel d ON d.channel = m.channel GROUP BY m.channel")) {
                int channels = 0;
                long total = 0;
                while (rs.next()) {
                    channels++;
                    String channel = rs.getString(1);
                    long n = rs.getLong(2);
                    total += n;
                    assertThat(rs.getLong(3)).as("distinct numbers on " + channel).isEqualTo(n);
                    assertThat(rs.getLong(4)).as("first number on " + channel).isEqualTo(1);
                    assertThat(rs.getLong(5)).as("last number on " + channel).isEqualTo(n);
                    assertThat(rs.getLong(6)).as("last filed on " + channel).isEqualTo(n);
                }
                // Each destination has its ordinary channel and, for the FLASH mixed in, its urgent one.
                assertThat(channels).isEqualTo(2 * CrashChild.DESTINATIONS.length);
                assertThat(total).isEqualTo(MESSAGES);
            }
        }
        // No copy was ever reported delivered twice, across all runs.
        List<String> delivered = lines(dir.resolve("delivered.log"));
        assertThat(new HashSet<>(delivered)).hasSameSizeAs(delivered);
    }

    private Process start() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-cp", classpath, CrashChild.class.getName(),
                dir.toString(), Integer.toString(MESSAGES));
        pb.redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("child.err").toFile()));
        return pb.start();
    }

    private static void awaitLine(Process child, String expected) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.equals(expected)) return;
        }
        throw new AssertionError("the child ended before printing " + expected + "; see its stderr");
    }

    private static List<String> lines(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        if (!Files.exists(file)) return out;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) out.add(line);
        }
        return out;
    }

    private static long single(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
