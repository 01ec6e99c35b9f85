package org.chancery.cli;

import org.chancery.cable.Cables;
import org.chancery.cable.synth.CorpusGenerator;
import org.chancery.cable.write.CanonicalWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class GenerateCommandTest {

    @Test
    void writesOneFilePerCableInFoldersByYearAndMonth(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("corpus");
        Cli.Run run = Cli.run("generate", "--count", 200, "--seed", 5, "--out", out);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("generated 200 cables").contains("cables/s");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(out)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(files).hasSize(200);
        for (Path f : files) {
            String name = f.getFileName().toString();
            assertThat(out.relativize(f).getNameCount()).as("YYYY/MM/ID.txt").isEqualTo(3);
            String text = Files.readString(f, StandardCharsets.UTF_8);
            var parsed = Cables.read(text, name);
            assertThat(name).isEqualTo(CorpusGenerator.idOf(parsed.cable()) + ".txt");
            assertThat(f.getParent().getParent().getFileName().toString())
                    .isEqualTo(Integer.toString(parsed.cable().envelope().format().dtg().year()));
        }
    }

    @Test
    void standardOutputHoldsTheCablesSeparatedByFormFeedsAndTheSameSeedRepeats() {
        Cli.Run a = Cli.run("generate", "--count", 5, "--seed", 9, "--start", 2007, "--years", 2);
        Cli.Run b = Cli.run("generate", "--count", 5, "--seed", 9, "--start", 2007, "--years", 2);

        assertThat(a.exitCode()).as(a.err()).isZero();
        assertThat(a.err()).contains("generated 5 cables");
        assertThat(a.outBytes()).isEqualTo(b.outBytes());
        List<String> expected = CorpusGenerator.generate(5, 9, 2007, 2).map(CanonicalWriter::write).toList();
        assertThat(a.out()).isEqualTo(String.join("\f\n", expected));
    }

    @Test
    void aNegativeCountIsBadInput() {
        Cli.Run run = Cli.run("generate", "--count", -1);
        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("--count");
    }
}
