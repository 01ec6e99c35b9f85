package org.chancery.cable.write;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.chancery.cable.gen.CableGenerators;
import org.chancery.cable.model.Cable;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** What every canonical text must satisfy, whatever the cable and the section limit. */
class CanonicalFormPropertiesTest {

    @Provide
    Arbitrary<Cable> cables() {
        return CableGenerators.cables();
    }

    @Provide
    Arbitrary<Cable> withEnvelope() {
        return CableGenerators.cablesWithEnvelope();
    }

    @Provide
    Arbitrary<Integer> limits() {
        return Arbitraries.integers().between(300, 4000);
    }

    @Property(tries = 300)
    void noLineIsLongerThanSixtyNineUnlessItIsOneWord(@ForAll("cables") Cable cable,
                                                     @ForAll("limits") int limit) {
        for (String line : CanonicalWriter.write(cable, limit).split("\n", -1)) {
            if (line.length() > CanonicalWriter.WIDTH) {
                assertThat(line).as("a line over %d columns", CanonicalWriter.WIDTH).doesNotContain(" ");
            }
        }
    }

    @Property(tries = 300)
    void sectionNumbersAreConsistent(@ForAll("withEnvelope") Cable cable, @ForAll("limits") int limit) {
        List<String> sections = CanonicalWriter.writeSections(cable, limit);
        int count = sections.size();
        String ssn = cable.envelope().station().ssn();
        for (int i = 0; i < count; i++) {
            List<String> lines = List.of(sections.get(i).split("\n", -1));
            String classification = lines.get(lines.indexOf("BT") + 1);
            String de = lines.stream().filter(l -> l.startsWith("DE ")).findFirst().orElseThrow();
            if (count == 1) {
                assertThat(classification).doesNotContain("SECTION");
                assertThat(de).doesNotContain("/");
            } else {
                String nn = String.format(Locale.ROOT, "%02d", i + 1);
                assertThat(classification).contains(" SECTION " + nn + " OF "
                        + String.format(Locale.ROOT, "%02d", count) + " ");
                assertThat(de).contains("#" + ssn + "/" + nn + " ");
                String text = CanonicalWriterTest.telegramText(sections.get(i));
                if (text.length() > limit) {
                    // Over the limit only when the section carries the single body line every section must.
                    assertThat(text).as("section %s over the limit", nn).matches("(?s).*\n\n[^\n]+\n");
                }
            }
        }
    }

    @Property(tries = 300)
    void theSsnRepeatedAtTheEndIsTheOneOnTheDeLine(@ForAll("withEnvelope") Cable cable,
                                                   @ForAll("limits") int limit) {
        for (String section : CanonicalWriter.writeSections(cable, limit)) {
            List<String> lines = List.of(section.split("\n", -1));
            String de = lines.stream().filter(l -> l.startsWith("DE ")).findFirst().orElseThrow();
            String fl3Ssn = de.split(" ")[2].substring(1).split("/")[0];
            assertThat(lines.subList(lines.size() - 4, lines.size()))
                    .containsExactly("BT", "#" + fl3Ssn, "NNNN", "");
        }
    }
}
