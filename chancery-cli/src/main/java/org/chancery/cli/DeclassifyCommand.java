package org.chancery.cli;

import org.chancery.archive.Archive;
import org.chancery.archive.declass.DeclassificationSummary;
import org.chancery.archive.declass.Declassified;
import org.chancery.archive.declass.Declassifier;
import org.chancery.archive.declass.ReviewDecision;
import org.chancery.archive.declass.ReviewItem;
import org.chancery.archive.secure.Viewer;
import org.chancery.archive.users.UserStore;
import org.chancery.security.Role;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code chancery declassify [--as-of DATE]} declassifies what is due; {@code chancery declassify review list|decide}
 * is the review queue. Acts as the local administrator of an embedded store (with principals, {@code decide}
 * requires the DECLASSIFICATION_REVIEWER role).
 */
@Command(name = "declassify",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
                "Declassifies the cables that are due: on the date of their E.O. line, 25 years after their DTG when "
                        + "they have no date, on the date a reviewer extended them to. Cables whose instruction is an "
                        + "event, OADR or unreadable, and exemptions (25X…) after 25 years, go to the review queue.",
                "A declassified cable keeps its markings as written and is read at UNCLASSIFIED (a partial one: "
                        + "all but its exempted paragraphs). Every declassification is recorded in the audit log.",
                "Shows a progress bar on a terminal (a line every few seconds otherwise) while it declassifies; "
                        + "running it again for the same day changes nothing."},
        subcommands = {DeclassifyCommand.Review.class})
