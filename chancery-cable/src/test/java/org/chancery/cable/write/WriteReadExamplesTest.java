package org.chancery.cable.write;

import org.chancery.cable.Cables;
import org.chancery.cable.model.ClassifiedBy;
import org.chancery.cable.model.Reference;
import org.chancery.cable.model.ReferenceKind;
import org.chancery.cable.model.Telegram;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The smallest texts on which the write-read property once failed, kept as examples. */
class WriteReadExamplesTest {

    @Test
    void theSeedTelegramReadsBackEqual() {
        Telegram seed = SeedModel.telegram();
        // The canonical form numbers paragraphs 1, 2, 3 and the reader keeps the statement as written.
        String text = CanonicalWriter.write(SeedModel.cable());
        Telegram read = Cables.read(text, null).cable().telegram();

        assertThat(read.classifiedBy()).isEqualTo(new ClassifiedBy("Mary Thompson-Jones", "Charge",
                List.of("1.4(b)", "1.4(d)"),
                "Classified By: Charge Mary Thompson-Jones for reasons 1.4 (b) and (d)."));
        assertThat(read.references()).isEqualTo(seed.references());
        assertThat(read.paragraphs()).extracting(p -> p.number()).containsExactly(1, 2, 3);
        assertThat(Cables.read(text, null).cable().envelope()).isEqualTo(SeedModel.envelope());
    }

    @Test
    void aClassifiedByWrappedBeforeAndReadsAsOneStatement() {
        Telegram t = Cables.read("""
                CONFIDENTIAL PRAGUE 000589

                Classified By: Charge Mary Thompson-Jones for reasons 1.4 (b)
                and (d).

                (C) Text.
                """, null).cable().telegram();

        assertThat(t.classifiedBy().reasons()).containsExactly("1.4(b)", "1.4(d)");
        assertThat(t.body()).hasSize(1);
    }

    @Test
    void aLetteredReferenceAfterRefColonHasNoExtraItem() {
        Telegram t = Cables.read("""
                UNCLAS MOSCOW 000454

                REF: A. 01 PRAGUE 1
                B. 01 STATE 22
                """, null).cable().telegram();

        assertThat(t.references()).extracting(Reference::letter).containsExactly("A", "B");
    }

    @Test
    void aReferenceToTheHagueKeepsThe() {
        Telegram t = Cables.read("""
                UNCLAS WARSAW 000454

                REF: 10 THE HAGUE 1
                """, null).cable().telegram();

        assertThat(t.references()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(ReferenceKind.CABLE);
            assertThat(r.id()).isEqualTo("10THEHAGUE1");
        });
    }
}
