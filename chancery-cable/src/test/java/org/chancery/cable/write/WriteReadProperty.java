package org.chancery.cable.write;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.chancery.cable.Cables;
import org.chancery.cable.ParsedCable;
import org.chancery.cable.gen.CableGenerators;
import org.chancery.cable.model.Cable;

import static org.assertj.core.api.Assertions.assertThat;

/** The strict writer and the lenient reader agree: what is written reads back as the same cable. */
class WriteReadProperty {

    @Provide
    Arbitrary<Cable> cables() {
        return CableGenerators.cables();
    }

    @Property(tries = 1000)
    void writtenCablesReadBackEqual(@ForAll("cables") Cable cable) {
        String text = CanonicalWriter.write(cable);

        ParsedCable read = Cables.read(text, null);

        assertThat(read.cable().envelope()).as("envelope of\n%s", text).isEqualTo(cable.envelope());
        assertThat(read.cable().telegram()).as("telegram of\n%s", text).isEqualTo(cable.telegram());
        assertThat(read.original()).isEqualTo(text);
    }
}
