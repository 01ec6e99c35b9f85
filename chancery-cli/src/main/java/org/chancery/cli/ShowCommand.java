package org.chancery.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.chancery.archive.CableNotFoundException;
import org.chancery.archive.CableReferences;
import org.chancery.archive.ResolvedReference;
import org.chancery.archive.declass.Declassified;
import org.chancery.archive.secure.ShownCable;
import org.chancery.archive.secure.ShownVersion;
import org.chancery.archive.store.StoredReference;
import org.chancery.cable.write.CanonicalWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code chancery show [--store DIR] [--as USER] ID [--format original|canonical|json] [--version N]}: one cable of
 * the archive, as the user may see it.
 */
@Command(name = "show",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
                "Prints a cable of the archive ('original': as it was ingested, byte for byte; 'canonical': the "
                        + "strict canonical form; 'json': one JSON object with the cable, its references and the "
                        + "cables citing it), then its references (resolved to the archive where the cited cable "
                        + "is in it) and the cables that cite it.",
                "--versions lists the versions of the cable; --diff A:B prints a unified diff of two versions.",
                "With --as USER: what that user may see. A cable they may not see answers exactly like a missing "
                        + "one; a cable they see in part is shown redacted, in canonical form also for 'original' "
                        + "(the original text holds what is withheld).",
                "A declassified cable is shown, its markings as written, under its declassification banner "
                        + "(in 'json': the field 'declassification', null when it has not been declassified).",
                "Exit code 0; 1 when the archive has no such cable or version; 2 on bad input."})
