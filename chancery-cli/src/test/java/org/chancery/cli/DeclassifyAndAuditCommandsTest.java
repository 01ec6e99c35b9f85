package org.chancery.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chancery.archive.store.SqliteCableStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class DeclassifyAndAuditCommandsTest {

    private static final String PLANTED = "WOMBATCIPHER";

    @TempDir
    Path dir;

    /** A fictional SECRET or CONFIDENTIAL cable from Embassy Prague of 2 October 2009. */
    private static String cable(int mrn, String level, String eo, String subject, String... paragraphs) {
        StringBuilder sb = new StringBuilder();
        sb.append("VZCZCXRO").append(mrn).append("\nRR RUEHC\nDE RUEHXX #").append(mrn).append(" 2751200\n");
        sb.append("ZNY ").append(level.equals("SECRET") ? "SSSSS" : "CCCCC").append(" ZZH\n");
        sb.append("R 021200Z OCT 09\nFM AMEMBASSY PRAGUE\nTO RUEHC/SECSTATE WASHDC ").append(mrn).append("\n\n");
        sb.append(level.equals("SECRET") ? "S E C R E T" : "C O N F I D E N T I A L").append(" PRAGUE ")
                .append(String.format(Locale.ROOT, "%06d", mrn)).append("\n\nSIPDIS\n\n");
        sb.append(eo).append("\nTAGS: PREL PGOV EZ\nSUBJECT: ").append(subject).append("\n\n");
        sb.append("Classified By: Ambassador John Doe, reasons 1.4 (b) and (d)\n\n");
        for (int i = 0; i < paragraphs.length; i++) sb.append(i + 1).append(". ").append(paragraphs[i]).append("\n\n");
        return sb.append("DOE\n").toString();
    }

    @Test
    void aCorrectionOfAReviewedCableGoesBackToReviewAndIsNotReleased() throws Exception {
        Path store = dir.resolve("store");
        Path v1 = Files.createDirectories(dir.resolve("v1"));
        Path v2 = Files.createDirectories(dir.resolve("v2"));
        Files.writeString(v1.resolve("09PRAGUE202.txt"), cable(202, "SECRET", "E.O. 12958: DECL: OADR",
                "(C) REVIEWED", "(C) Released words.", "(S) Exempt words."), StandardCharsets.UTF_8);
        Files.writeString(v2.resolve("09PRAGUE202.txt"), cable(202, "SECRET", "E.O. 12958: DECL: OADR",
                "(C) REVIEWED", "(C) Released words, now " + PLANTED + ".", "(S) Exempt words."), StandardCharsets.UTF_8);
        assertThat(Cli.run("ingest", "--store", store, v1).exitCode()).isZero();
        assertThat(Cli.run("declassify", "--store", store, "--as-of", "2020-01-01").exitCode()).isZero();
        assertThat(Cli.run("declassify", "review", "decide", "09PRAGUE202", "--store", store, "--partial", "2",
                "--date", "2026-05-01", "--judged-version", "1").exitCode()).isZero();
        assertThat(Cli.run("ingest", "--store", store, v2).exitCode()).isZero();

        Cli.Run run = Cli.run("declassify", "--store", store, "--as-of", "2026-05-02");
        assertThat(run.out()).contains("to review 09PRAGUE202: OADR, DECL: OADR (version 2 of a cable declassified on "
                + "review on 2026-05-01 (version 1, in part: paragraph 2 exempted); compare the versions)");
        assertThat(Cli.run("declassify", "review", "list", "--store", store).out())
                .isEqualTo("09PRAGUE202\tOADR\tPENDING\t2034-10-02\t-\tDECL: OADR\t2\tversion 2 of a cable "
                        + "declassified on review on 2026-05-01 (version 1, in part: paragraph 2 exempted); compare the "
                        + "versions\n");
        Cli.Run stale = Cli.run("declassify", "review", "decide", "09PRAGUE202", "--store", store, "--declassify",
                "--judged-version", "1");
        assertThat(stale.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(stale.err()).contains("version 1 of 09PRAGUE202 is not the version under review (2)");

        Path release = dir.resolve("release.txt");
        assertThat(Cli.run("export", "--public", "--store", store, "--out", release).exitCode()).isZero();
        assertThat(Files.readString(release, StandardCharsets.UTF_8)).contains("=== 09PRAGUE202 WITHDRAWN")
                .doesNotContain(PLANTED).doesNotContain("DECLASSIFIED");
        // version 1 is still declassified in part, version 2 is not
        assertThat(Cli.run("show", "--store", store, "--version", "1", "09PRAGUE202").out())
                .startsWith("DECLASSIFIED IN PART on 2026-05-01");
        assertThat(Cli.run("show", "--store", store, "09PRAGUE202").out()).startsWith("VZCZCXRO202");
    }

    @Test
    void declassifyReviewExportAndAuditFromTheCommandLine() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path store = dir.resolve("store");
        Files.writeString(in.resolve("09PRAGUE201.txt"), cable(201, "CONFIDENTIAL", "E.O. 12958: DECL: 10/02/2019",
                "(C) DUE", "(C) Declassified words."), StandardCharsets.UTF_8);
        Files.writeString(in.resolve("09PRAGUE202.txt"), cable(202, "SECRET", "E.O. 12958: DECL: OADR",
                "(C) REVIEWED", "(C) Released words.", "(S) Exempt " + PLANTED + " words."), StandardCharsets.UTF_8);
        Files.writeString(in.resolve("09PRAGUE203.txt"), cable(203, "SECRET", "E.O. 12958: DECL: 10/02/2039",
                "(S) " + PLANTED + " SUBJECT", "(S) Still " + PLANTED + "."), StandardCharsets.UTF_8);
        assertThat(Cli.run("ingest", "--store", store, in).exitCode()).isZero();

        Cli.Run run = Cli.run("declassify", "--store", store, "--as-of", "2020-01-01");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("declassified 09PRAGUE201: DECLASSIFIED on 2019-10-02 under E.O. 12958, DECL: 10/02/2019",
                "to review 09PRAGUE202: OADR", "1 declassified, 1 sent to review, 1 awaiting review");

        Cli.Run list = Cli.run("declassify", "review", "list", "--store", store);
        assertThat(list.out()).startsWith("09PRAGUE202\tOADR\tPENDING\t2034-10-02\t-\tDECL: OADR");

        assertThat(Cli.run("declassify", "review", "decide", "09PRAGUE202", "--store", store, "--partial", "9")
                .err()).contains("no paragraph 9");
        assertThat(Cli.run("declassify", "review", "decide", "09PRAGUE202", "--store", store, "--extend", "2030-01-01")
                .exitCode()).isEqualTo(Main.BAD_INPUT);
        Cli.Run decide = Cli.run("declassify", "review", "decide", "09PRAGUE202", "--store", store, "--partial", "2",
                "--date", "2026-05-01");
        assertThat(decide.exitCode()).as(decide.err()).isZero();
        assertThat(decide.out()).contains("DECLASSIFIED IN PART on 2026-05-01");

        assertThat(Cli.run("show", "--store", store, "09PRAGUE201").out())
                .startsWith("DECLASSIFIED on 2019-10-02 under E.O. 12958, DECL: 10/02/2019. Original markings kept as "
                        + "written.\n\nVZCZCXRO201");

        Path release = dir.resolve("release.txt");
        Cli.Run export = Cli.run("export", "--public", "--store", store, "--out", release);
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.err()).contains("1 released, 1 released in part, 1 withdrawn");
        String text = Files.readString(release, StandardCharsets.UTF_8);
        assertThat(text).contains("Declassified words.", "Released words.", "=== 09PRAGUE203 WITHDRAWN",
                "Subject: [withheld]").doesNotContain(PLANTED);

        Cli.Run verify = Cli.run("audit", "verify", "--store", store);
        assertThat(verify.exitCode()).as(verify.out()).isZero();
        assertThat(verify.out()).startsWith("audit log intact: ");
        String head = verify.out().substring(verify.out().indexOf("head ") + 5).strip();

        Cli.Run query = Cli.run("audit", "query", "--store", store, "--user", "local-admin", "--json");
        ObjectMapper json = new ObjectMapper();
        java.util.List<String> actions = new java.util.ArrayList<>();
        for (String line : query.out().split("\n")) {
            JsonNode r = json.readTree(line);
            actions.add(r.get("action").asText());
        }
        // the show above went through the gate, which records reads
        assertThat(actions).containsExactly("declassify", "declassify-queue", "declassify-review", "read", "export");
        assertThat(Cli.run("audit", "query", "--store", store, "--action", "export").out())
                .contains("\tlocal-admin\texport\tpublic\tallowed\tpublic export: 1 released");

        // tamper: edit the record of the export
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.resolve(SqliteCableStore.FILE_NAME));
             Statement s = c.createStatement()) {
            s.execute("UPDATE audit_log SET reason = 'nothing happened' WHERE action = 'export'");
        }
        Cli.Run tampered = Cli.run("audit", "verify", "--store", store, "--expect-head", head);
        assertThat(tampered.exitCode()).isEqualTo(Main.FINDINGS);
        assertThat(tampered.out()).containsPattern("seq \\d+: edited: record \\d+ was edited");
    }

    @Test
    void aPartialDeclassificationIsSeenAlikeByTheGateAndTheIndex() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path store = dir.resolve("store");
        Files.writeString(in.resolve("09PRAGUE202.txt"), cable(202, "SECRET", "E.O. 12958: DECL: OADR",
                "(C) REVIEWED", "(C) Released words.", "(S) Exempt " + PLANTED + " words."), StandardCharsets.UTF_8);
        assertThat(Cli.run("ingest", "--store", store, in).exitCode()).isZero();
        assertThat(Cli.run("users", "add", "--store", store, "cleo", "--clearance", "C").exitCode()).isZero();
        assertThat(Cli.run("users", "add", "--store", store, "rita", "--clearance", "S", "--role",
                "declassification-reviewer").exitCode()).isZero();
        assertThat(Cli.run("declassify", "--store", store, "--as-of", "2020-01-01").exitCode()).isZero();
        assertThat(Cli.run("search", "--store", store, "--as", "cleo", "released").out()).isEqualTo("0 cables\n");

        Cli.Run decide = Cli.run("declassify", "review", "decide", "09PRAGUE202", "--store", store, "--as", "rita",
                "--partial", "2", "--date", "2026-05-01");
        assertThat(decide.exitCode()).as(decide.err()).isZero();
        assertThat(Cli.run("audit", "query", "--store", store, "--action", "declassify-review").out())
                .contains("\trita\tdeclassify-review\t09PRAGUE202\tallowed\t");

        // document policy: the exempted (S) paragraph still governs the cable, so cleo (C) does not see it at all
        assertThat(Cli.run("show", "--store", store, "--as", "cleo", "09PRAGUE202").exitCode()).isEqualTo(1);
        assertThat(Cli.run("search", "--store", store, "--as", "cleo", "released").out()).isEqualTo("0 cables\n");

        // portion policy: the released paragraphs, under the banner; the exempted one withheld, in reading and search
        assertThat(Cli.run("config", "set", "policy", "portion", "--store", store).exitCode()).isZero();
        Cli.Run shown = Cli.run("show", "--store", store, "--as", "cleo", "09PRAGUE202");
        assertThat(shown.exitCode()).as(shown.err()).isZero();
        assertThat(shown.out()).startsWith("DECLASSIFIED IN PART on 2026-05-01").contains("Released words.")
                .contains("2. (S) [withheld").doesNotContain(PLANTED);
        assertThat(Cli.run("search", "--store", store, "--as", "cleo", "released").out()).contains("09PRAGUE202");
        assertThat(Cli.run("search", "--store", store, "--as", "cleo", PLANTED.toLowerCase(Locale.ROOT)).out())
                .isEqualTo("0 cables\n");
        assertThat(Cli.run("search", "--store", store, "--as", "rita", PLANTED.toLowerCase(Locale.ROOT)).out())
                .contains("09PRAGUE202");
    }
}
