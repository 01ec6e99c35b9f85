package org.chancery.cli;

import org.chancery.cable.Cables;
import org.chancery.cable.ParsedCable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code chancery parse [--json] FILE|DIR...}: reads cables and prints what they say. */
@Command(name = "parse",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
                "Reads cables (plain text or Cablegate HTML pages; folders are searched recursively for .txt, .html "
                        + "and .htm files) and prints a short summary of each, or with --json one JSON object per "
                        + "cable per line (JSON Lines; schema in docs/json.md).",
                "Cables come out in the order of the arguments, folders sorted by path. Exit code 0, or 2 when an "
                        + "input cannot be read."})
final class ParseCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Option(names = "--json", description = "One JSON object per cable per line (JSON Lines).")
    private boolean json;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Cable files or folders of cables.")
    private List<Path> inputs;

    @Override
    public Integer call() throws IOException {
        List<Path> files = Inputs.collect(inputs);
        // The workers hand over finished UTF-8 bytes: the one writing thread only copies them out.
        OutputStream out = Output.bytes(main);
        try {
            OrderedParallel.run(files, file -> format(file, Cables.read(file)), (file, bytes) -> out.write(bytes));
        } finally {
            out.flush();
        }
        return Main.OK;
    }

    private byte[] format(Path file, ParsedCable parsed) {
        return json ? CableJson.lineBytes(parsed) : CableSummary.of(file, parsed).getBytes(StandardCharsets.UTF_8);
    }
}
