package org.chancery.cli;

import org.chancery.archive.Archive;
import org.chancery.archive.ingest.IngestOptions;
import org.chancery.archive.ingest.IngestSummary;
import org.chancery.archive.ingest.Rejection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** {@code chancery ingest [--store DIR] FILE|DIR...}: stores cables in the archive and indexes them. */
@Command(name = "ingest",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
                "Stores cables in the archive and indexes them: plain-text cables, Cablegate HTML pages, and .zip, "
                        + ".tar.gz (.tgz) and .tar archives of either; folders are searched recursively.",
                "A cable whose text the archive already has changes nothing; a changed text for a known id becomes "
                        + "its next version (all versions are kept). Shows a progress bar on a terminal, a line "
                        + "every few seconds otherwise, and ends with a summary.",
                "Exit code 0; 1 when some inputs were rejected (each listed with its reason); 2 when an input "
                        + "does not exist."})
final class IngestCommand implements java.util.concurrent.Callable<Integer> {

    @ParentCommand
    private Main main;

    @Mixin
    private StoreOption store;

    @Mixin
    private AsOption as;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Cable files, archives, or folders of them.")
    private List<Path> inputs;

    @Override
    public Integer call() throws IOException {
        as.requireAdministrator(store.dir(), "ingest");
        IngestSummary summary;
        try (Archive archive = Archive.open(store.dir());
             ProgressReport progress = ProgressReport.of("ingest", main.err())) {
            summary = archive.ingest(inputs, IngestOptions.defaults(), progress);
        } catch (NoSuchFileException e) {
            throw new BadInputException("cannot read '" + e.getFile() + "': no such file");
        }
        Writer out = Output.text(main);
        out.write(String.format(Locale.ROOT, "new %d, updated %d, unchanged %d, rejected %d (%.1f s, %,.0f cables/s)%n",
                summary.added(), summary.updated(), summary.unchanged(), summary.rejected().size(),
                summary.elapsed().toMillis() / 1000.0, summary.rate()));
        for (Rejection r : summary.rejected()) out.write("rejected " + r + "\n");
        out.flush();
        return summary.rejected().isEmpty() ? Main.OK : Main.FINDINGS;
    }
}
