package org.chancery.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.chancery.archive.index.IndexedCable;
import org.chancery.archive.Archive;
import org.chancery.archive.declass.PublicExport;
import org.chancery.archive.users.UserStore;
import org.chancery.archive.index.SearchRequest;
import org.chancery.archive.query.QuerySyntaxException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.time.Clock;
import java.util.Locale;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code chancery export QUERY --format csv|jsonl [--out FILE]}: every matching cable, streamed;
 * {@code chancery export --public [--out FILE]}: the public release (see {@link PublicExport}).
 */
@Command(name = "export",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
                "Writes every cable matching the query (not a page) with its fields: id, date, origin, to, info, "
                        + "class, caveats, tags, precedence, references, subject; in date order.",
                "csv: RFC 4180 with a header line, lists joined with '; '. jsonl: one JSON object a line.",
                "With --as USER: only what that user may read (tags and references of a cable seen in part are "
                        + "left empty, as a released document withholds them).",
                "With --public (no query, no format): the releasable set, for publication. Each declassified cable "
                        + "under its declassification banner (exempted paragraphs of a partial one withheld as "
                        + "markers), each unclassified cable the public may read, and a withdrawal card (id, date, "
                        + "origin, subject only where releasable) for every other cable. Recorded in the audit log. "
                        + "With --as USER, the user needs the administrator role (the withdrawal cards name cables "
                        + "the user may not see)."})
final class ExportCommand implements Callable<Integer> {

    private static final JsonFactory JSON = JsonFactory.builder().build();
    static final List<String> COLUMNS = List.of("id", "date", "origin", "to", "info", "class", "caveats", "tags",
            "precedence", "references", "subject");

    @ParentCommand
    private Main main;

    @Mixin
    private StoreOption store;

    @Mixin
    private AsOption as;

    @Option(names = "--format", paramLabel = "FORMAT", description = "csv or jsonl.")
    private String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    private Path outFile;

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "date",
            description = "date (oldest first, default) or -date (newest first).")
    private String sort;

    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "The query ('*' for everything).")
    private List<String> query;

    @Option(names = "--public", description = "Write the public release instead (no query, no format).")
    private boolean publicRelease;

    @Override
    public Integer call() throws IOException {
        if (publicRelease) {
            if ((query != null && !query.isEmpty()) || format != null) {
                throw new BadInputException("--public takes no query and no --format");
            }
            return publicRelease();
        }
        if (query == null || query.isEmpty()) throw new BadInputException("missing the query ('*' for everything)");
        if (format == null) throw new BadInputException("missing --format (csv or jsonl)");
        if (!format.equals("csv") && !format.equals("jsonl")) {
            throw new BadInputException("--format is csv or jsonl, not '" + format + "'");
        }
        SearchRequest request = SearchRequest.of(QueryArgs.query(query)).withSort(QueryArgs.sort(sort));
        try (AsOption.Secured archive = as.openForReading(store)) {
            var gate = archive.gate();
            var viewer = archive.viewer();
            // Parse before opening the output: a bad query leaves no empty file behind.
            archive.archive().index().search(request.withPage(0, 0));
            OutputStream out = outFile == null ? Output.bytes(main)
                    : new BufferedOutputStream(Files.newOutputStream(outFile), 1 << 16);
            try {
                if (format.equals("csv")) {
                    csvLine(out, COLUMNS);
                    gate.export(viewer, request, cable -> csvLine(out, fields(cable)));
                } else {
                    try (JsonGenerator g = JSON.createGenerator(out)) {
                        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                        g.setRootValueSeparator(null); // one object a line, no space before the next
                        gate.export(viewer, request, cable -> jsonLine(g, cable));
                    }
                }
            } finally {
                if (outFile == null) out.flush();
                else out.close();
            }
        } catch (QuerySyntaxException e) {
            throw QueryArgs.badQuery(e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return Main.OK;
    }

    private int publicRelease() throws IOException {
        PublicExport.Summary summary;
        try (Archive archive = DeclassifyCommand.open(store)) {
            String actor;
            try (UserStore users = UserStore.open(store.dir(), archive.audit())) {
                actor = as.administrator(users, archive.audit(), "write the public release");
            }
            OutputStream bytes = outFile == null ? Output.bytes(main)
                    : new BufferedOutputStream(Files.newOutputStream(outFile), 1 << 16);
            Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
            try {
                summary = PublicExport.write(archive, out, actor, Clock.systemUTC());
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } finally {
                if (outFile == null) out.flush();
                else out.close();
            }
        }
        main.err().println(String.format(Locale.ROOT, "public export: %d released, %d released in part, %d withdrawn",
                summary.released(), summary.releasedInPart(), summary.withdrawn()));
        main.err().flush();
        return Main.OK;
    }

    static List<String> fields(IndexedCable c) {
        return List.of(c.id(), c.dtg() == null ? "" : c.dtg().toString(), orEmpty(c.origin()), String.join("; ", c.to()),
                String.join("; ", c.info()), orEmpty(c.classification()), String.join("; ", c.caveats()),
                String.join("; ", c.tags()), orEmpty(c.precedence()), String.join("; ", c.references()),
                orEmpty(c.subject()));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static void csvLine(OutputStream out, List<String> values) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) b.append(',');
            String v = values.get(i);
            if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                b.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                b.append(v);
            }
        }
        b.append("\r\n");
        try {
            out.write(b.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void jsonLine(JsonGenerator g, IndexedCable c) {
        try {
            g.writeStartObject();
            g.writeStringField("id", c.id());
            g.writeStringField("dtg", c.dtg() == null ? null : c.dtg().toString());
            g.writeStringField("origin", c.origin());
            array(g, "to", c.to());
            array(g, "info", c.info());
            g.writeStringField("class", c.classification());
            array(g, "caveats", c.caveats());
            array(g, "tags", c.tags());
            g.writeStringField("precedence", c.precedence());
            array(g, "references", c.references());
            g.writeStringField("subject", c.subject());
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void array(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) g.writeString(v);
        g.writeEndArray();
    }
}
