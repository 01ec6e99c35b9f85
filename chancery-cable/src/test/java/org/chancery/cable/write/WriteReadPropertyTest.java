package org.chancery.cable.write;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.chancery.cable.Cables;
import org.chancery.cable.ParsedCable;
import org.chancery.cable.gen.CableGenerators;
import org.chancery.cable.model.Cable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The strict writer and the lenient reader agree: what is written reads back as the same cable. The envelope
 * and the telegram text are also checked on their own, so a failure says which reader to look at.
 */
class WriteReadPropertyTest {

    @Provide
    Arbitrary<Cable> cables() {
        return CableGenerators.cables();
    }

    @Provide
    Arbitrary<Cable> withEnvelope() {
        return CableGenerators.cablesWithEnvelope();
    }

    /** Section limits from a few lines of body to Cablegate's 6,000 characters: most cables split, some not. */
    @Provide
    Arbitrary<Integer> limits() {
        return Arbitraries.integers().between(300, 6000);
    }

    /** Whether it fits one section or is split into many, a cable reads back as itself. */
    @Property(tries = 1000)
    void writtenCablesReadBackEqual(@ForAll("cables") Cable cable, @ForAll("limits") int limit) {
        String text = CanonicalWriter.write(cable, limit);

        ParsedCable read = Cables.read(text, null);

        assertThat(differences(cable, read.cable())).as("read back from\n%s", text).isEmpty();
        assertThat(read.cable()).as("read back from\n%s", text).isEqualTo(cable);
        assertThat(read.original()).isEqualTo(text);
        assertThat(read.diagnostics()).as("diagnostics of\n%s", text)
                .noneMatch(d -> d.rule().equals("section-sequence"));
    }

    @Property(tries = 300)
    void envelopesReadBackEqual(@ForAll("withEnvelope") Cable cable) {
        String text = CanonicalWriter.write(cable);

        assertThat(Cables.read(text, null).cable().envelope()).as("envelope of\n%s", text)
                .isEqualTo(cable.envelope());
    }

    @Property(tries = 300)
    void telegramsReadBackEqual(@ForAll("cables") Cable cable) {
        String text = CanonicalWriter.write(cable);

        assertThat(Cables.read(text, null).cable().telegram()).as("telegram of\n%s", text)
                .satisfies(t -> assertThat(differences(cable.telegram(), t)).isEmpty());
    }

    /** The record components that differ, as "name: expected → actual" (a failure names the field at once). */
    static java.util.List<String> differences(Record expected, Record actual) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (var c : expected.getClass().getRecordComponents()) {
            try {
                Object e = c.getAccessor().invoke(expected);
                Object a = c.getAccessor().invoke(actual);
                if (!java.util.Objects.equals(e, a)) out.add(c.getName() + ": " + e + "\n  → " + a);
            } catch (ReflectiveOperationException ex) {
                throw new IllegalStateException(ex);
            }
        }
        return out;
    }
}
