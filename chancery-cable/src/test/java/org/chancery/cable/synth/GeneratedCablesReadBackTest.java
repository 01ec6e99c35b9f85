package org.chancery.cable.synth;

import org.chancery.cable.Cables;
import org.chancery.cable.Diagnostic;
import org.chancery.cable.ParsedCable;
import org.chancery.cable.Severity;
import org.chancery.cable.lint.Linter;
import org.chancery.cable.model.Cable;
import org.chancery.cable.write.CanonicalWriter;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every generated cable is written, read back to the same model, and passes lint without an error; the long ones
 * are written as several sections and read back whole.
 */
class GeneratedCablesReadBackTest {

    private static final int COUNT = 2000;

    @Test
    void generatedCablesReadBackEqualAndLintWithoutErrors() {
        List<String> problems = new ArrayList<>();
        int split = 0;
        Iterator<Cable> cables = CorpusGenerator.iterator(COUNT, 42, 2001, 10);
        while (cables.hasNext()) {
            Cable cable = cables.next();
            String text = CanonicalWriter.write(cable);
            ParsedCable read = Cables.read(text, CorpusGenerator.idOf(cable));
            if (!read.cable().equals(cable)) {
                problems.add("does not read back equal:\n" + Differences.between(cable, read.cable()) + "\n" + text);
            }
            for (Diagnostic d : Linter.lint(read)) {
                if (d.severity() == Severity.ERROR) problems.add("lint error " + d + "\n" + text);
            }
            if (CanonicalWriter.writeSections(cable).size() > 1) split++;
            if (problems.size() >= 3) break;
        }
        assertThat(problems).as(String.join("\n\n", problems)).isEmpty();
        // long cables go as several sections, and read back whole all the same
        assertThat(split).as("cables sent in sections").isBetween(COUNT * 3 / 100, COUNT * 12 / 100);
    }
}