final class DeclassifyCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Mixin
    StoreOption store;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Declassify what is due on DATE (default: today, UTC).")
    private String asOf;

    @Override
    public Integer call() throws IOException {
        LocalDate day = asOf == null ? today() : AuditCommand.date("--as-of", asOf);
        DeclassificationSummary s;
        try (Archive archive = open(store);
             ProgressReport progress = ProgressReport.of("declassify", main.err())) {
            s = new Declassifier(archive, Viewer.LOCAL_ADMINISTRATOR.id()).run(day, progress);
        }
        Writer out = Output.text(main);
        for (Declassified d : s.declassified()) {
            out.write("declassified " + d.cableId() + ": " + d.banner() + "\n");
        }
        for (ReviewItem q : s.queued()) {
            out.write("to review " + q.cableId() + ": " + q.rule() + ", " + q.instruction()
                    + (q.note() == null ? "" : " (" + q.note() + ")") + "\n");
        }
        out.write(String.format(Locale.ROOT, "as of %s: %d declassified, %d sent to review, %d awaiting review "
                + "(%d cable versions read)%n", s.asOf(), s.declassified().size(), s.queued().size(), s.pending(),
                s.scheduled()));
        out.flush();
        return Main.OK;
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    static Archive open(StoreOption store) {
        if (!Archive.exists(store.dir())) {
            throw new BadInputException("no archive in '" + store.dir() + "' (ingest cables first, or give --store)");
        }
        return Archive.open(store.dir());
    }

    /**
     * Who reviews: the local administrator, or the user of {@code --as}, who must hold the declassification
     * reviewer role (a refusal is recorded in the audit log).
     */
    static String reviewer(AsOption as, Archive archive, StoreOption store, String what) {
        try (UserStore users = UserStore.open(store.dir(), archive.audit())) {
            return as.actor(users, archive.audit(), Role.DECLASSIFICATION_REVIEWER, what);
        }
    }

    @Command(name = "review",
            mixinStandardHelpOptions = true,
            versionProvider = Version.class,
            description = "The review queue: cables a declassification reviewer decides.",
            subcommands = {ReviewList.class, Decide.class},
            synopsisSubcommandLabel = "COMMAND")
    static final class Review implements Callable<Integer> {

        @ParentCommand
        DeclassifyCommand parent;

        @Override
        public Integer call() {
            throw new BadInputException("missing review command (list or decide); see 'chancery declassify review --help'");
        }
    }

    @Command(name = "list",
            mixinStandardHelpOptions = true,
            versionProvider = Version.class,
            description = "Lists the review queue (with --as USER: the user needs the declassification reviewer "
                    + "role), oldest cables (by 25-year date) first: id, rule, state, 25-year "
                    + "date, extended-to date, instruction, the version under review, and a note for a new version "
                    + "of a cable a reviewer judged (tab-separated).")
    static final class ReviewList implements Callable<Integer> {

        @ParentCommand
        private Review review;

        @Mixin
        private StoreOption store;

        @Mixin
        private AsOption as;

        @Option(names = "--all", description = "Include the items already declassified.")
        private boolean all;

        @Override
        public Integer call() throws IOException {
            java.util.List<ReviewItem> items;
            try (Archive archive = open(store)) {
                String reviewer = reviewer(as, archive, store, "list the review queue");
                items = new Declassifier(archive, reviewer).queue(all);
            }
            Writer out = Output.text(review.parent.main);
            for (ReviewItem i : items) {
                out.write(i.cableId() + "\t" + i.rule() + "\t" + i.state() + "\t" + orDash(i.twentyFive()) + "\t"
                        + orDash(i.extendedTo()) + "\t" + i.instruction() + "\t" + i.version() + "\t"
                        + orDash(i.note()) + "\n");
            }
            out.flush();
            return Main.OK;
        }

        private static String orDash(Object o) {
            return o == null ? "-" : o.toString();
        }
    }

    @Command(name = "decide",
            mixinStandardHelpOptions = true,
            versionProvider = Version.class,
            description = {"Decides a cable of the review queue: declassify it, declassify it in part (the paragraphs "
                    + "named, and 'subject', stay at their marks and are withheld), or extend its classification to a "
                    + "new date with a reason. Recorded in the audit log. With --as USER, the user needs the "
                    + "declassification reviewer role."})
    static final class Decide implements Callable<Integer> {

        @ParentCommand
        private Review review;

        @Mixin
        private StoreOption store;

        @Mixin
        private AsOption as;

        @Parameters(paramLabel = "ID", description = "The cable id.")
        private String id;

        @ArgGroup(exclusive = true, multiplicity = "1")
        private Choice choice;

        static final class Choice {
            @Option(names = "--declassify", description = "Declassify the whole cable.")
            boolean declassify;

            @Option(names = "--partial", paramLabel = "LIST", split = ",",
                    description = "Declassify all but these paragraph numbers (and 'subject'), e.g. 2,3.")
            java.util.List<String> partial;

            @Option(names = "--extend", paramLabel = "DATE", description = "Keep it classified until DATE (needs --reason).")
            String extend;
        }

        @Option(names = "--judged-version", paramLabel = "N", description = "The version the decision is about (the "
                + "one read): refused when another version is under review (a correction arrived).")
        private Integer judgedVersion;

        @Option(names = "--reason", paramLabel = "TEXT", description = "Why the classification is extended.")
        private String reason;

        @Option(names = "--date", paramLabel = "DATE", description = "The date of the decision (default: today, UTC).")
        private String date;

        @Override
        public Integer call() throws IOException {
            LocalDate today = date == null ? today() : AuditCommand.date("--date", date);
            ReviewDecision decision = decision();
            Optional<Declassified> result;
            try (Archive archive = open(store)) {
                String reviewer = reviewer(as, archive, store, "decide declassification reviews");
                result = new Declassifier(archive, reviewer).decide(id, judgedVersion, decision, today);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage());
            }
            Writer out = Output.text(review.parent.main);
            out.write(result.map(d -> "declassified " + id + ": " + d.banner())
                    .orElse("extended " + id + " to " + choice.extend + ": " + reason) + "\n");
            out.flush();
            return Main.OK;
        }

        private ReviewDecision decision() {
            if (choice.declassify) return new ReviewDecision.Declassify();
            if (choice.partial != null) {
                Set<Integer> paragraphs = new LinkedHashSet<>();
                boolean subject = false;
                for (String p : choice.partial) {
                    String t = p.strip();
                    if (t.equalsIgnoreCase("subject")) {
                        subject = true;
                        continue;
                    }
                    try {
                        paragraphs.add(Integer.parseInt(t));
                    } catch (NumberFormatException e) {
                        throw new BadInputException("--partial takes paragraph numbers and 'subject', not '" + t + "'");
                    }
                }
                return new ReviewDecision.Partial(paragraphs, subject);
            }
            if (reason == null || reason.isBlank()) throw new BadInputException("--extend needs --reason");
            return new ReviewDecision.Extend(AuditCommand.date("--extend", choice.extend), reason);
        }
    }
}