final class ShowCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Mixin
    private StoreOption store;

    @Mixin
    private AsOption as;

    @Option(names = "--format", paramLabel = "FORM", converter = RenderCommand.FormConverter.class,
            description = "original (default), canonical or json.")
    private RenderCommand.Form form = RenderCommand.Form.ORIGINAL;

    @Option(names = "--version", paramLabel = "N", description = "Show version N (1 is the first) instead of the current one.")
    private Integer version;

    @Option(names = "--versions", description = "List the versions of the cable.")
    private boolean listVersions;

    @Option(names = "--diff", paramLabel = "A:B", description = "Unified diff of version A and version B.")
    private String diff;

    @Parameters(paramLabel = "ID", description = "The cable's id, e.g. 09PRAGUE589.")
    private String id;

    @Override
    public Integer call() throws IOException {
        int[] ab = diff == null ? null : versionPair(diff);
        try (AsOption.Secured archive = as.openForReading(store)) {
            OutputStream out = Output.bytes(main);
            if (listVersions) {
                out.write(versions(archive.gate().versions(archive.viewer(), id)).getBytes(StandardCharsets.UTF_8));
            } else if (ab != null) {
                out.write(archive.gate().diff(archive.viewer(), id, ab[0], ab[1]).getBytes(StandardCharsets.UTF_8));
            } else {
                ShownCable cable = archive.gate().cable(archive.viewer(), id, version);
                CableReferences refs = archive.gate().references(archive.viewer(), id);
                switch (form) {
                    // the original bytes only to a viewer who sees the whole cable; else its redacted canonical form
                    case ORIGINAL -> text(out, cable.complete() ? cable.original() : canonical(cable), cable, refs);
                    case CANONICAL -> text(out, canonical(cable), cable, refs);
                    case JSON -> json(out, cable, refs);
                }
            }
            out.flush();
            return Main.OK;
        } catch (CableNotFoundException e) {
            return StoreOption.notFound(main, e);
        }
    }

    private static int[] versionPair(String spec) {
        int colon = spec.indexOf(':');
        try {
            if (colon > 0) {
                return new int[] {Integer.parseInt(spec.substring(0, colon)), Integer.parseInt(spec.substring(colon + 1))};
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadInputException("--diff takes two version numbers as A:B, e.g. 1:2, not '" + spec + "'");
    }

    private static byte[] canonical(ShownCable cable) {
        return cable.redacted().cable() == null ? new byte[0]
                : CanonicalWriter.write(cable.redacted().cable()).getBytes(StandardCharsets.UTF_8);
    }

    private static String versions(List<ShownVersion> versions) {
        StringBuilder sb = new StringBuilder();
        for (ShownVersion v : versions) {
            sb.append(v.version()).append('\t').append(v.ingestedAt()).append('\t')
                    .append(v.sha256Hex() == null ? "(in part)" : v.sha256Hex().substring(0, 12))
                    .append('\t').append(v.format()).append('\t')
                    .append(v.provenance() == null ? "" : v.provenance()).append('\n');
        }
        return sb.toString();
    }

    private void text(OutputStream out, byte[] cable, ShownCable shown, CableReferences refs) throws IOException {
        // a declassified cable is shown, markings as written, under its declassification banner
        if (shown.declassified() != null) {
            out.write((shown.declassified().banner() + "\n\n").getBytes(StandardCharsets.UTF_8));
        }
        out.write(cable);
        StringBuilder sb = new StringBuilder();
        if (cable.length > 0 && cable[cable.length - 1] != '\n') sb.append('\n');
        sb.append("\n-- ").append(shown.id()).append(", version ").append(shown.version()).append(" of ")
                .append(shown.versions());
        if (shown.provenance() != null) sb.append(", from ").append(shown.provenance());
        if (!shown.complete()) {
            sb.append(", shown in part (").append(shown.redacted().withheld().size()).append(" parts withheld)");
        }
        sb.append('\n');
        sb.append("References:");
        if (refs.references().isEmpty()) sb.append(" none");
        sb.append('\n');
        for (ResolvedReference r : refs.references()) {
            StoredReference ref = r.reference();
            sb.append("  ");
            if (ref.letter() != null) sb.append(ref.letter()).append(". ");
            if (ref.citedId() != null) {
                sb.append(ref.citedId()).append(r.present() ? "  in the archive" : "  not in the archive");
            } else {
                sb.append(ref.text()).append("  (").append(ref.kind().name().toLowerCase(java.util.Locale.ROOT))
                        .append(", not a cable id)");
            }
            sb.append('\n');
        }
        sb.append("Cited by:");
        if (refs.citedBy().isEmpty()) sb.append(" none");
        sb.append('\n');
        for (String citing : refs.citedBy()) sb.append("  ").append(citing).append('\n');
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The declassification state: null when the cable has not been declassified. */
    private static void declassification(JsonGenerator g, Declassified d) throws IOException {
        g.writeFieldName("declassification");
        if (d == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("on", d.on().toString());
        g.writeStringField("authority", d.authority());
        g.writeStringField("basis", d.basis().name());
        g.writeBooleanField("partial", d.partial());
        g.writeArrayFieldStart("exemptParagraphs");
        for (int p : d.exemptParagraphs()) g.writeNumber(p);
        g.writeEndArray();
        g.writeBooleanField("subjectExempt", d.subjectExempt());
        g.writeNumberField("versionDeclassified", d.version());
        g.writeStringField("banner", d.banner());
        g.writeEndObject();
    }

    private static void json(OutputStream out, ShownCable shown, CableReferences refs) throws IOException {
        try (JsonGenerator g = JsonFactory.builder().build().createGenerator(out)) {
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            g.writeStartObject();
            g.writeStringField("id", shown.id());
            g.writeNumberField("version", shown.version());
            g.writeNumberField("versions", shown.versions());
            g.writeBooleanField("complete", shown.complete());
            g.writeStringField("banner", shown.redacted().banner() == null ? null : shown.redacted().banner().toString());
            declassification(g, shown.declassified());
            g.writeFieldName("cable");
            CableJson.write(shown.renderable(), shown.redacted().facts(), g);
            g.writeArrayFieldStart("references");
            for (ResolvedReference r : refs.references()) {
                StoredReference ref = r.reference();
                g.writeStartObject();
                g.writeStringField("letter", ref.letter());
                g.writeStringField("kind", ref.kind().name());
                g.writeStringField("id", ref.citedId());
                g.writeStringField("text", ref.text());
                g.writeBooleanField("inArchive", r.present());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("citedBy");
            for (String citing : refs.citedBy()) g.writeString(citing);
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write('\n');
    }
}
