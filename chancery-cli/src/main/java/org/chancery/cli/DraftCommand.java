package org.chancery.cli;

import org.chancery.cable.Diagnostic;
import org.chancery.cable.Severity;
import org.chancery.switching.Transmission;
import org.chancery.switching.draft.Clearance;
import org.chancery.switching.draft.Draft;
import org.chancery.switching.draft.DraftContent;
import org.chancery.switching.draft.WorkflowException;
import org.chancery.switching.release.DraftWorkflow;
import org.chancery.switching.release.Release;
import org.chancery.switching.SwitchSystem;
import org.chancery.switching.routing.NonDeliveryReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code chancery draft new|show|edit|lint|submit|clear|return|release}: the drafting workflow on the switch's
 * store. Exit codes: 0 done, 1 refused (the reason on stderr) or lint errors, 2 bad input.
 */
@Command(name = "draft",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Drafts cables and takes them through clearance to release.",
        subcommands = {DraftCommand.New.class, DraftCommand.Show.class, DraftCommand.Edit.class,
                DraftCommand.Lint.class, DraftCommand.Submit.class, DraftCommand.Clear.class,
                DraftCommand.Return.class, DraftCommand.ReleaseDraft.class},
        synopsisSubcommandLabel = "COMMAND")
final class DraftCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Override
    public Integer call() {
        main.err().println("chancery: missing draft command (new, show, edit, lint, submit, clear, return, release);"
                + " see 'chancery draft --help'");
        main.err().flush();
        return Main.BAD_INPUT;
    }

    /** What every subcommand shares: the options, the acting user, the store, printing. */
    abstract static class Step implements Callable<Integer> {

        @ParentCommand
        DraftCommand parent;

        @Mixin
        SwitchOptions options;

        @Option(names = "--as", paramLabel = "USER", description = "The acting user (a user of the store;"
                + " of the network file while the store has none).")
        String user;

        abstract Integer run(DraftWorkflow flow, PrintWriter out);

        /** Whether the step releases, and so starts the switch to deliver it. */
        boolean releases() {
            return false;
        }

        @Override
        public Integer call() {
            return execute(parent.main, options, out -> {
                try (SwitchSystem system = options.open()) {
                    if (!releases()) return run(system.workflow(), out);
                    return releasing(system, out, () -> run(system.workflow(), out));
                }
            });
        }
    }

    /**
     * Runs a release with the switch started (when no other process forwards from this store): what earlier
     * releases left undone is handed over first, and what is released is delivered before the command ends.
     */
    static Integer releasing(SwitchSystem system, PrintWriter out, java.util.function.Supplier<Integer> release) {
        boolean forwarding = system.start();
        Integer rc = release.get();
        if (!forwarding) {
            out.println("queued: the switch running on this store delivers it");
            return rc;
        }
        try {
            out.println(system.awaitDelivery(DELIVERY_WAIT) ? "delivered"
                    : "still queued after " + DELIVERY_WAIT.toSeconds() + " s: 'chancery queue' shows it; the switch"
                    + " delivers it when it next runs");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return rc;
    }

    /** How long a releasing command waits for its transmissions to be filed in the inboxes. */
    static final Duration DELIVERY_WAIT = Duration.ofSeconds(60);

    interface Body {
        Integer run(PrintWriter out);
    }

    /** Runs a step: a refusal is one line on stderr and exit code 1. */
    static Integer execute(Main main, SwitchOptions options, Body body) {
        PrintWriter out = new PrintWriter(Output.text(main));
        try {
            return body.run(out);
        } catch (WorkflowException e) {
            out.flush();
            main.err().println("chancery: refused: " + e.getMessage());
            main.err().flush();
            return Main.FINDINGS;
        } finally {
            out.flush();
        }
    }

    @Command(name = "new", mixinStandardHelpOptions = true, description = "Saves a new draft from a draft file"
            + " (JSON); prints its id and lint findings.")
    static final class New extends Step {
        @Option(names = "--from", paramLabel = "FILE", required = true, description = "The draft file.")
        Path from;

        @Override
        Integer run(DraftWorkflow flow, PrintWriter out) {
            DraftContent c = DraftFiles.read(from);
            String actor = user != null ? user : c.drafter();
            return summary(flow.create(c, actor), out);
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Prints a draft: its state, clearances"
            + " and findings, then its content as a draft file (--json) or nothing more.")
    static final class Show extends Step {
        @Parameters(paramLabel = "ID") long id;

        @Option(names = "--json", description = "Print the content as a draft file.")
        boolean json;

        @Override
        Integer run(DraftWorkflow flow, PrintWriter out) {
            Draft d = flow.draft(id).orElseThrow(() -> new BadInputException("no draft " + id));
            if (json) {
                out.print(DraftFiles.write(d.content()));
                return Main.OK;
            }
            return summary(d, out);
        }
    }

    @Command(name = "edit", mixinStandardHelpOptions = true, description = "Changes a draft in DRAFT state: a whole"
            + " new content (--from FILE) or fields (--set field=value, repeatable); lint runs again.")
    static final class Edit extends Step {
        @Parameters(paramLabel = "ID") long id;

        @Option(names = "--from", paramLabel = "FILE", description = "A draft file replacing the content.")
        Path from;

        @Option(names = "--set", paramLabel = "FIELD=VALUE", description = "A field to set: a string, or JSON"
                + " (a list such as [\"PREL\",\"EZ\"]); a plain string sets a list field to that one item.")
        List<String> set = List.of();

        @Override
        Integer run(DraftWorkflow flow, PrintWriter out) {
            Draft d = flow.draft(id).orElseThrow(() -> new BadInputException("no draft " + id));
            if (from == null && set.isEmpty()) throw new BadInputException("give --from FILE or --set field=value");
            DraftContent c = from != null ? DraftFiles.read(from) : d.content();
            c = DraftFiles.set(c, set);
            return summary(flow.edit(id, c, user != null ? user : d.content().drafter()), out);
        }
    }

    @Command(name = "lint", mixinStandardHelpOptions = true, description = "Lints a draft again (against the"
            + " current network) and prints the findings; exit code 1 when any is an error.")
    static final class Lint extends Step {
        @Parameters(paramLabel = "ID") long id;

        @Override
        Integer run(DraftWorkflow flow, PrintWriter out) {
            List<Diagnostic> findings = flow.lint(id);
            for (Diagnostic f : findings) out.println("draft " + id + ":" + f);
            return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR) ? Main.FINDINGS : Main.OK;
        }
    }

    @Command(name = "submit", mixinStandardHelpOptions = true, description = "Submits a draft for clearance (its"
            + " drafter); refused while lint finds errors.")
    static final class Submit extends Step {
        @Parameters(paramLabel = "ID") long id;

        @Override
        Integer run(DraftWorkflow flow, PrintWriter out) {
            return summary(flow.submit(id, requireUser(user)), out);
        }
    }

    @Command(name = "clear", mixinStandardHelpOptions = true, description = "Clears a submitted draft (a required"
            + " clearer).")
    static final class Clear extends Step {
        @Parameters(paramLabel = "ID") long id;

        @Option(names = "--comment", paramLabel = "TEXT") String comment;

        @Override
        Integer run(DraftWorkflow flow, PrintWriter out) {
            return summary(flow.clear(id, requireUser(user), comment), out);
        }
    }

    @Command(name = "return", mixinStandardHelpOptions = true, description = "Returns a draft to its drafter with"
            + " a comment (a required clearer, or a releasing officer once it is cleared).")
    static final class Return extends Step {
        @Parameters(paramLabel = "ID") long id;

        @Option(names = "--comment", paramLabel = "TEXT", required = true) String comment;

        @Override
        Integer run(DraftWorkflow flow, PrintWriter out) {
            return summary(flow.returnToDrafter(id, requireUser(user), comment), out);
        }
    }

    @Command(name = "release", mixinStandardHelpOptions = true, description = "Releases a cleared draft (a"
            + " releasing officer): numbers it, writes it, routes it; prints the cable id, transmissions and"
            + " non-delivery reports, and the text with --text.")
    static final class ReleaseDraft extends Step {
        @Parameters(paramLabel = "ID") long id;

        @Option(names = "--text", description = "Print the released cable's text.")
        boolean text;

        @Override
        boolean releases() {
            return true;
        }

        @Override
        Integer run(DraftWorkflow flow, PrintWriter out) {
            return released(flow.release(id, requireUser(user)), text, out);
        }
    }

    static String requireUser(String user) {
        if (user == null || user.isBlank()) throw new BadInputException("give the acting user with --as USER");
        return user;
    }

    static Integer summary(Draft d, PrintWriter out) {
        long errors = d.errors().size();
        out.println("draft " + d.id() + " " + d.state() + " revision " + d.revision() + " by " + d.content().drafter()
                + (d.cableId() != null ? " released as " + d.cableId() : "")
                + "; " + errors + " error(s), " + (d.findings().size() - errors) + " other finding(s)");
        if (!d.content().clearers().isEmpty() && d.cableId() == null) {
            out.println("  awaiting clearance: " + (d.awaitingClearance().isEmpty() ? "none"
                    : String.join(", ", d.awaitingClearance())));
        }
        for (Clearance c : d.clearances()) {
            out.println("  " + (c.cleared() ? "cleared" : "returned") + " by " + c.clearer() + " (revision "
                    + c.revision() + ", " + c.at() + ")" + (c.comment() != null ? ": " + c.comment() : ""));
        }
        for (Diagnostic f : d.findings()) out.println("  " + f);
        return Main.OK;
    }

    static Integer released(Release r, boolean text, PrintWriter out) {
        out.println("released " + r.cableId() + " MRN " + String.format(java.util.Locale.ROOT, "%06d", r.mrn())
                + " SSN " + r.ssn() + " at " + r.dtg() + " by " + r.releasedBy());
        for (Transmission t : r.transmissions()) {
            out.println("  transmission " + t.transmissionId() + " section " + t.section() + " to " + t.destination()
                    + " " + t.precedence().word() + ": " + String.join(" ", t.addressees().stream()
                    .map(a -> a.mcn() != null ? a.ri() + "(" + a.mcn() + ")" : a.ri()).toList()));
        }
        for (NonDeliveryReport n : r.reports()) out.println("  non-delivery " + n.addressee() + ": " + n.reason());
        if (text) out.print(r.text());
        return Main.OK;
    }
}
