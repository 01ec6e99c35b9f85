package org.chancery.cli;

import org.chancery.cable.CableFacts;
import org.chancery.cable.Cables;
import org.chancery.cable.ParsedCable;
import org.chancery.cable.write.CanonicalWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code chancery render --as original|canonical|json FILE... [--out DIR]}: writes cables out again. */
@Command(name = "render",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
                "Writes cables out again: 'original' gives the input back byte for byte, 'canonical' the cable in "
                        + "the strict canonical form, 'json' the JSON form of 'parse --json'.",
                "To standard output one after the other, or with --out one file per cable into DIR named after "
                        + "the cable's id (ID.txt, ID.json; an original HTML page keeps its extension; a second "
                        + "cable with the same id gets ID-2, ID-3…).",
                "Exit code 0, or 2 when an input cannot be read."})
final class RenderCommand implements Callable<Integer> {

    enum Form {
        ORIGINAL, CANONICAL, JSON
    }

    /** Accepts original, canonical, json in any case, without consulting the default locale. */
    static final class FormConverter implements ITypeConverter<Form> {
        @Override
        public Form convert(String value) {
            try {
                return Form.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(
                        "'" + value + "' is not a form: use original, canonical or json");
            }
        }
    }

    /** A cable written out: the id and extension its file is named by (with --out), and the bytes. */
    private record Rendered(String id, String extension, byte[] bytes) {
    }

    @ParentCommand
    private Main main;

    @Option(names = "--as", required = true, paramLabel = "FORM", converter = FormConverter.class,
            description = "original, canonical or json.")
    private Form form;

    @Option(names = "--out", paramLabel = "DIR", description = "Write one file per cable into DIR (created when missing).")
    private Path outDir;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Cable files (or folders of cables).")
    private List<Path> inputs;

    @Override
    public Integer call() throws IOException {
        List<Path> files = Inputs.collect(inputs);
        if (outDir != null) prepare(outDir);
        OutputStream out = outDir == null ? Output.bytes(main) : null;
        Set<String> taken = new HashSet<>();
        try {
            OrderedParallel.run(files, file -> render(file, Cables.read(file)), (file, r) -> {
                if (out != null) out.write(r.bytes());
                else Files.write(outDir.resolve(freeName(taken, r.id(), r.extension())), r.bytes());
            });
        } finally {
            if (out != null) out.flush();
        }
        return Main.OK;
    }

    private Rendered render(Path file, ParsedCable parsed) {
        String id = outDir == null ? null : CableFacts.of(parsed).id(); // only files are named by it
        if (outDir != null && (id == null || id.isEmpty())) id = parsed.name();
        return switch (form) {
            case ORIGINAL -> new Rendered(id, extensionOf(file), parsed.source().toBytes());
            case JSON -> new Rendered(id, ".json", (CableJson.line(parsed) + "\n").getBytes(StandardCharsets.UTF_8));
            case CANONICAL -> new Rendered(id, ".txt", CanonicalWriter.write(parsed.cable()).getBytes(StandardCharsets.UTF_8));
        };
    }

    private static void prepare(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new BadInputException("cannot write to '" + dir + "': "
                    + (Files.exists(dir) ? "not a folder" : Inputs.cannotRead(dir, e).replaceFirst("^cannot read '[^']*': ", "")));
        }
    }

    /** {@code ID.ext}, or {@code ID-2.ext}, {@code ID-3.ext}… when sections of one cable share the id. */
    private static String freeName(Set<String> taken, String id, String extension) {
        String safe = id.replaceAll("[^A-Za-z0-9._-]", "_");
        String name = safe + extension;
        for (int n = 2; !taken.add(name); n++) name = safe + "-" + n + extension;
        return name;
    }

    private static String extensionOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") ? ".html" : name.endsWith(".htm") ? ".htm" : ".txt";
    }
}
