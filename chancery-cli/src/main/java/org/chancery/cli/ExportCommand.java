package org.chancery.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.chancery.archive.index.IndexedCable;
import org.chancery.archive.Archive;
import org.chancery.archive.index.SearchIndex;
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
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code chancery export QUERY --format csv|jsonl [--out FILE]}: every matching cable, streamed. */
@Command(name = "export",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
                "Writes every cable matching the query (not a page) with its fields: id, date, origin, to, info, "
                        + "class, caveats, tags, precedence, references, subject; in date order.",
                "csv: RFC 4180 with a header line, lists joined with '; '. jsonl: one JSON object a line."})
final class ExportCommand implements Callable<Integer> {

    private static final JsonFactory JSON = JsonFactory.builder().build();
    static final List<String> COLUMNS = List.of("id", "date", "origin", "to", "info", "class", "caveats", "tags",
            "precedence", "references", "subject");

    @ParentCommand
    private Main main;

    @Mixin
    private StoreOption store;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "csv or jsonl.")
    private String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    private Path outFile;

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "date",
            description = "date (oldest first, default) or -date (newest first).")
    private String sort;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "The query ('*' for everything).")
    private List<String> query;

    @Override
    public Integer call() throws IOException {
        if (!format.equals("csv") && !format.equals("jsonl")) {
            throw new BadInputException("--format is csv or jsonl, not '" + format + "'");
        }
        SearchRequest request = SearchRequest.of(QueryArgs.query(query)).withSort(QueryArgs.sort(sort));
        try (Archive archive = store.openForReading()) {
            SearchIndex index = archive.index();
            // Parse before opening the output: a bad query leaves no empty file behind.
            index.search(request.withPage(0, 0));
            OutputStream out = outFile == null ? Output.bytes(main)
                    : new BufferedOutputStream(Files.newOutputStream(outFile), 1 << 16);
            try {
                if (format.equals("csv")) {
                    csvLine(out, COLUMNS);
                    index.export(request, cable -> csvLine(out, fields(cable)));
                } else {
                    try (JsonGenerator g = JSON.createGenerator(out)) {
                        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                        g.setRootValueSeparator(null); // one object a line, no space before the next
                        index.export(request, cable -> jsonLine(g, cable));
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
