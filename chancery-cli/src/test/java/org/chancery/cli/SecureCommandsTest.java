package org.chancery.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Users, settings and --as through the command line: a forbidden cable answers exactly like a missing one. */
class SecureCommandsTest {

    @TempDir
    Path tmp;

    /** A fictional SECRET cable from Embassy Rome with a (S) paragraph holding {@code secret} and a (U) one. */
    static String secretCable(int mrn, String secret) {
        return "VZCZCXRO0001\nRR RUEHC\nDE RUEHRO #" + mrn + " 2751444\nZNY SSSSS ZZH\nR 021444Z OCT 09\n"
                + "FM AMEMBASSY ROME\nTO RUEHC/SECSTATE WASHDC 0001\n\n"
                + "S E C R E T ROME 000" + mrn + "\n\nSIPDIS\n\nE.O. 12958: DECL: 10/02/2019\n"
                + "TAGS: PREL IT\nSUBJECT: (U) FERRY SCHEDULES\n\n"
                + "Classified By: Ambassador Jane Roe, reasons 1.4 (b) and (d)\n\n"
                + "1. (S) " + secret + "\n\n2. (U) The embassy will follow up on timetables.\n\nROE\n";
    }

    private Path archive() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("09ROME201.txt"), secretCable(201, "Zanzibarian ferries are armed."));
        Files.writeString(in.resolve("09ROME202.txt"), ArchiveCommandsTest.cable(202, "ROME 201", "Ferries again."));
        Path store = tmp.resolve("store");
        assertThat(Cli.run("ingest", "--store", store, in).exitCode()).isZero();
        assertThat(Cli.run("users", "add", "--store", store, "carol", "--clearance", "confidential").exitCode()).isZero();
        assertThat(Cli.run("users", "add", "--store", store, "sam", "--clearance", "S", "--role", "administrator")
                .exitCode()).isZero();
        return store;
    }

    @Test
    void forbiddenAnswersLikeMissingUnderTheDocumentPolicy() throws IOException {
        Path store = archive();
        Cli.Run forbidden = Cli.run("show", "--store", store, "--as", "carol", "09ROME201");
        Cli.Run missing = Cli.run("show", "--store", store, "--as", "carol", "09ROME299");
        assertThat(forbidden.exitCode()).isEqualTo(missing.exitCode()).isEqualTo(1);
        assertThat(forbidden.err()).isEqualTo(missing.err().replace("09ROME299", "09ROME201"));
        assertThat(forbidden.out()).isEmpty();
        assertThat(Cli.run("show", "--store", store, "--as", "carol", "--version", "1", "09ROME201").err())
                .isEqualTo(Cli.run("show", "--store", store, "--as", "carol", "--version", "1", "09ROME299").err()
                        .replace("09ROME299", "09ROME201"));
        assertThat(Cli.run("thread", "--store", store, "--as", "carol", "09ROME201").err())
                .isEqualTo(forbidden.err());

        assertThat(Cli.run("search", "--store", store, "--as", "carol", "zanzibarian").out()).isEqualTo("0 cables\n");
        assertThat(Cli.run("search", "--store", store, "--as", "carol", "ferry", "--facets").out())
                .contains("1 cable").doesNotContain("09ROME201");
        assertThat(Cli.run("search", "--store", store, "--as", "sam", "zanzibarian").out()).contains("09ROME201");
        // the citing cable is there; the cited one is "not in the archive" for carol
        assertThat(Cli.run("show", "--store", store, "--as", "carol", "09ROME202").out())
                .contains("09ROME201  not in the archive");
        assertThat(Cli.run("show", "--store", store, "--as", "sam", "09ROME202").out())
                .contains("09ROME201  in the archive");
        // 09ROME202 is there (citing 09ROME201 in its own, readable references); 09ROME201 is not
        assertThat(Cli.run("export", "--store", store, "--as", "carol", "--format", "csv", "*").out().lines())
                .hasSize(2).noneMatch(l -> l.startsWith("09ROME201")).anyMatch(l -> l.startsWith("09ROME202"));
    }

    @Test
    void portionPolicyShowsReadableParagraphsOnly() throws IOException {
        Path store = archive();
        assertThat(Cli.run("config", "set", "policy", "portion", "--store", store, "--as", "carol").exitCode())
                .isEqualTo(2);
        assertThat(Cli.run("config", "set", "policy", "portion", "--store", store, "--as", "sam").exitCode()).isZero();
        assertThat(Cli.run("config", "get", "policy", "--store", store).out()).isEqualTo("portion\n");
        for (String form : new String[] {"original", "canonical", "json"}) {
            Cli.Run shown = Cli.run("show", "--store", store, "--as", "carol", "--format", form, "09ROME201");
            assertThat(shown.exitCode()).isZero();
            assertThat(shown.out()).as(form).contains("withheld").doesNotContainIgnoringCase("zanzibarian")
                    .doesNotContain("PREL").doesNotContain("Jane Roe").contains("timetables");
        }
        assertThat(Cli.run("search", "--store", store, "--as", "carol", "zanzibarian").out()).isEqualTo("0 cables\n");
        assertThat(Cli.run("search", "--store", store, "--as", "carol", "timetables").out()).contains("09ROME201");
        assertThat(Cli.run("search", "--store", store, "--as", "carol", "tag:PREL").out())
                .doesNotContain("09ROME201");
        assertThat(Cli.run("show", "--store", store, "--as", "carol", "--diff", "1:1", "09ROME201").out())
                .doesNotContainIgnoringCase("zanzibarian");
    }

    @Test
    void usersCommandsSayWhatIsWrong() throws IOException {
        Path store = archive();
        assertThat(Cli.run("users", "list", "--store", store).out()).contains("carol\t\tCONFIDENTIAL")
                .contains("sam\t\tSECRET");
        assertThat(Cli.run("users", "grant", "--store", store, "carol", "--list", "NODIS", "--member", "prague")
                .out()).contains("lists=NODIS").contains("members=PRAGUE");
        assertOneLine(Cli.run("users", "grant", "--store", store, "carol", "--list", "NODIS"),
                "chancery: user 'carol' already has access list NODIS");
        assertOneLine(Cli.run("users", "revoke", "--store", store, "carol", "--role", "auditor"),
                "chancery: user 'carol' does not have role auditor");
        assertOneLine(Cli.run("users", "grant", "--store", store, "dave", "--role", "reader"),
                "chancery: no user 'dave' in this archive (see 'chancery users list')");
        assertThat(Cli.run("users", "grant", "--store", store, "carol", "--role", "wizard").err())
                .startsWith("chancery: unknown role 'wizard' (one of reader, drafter");
        assertThat(Cli.run("users", "add", "--store", store, "carol", "--clearance", "S").err())
                .isEqualTo("chancery: user 'carol' already exists\n");
        assertThat(Cli.run("users", "add", "--store", store, "eve", "--clearance", "cosmic").err())
                .startsWith("chancery: unknown clearance 'cosmic'");
        assertThat(Cli.run("users", "grant", "--store", store, "carol", "--clearance", "secret").out())
                .contains("carol\t\tSECRET");
        assertThat(Cli.run("users", "add", "--store", store, "--as", "carol", "frank", "--clearance", "U").err())
                .isEqualTo("chancery: user 'carol' may not manage users: it needs the administrator role\n");
        assertThat(Cli.run("ingest", "--store", store, "--as", "carol", tmp.resolve("in")).err())
                .isEqualTo("chancery: user 'carol' may not ingest: it needs the administrator role\n");
        assertThat(Cli.run("reindex", "--store", store, "--as", "sam").exitCode()).isZero();
        assertThat(Cli.run("search", "--store", store, "--as", "nobody", "ferry").err())
                .isEqualTo("chancery: no user 'nobody' in this archive (see 'chancery users list')\n");
        // every change is in the store's audit log, with who made it, and so are the refusals
        assertThat(Cli.run("audit", "query", "--store", store).out())
                .contains("\tlocal-admin\tuser-add\tcarol\tallowed\t")
                .contains("\tlocal-admin\tgrant\tcarol\tallowed\taccess list NODIS")
                .contains("\tlocal-admin\tclearance\tcarol\tallowed\tCONFIDENTIAL -> SECRET")
                .contains("\tcarol\tdenied\tmanage users\tdenied\tROLE: needs administrator");
        assertThat(Cli.run("audit", "verify", "--store", store).exitCode()).isZero();
        assertThat(Files.exists(store.resolve("audit-interim.tsv"))).isFalse();
    }

    @Test
    void auditQueryAndReviewDecisionsTakeTheirRoles() throws IOException {
        Path store = archive();
        assertOneLine(Cli.run("audit", "query", "--store", store, "--as", "carol"),
                "chancery: user 'carol' may not query the audit log: it needs the auditor role");
        assertThat(Cli.run("users", "grant", "--store", store, "carol", "--role", "auditor").exitCode()).isZero();
        Cli.Run query = Cli.run("audit", "query", "--store", store, "--as", "carol", "--action", "denied");
        assertThat(query.exitCode()).isZero();
        assertThat(query.out()).contains("\tcarol\tdenied\tquery the audit log\tdenied\tROLE: needs auditor");
        assertThat(Cli.run("audit", "query", "--store", store, "--action", "audit-query").out())
                .contains("\tcarol\taudit-query\taction=denied\tallowed\t");
        // the administrator role is not the reviewer's
        assertOneLine(Cli.run("declassify", "review", "decide", "--store", store, "--as", "sam", "09ROME201",
                        "--declassify"),
                "chancery: user 'sam' may not decide declassification reviews: it needs the declassification "
                        + "reviewer role");
        assertOneLine(Cli.run("declassify", "review", "list", "--store", store, "--as", "carol"),
                "chancery: user 'carol' may not list the review queue: it needs the declassification reviewer role");
    }

    @Test
    void aDeclassifiedCableIsShownThroughTheGateUnderItsBanner() throws IOException {
        Path store = archive();
        // SECRET, DECL 10/02/2019: carol (CONFIDENTIAL) may not see it until it is declassified
        assertThat(Cli.run("show", "--store", store, "--as", "carol", "09ROME201").exitCode()).isEqualTo(1);
        assertThat(Cli.run("search", "--store", store, "--as", "carol", "zanzibarian").out()).isEqualTo("0 cables\n");
        assertThat(Cli.run("show", "--store", store, "--as", "sam", "--format", "json", "09ROME201").out())
                .contains("\"declassification\":null");
        assertThat(Cli.run("declassify", "--store", store, "--as-of", "2020-01-01").out())
                .contains("declassified 09ROME201: DECLASSIFIED on 2019-10-02");
        Cli.Run shown = Cli.run("show", "--store", store, "--as", "carol", "09ROME201");
        assertThat(shown.exitCode()).isZero();
        assertThat(shown.out()).startsWith("DECLASSIFIED on 2019-10-02 under E.O. 12958")
                .contains("S E C R E T ROME").contains("Zanzibarian ferries are armed.");
        Cli.Run json = Cli.run("show", "--store", store, "--as", "carol", "--format", "json", "09ROME201");
        assertThat(json.out()).contains("\"declassification\":{\"on\":\"2019-10-02\"")
                .contains("\"basis\":\"ON_DATE\"").contains("\"partial\":false");
        // the index sees the same labels as the gate
        assertThat(Cli.run("search", "--store", store, "--as", "carol", "zanzibarian").out()).contains("09ROME201");
        // and the reads are in the store's audit log
        assertThat(Cli.run("audit", "query", "--store", store, "--user", "carol", "--action", "read").out())
                .contains("\tcarol\tread\t09ROME201\tdenied\tLEVEL")
                .contains("\tcarol\tread\t09ROME201\tallowed\tALLOWED");
    }

    private static void assertOneLine(Cli.Run run, String message) {
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(message + "\n");
    }
}
