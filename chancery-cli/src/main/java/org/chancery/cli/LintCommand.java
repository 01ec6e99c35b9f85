package org.chancery.cli;

import org.chancery.cable.Cables;
import org.chancery.cable.Diagnostic;
import org.chancery.cable.lint.LintSummary;
import org.chancery.cable.lint.Linter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code chancery lint FILE|DIR... [--summary]}: checks cables against the format's rules. */
@Command(name = "lint",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
                "Checks cables against the rules of the format and prints each finding as "
                        + "'path:line:col: severity [rule] message' (line and column in the cable text; 0:0 when "
                        + "the finding concerns the whole cable).",
                "Exit code 1 when any finding is an error, 2 when an input cannot be read, else 0."})
final class LintCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Option(names = "--summary", description = "Print a table of findings per rule (by severity, and in how many "
            + "cables) instead of the findings.")
    private boolean summary;

    @Option(names = "--draft", description = "Lint as a draft about to be sent: the BT/NNNN trailer and lines of at "
            + "most 69 characters are required (a cable read from an archive has lost the one and the publisher "
            + "joined the other).")
    private boolean draft;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Cable files or folders of cables.")
    private List<Path> inputs;

    @Override
    public Integer call() throws IOException {
        List<Path> files = Inputs.collect(inputs);
        Writer out = Output.text(main);
        List<List<Diagnostic>> perCable = new ArrayList<>(files.size());
        try {
            OrderedParallel.run(files, file -> draft ? Linter.lintDraft(Cables.read(file)) : Linter.lint(Cables.read(file)),
                    (file, findings) -> {
                        perCable.add(findings);
                        if (!summary) {
                            for (Diagnostic d : findings) out.write(line(file, d));
                        }
                    });
            LintSummary counts = LintSummary.of(perCable.stream());
            if (summary) out.write(counts.toString());
            return counts.cablesWithErrors() > 0 ? Main.FINDINGS : Main.OK;
        } finally {
            out.flush();
        }
    }

    static String line(Path file, Diagnostic d) {
        return file + ":" + d.line() + ":" + d.column() + ": " + d.severity().label() + " [" + d.rule() + "] "
                + d.message() + "\n";
    }
}
