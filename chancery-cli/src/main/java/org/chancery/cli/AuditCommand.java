package org.chancery.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.chancery.archive.audit.AuditFinding;
import org.chancery.archive.audit.AuditQuery;
import org.chancery.archive.audit.AuditRecord;
import org.chancery.archive.audit.AuditVerification;
import org.chancery.archive.audit.SqliteAuditLog;
import org.chancery.security.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code chancery audit verify|query}: checks the audit log's hash chain and selects records from it. For the
 * local administrator of an embedded store; {@code query --as USER} needs the AUDITOR role.
 */
@Command(name = "audit",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "The audit log: every read, search, export, release, declassification and permission change.",
        subcommands = {AuditCommand.Verify.class, AuditCommand.Query.class},
        synopsisSubcommandLabel = "COMMAND")
final class AuditCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Override
    public Integer call() {
        throw new BadInputException("missing audit command (verify or query); see 'chancery audit --help'");
    }


    @Command(name = "verify",
            mixinStandardHelpOptions = true,
            versionProvider = Version.class,
            description = {
                    "Walks the hash chain of the audit log and reports every edited, removed, reordered or truncated "
                            + "record by seq. Prints the head (SEQ:HASH): record it elsewhere and pass it to a later "
                            + "verify with --expect-head to detect a rewrite of the whole log.",
                    "Exit code 0 when the log is intact, 1 when something is wrong, 2 when there is no archive."})
    static final class Verify implements Callable<Integer> {

        @ParentCommand
        private AuditCommand parent;

        @Mixin
        private StoreOption store;

        @Option(names = "--expect-head", paramLabel = "SEQ:HASH",
                description = "A head printed by an earlier verify: the log must still hold it.")
        private String expectHead;

        @Override
        public Integer call() throws IOException {
            SqliteAuditLog.Head expected;
            try {
                expected = expectHead == null ? null : SqliteAuditLog.Head.parse(expectHead);
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--expect-head: " + e.getMessage());
            }
            AuditVerification v;
            try (StoreRecords records = StoreRecords.openExisting(store)) {
                v = records.audit().verify(expected);
            }
            Writer out = Output.text(parent.main);
            for (AuditFinding f : v.findings()) {
                out.write("seq " + f.seq() + ": " + f.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": "
                        + f.message() + "\n");
            }
            out.write(String.format(Locale.ROOT, "%s: %d records, head %d:%s%n",
                    v.intact() ? "audit log intact" : v.findings().size() + " problem(s) in the audit log",
                    v.records(), v.headSeq(), v.headHash()));
            out.flush();
            return v.intact() ? Main.OK : Main.FINDINGS;
        }
    }

    @Command(name = "query",
            mixinStandardHelpOptions = true,
            versionProvider = Version.class,
            description = {
                    "Lists audit records, oldest first: seq, time (UTC), user, action, target, allowed|denied, reason "
                            + "(tab-separated), or one JSON object a line with --json.",
                    "The query is itself recorded in the log (action audit-query). With --as USER, the user "
                            + "needs the auditor role."})
    static final class Query implements Callable<Integer> {

        private static final JsonFactory JSON = JsonFactory.builder().build();

        @ParentCommand
        private AuditCommand parent;

        @Mixin
        private StoreOption store;

        @Mixin
        private AsOption as;

        @Option(names = "--user", paramLabel = "USER", description = "Only this user's records.")
        private String user;

        @Option(names = "--since", paramLabel = "DATE", description = "From this day (UTC, YYYY-MM-DD), included.")
        private String since;

        @Option(names = "--until", paramLabel = "DATE", description = "Up to this day (UTC, YYYY-MM-DD), included.")
        private String until;

        @Option(names = "--action", paramLabel = "ACTION", description = "Only this action (read, search, export, …).")
        private String action;

        @Option(names = "--target", paramLabel = "TARGET", description = "Only this target (a cable id, a user…).")
        private String target;

        @Option(names = "--json", description = "One JSON object a line.")
        private boolean json;

        @Override
        public Integer call() throws IOException {
            AuditQuery q = new AuditQuery(user, date("--since", since), date("--until", until), action, target);
            List<AuditRecord> records;
            try (StoreRecords opened = StoreRecords.openExisting(store)) {
                SqliteAuditLog log = opened.audit();
                String auditor = as.actor(opened.users(), log, Role.AUDITOR, "query the audit log");
                records = log.queryRecorded(q, auditor, Instant.now());
            }
            if (json) {
                OutputStream out = Output.bytes(parent.main);
                try (JsonGenerator g = JSON.createGenerator(out)) {
                    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                    g.setRootValueSeparator(null);
                    for (AuditRecord r : records) {
                        g.writeStartObject();
                        g.writeNumberField("seq", r.seq());
                        g.writeStringField("at", r.at());
                        g.writeStringField("user", r.user());
                        g.writeStringField("action", r.action());
                        g.writeStringField("target", r.target());
                        g.writeBooleanField("allowed", r.allowed());
                        g.writeStringField("reason", r.reason());
                        g.writeStringField("prevHash", r.prevHash());
                        g.writeStringField("hash", r.hash());
                        g.writeEndObject();
                        g.writeRaw('\n');
                    }
                }
                out.flush();
            } else {
                Writer out = Output.text(parent.main);
                for (AuditRecord r : records) {
                    out.write(r.seq() + "\t" + r.at() + "\t" + r.user() + "\t" + r.action() + "\t" + oneLine(r.target())
                            + "\t" + (r.allowed() ? "allowed" : "denied") + "\t" + oneLine(r.reason()) + "\n");
                }
                out.flush();
            }
            return Main.OK;
        }

        private static String oneLine(String s) {
            return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
        }
    }

    static LocalDate date(String option, String value) {
        if (value == null) return null;
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadInputException(option + " takes a date YYYY-MM-DD, not '" + value + "'");
        }
    }
}
