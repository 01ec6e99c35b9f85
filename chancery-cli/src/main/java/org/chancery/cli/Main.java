package org.chancery.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/**
 * The {@code chancery} command: reads, checks and renders cables. Exit codes: 0 ok, 1 findings (lint errors, an
 * internal error), 2 usage or bad input. Every failure is one line on stderr, never a stack trace.
 */
@Command(name = "chancery",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Reads diplomatic cables (plain text or Cablegate HTML pages), checks them and writes them out.",
        subcommands = {ParseCommand.class, LintCommand.class, RenderCommand.class, GenerateCommand.class,
                IngestCommand.class,
                ShowCommand.class,
                ThreadCommand.class,
                ReindexCommand.class,
                SearchCommand.class,
                ExportCommand.class},
        synopsisSubcommandLabel = "COMMAND")
public final class Main implements Callable<Integer> {

    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int BAD_INPUT = 2;

    @Spec
    private CommandSpec spec;

    private final OutputStream out;
    private final PrintWriter err;

    Main(OutputStream out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /** Standard output as bytes: commands that write text wrap it in one buffered UTF-8 writer. */
    OutputStream out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    @Override
    public Integer call() {
        // No command given: say how to use it, as for any other usage error.
        err.println("chancery: missing command (parse, lint or render); see 'chancery --help'");
        err.flush();
        return BAD_INPUT;
    }

    public static void main(String[] args) {
        System.exit(run(System.out, System.err, args));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(OutputStream out, OutputStream err, String... args) {
        return commandLine(out, err).execute(args);
    }

    /** The command line wired to the given streams, for {@link CommandLine#execute} (tests use this). */
    public static CommandLine commandLine(OutputStream out, OutputStream err) {
        // Help, version and messages are written in UTF-8 whatever the platform charset.
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        Main main = new Main(out, errWriter);
        CommandLine cmd = new CommandLine(main);
        cmd.setOut(outWriter);
        cmd.setErr(errWriter);
        cmd.setParameterExceptionHandler((e, args) -> {
            String command = e.getCommandLine().getCommandSpec().qualifiedName();
            errWriter.println("chancery: " + oneLine(e.getMessage()) + " (see '" + command + " --help')");
            errWriter.flush();
            return BAD_INPUT;
        });
        cmd.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof BadInputException bad) {
                errWriter.println("chancery: " + oneLine(bad.getMessage()));
            } else {
                // A bug: still one line, with what it was, so that it can be reported.
                String what = e instanceof OrderedParallel.FileFailure ? " " + e.getMessage() : ": " + e;
                errWriter.println("chancery: " + oneLine("internal error" + what));
            }
            errWriter.flush();
            return e instanceof BadInputException ? BAD_INPUT : FINDINGS;
        });
        return cmd;
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.strip().replace("\r", " ").replace('\n', ' ');
    }
}
