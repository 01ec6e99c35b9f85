package org.chancery.cable.read;

import org.chancery.cable.Cables;
import org.chancery.cable.Diagnostic;
import org.chancery.cable.ParsedCable;
import org.chancery.cable.SourceFormat;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reader completes on inputs built to find its worst case, tiles them and keeps them whole, as text and as
 * an HTML page. (Their speed is measured by the benchmark, not here.)
 */
class AdversarialInputsTest {

    @TestFactory
    Stream<DynamicTest> readsAndTilesEveryAdversarialInput() {
        return AdversarialInputs.all().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            byte[] bytes = e.getValue().getBytes(StandardCharsets.UTF_8);
            for (SourceFormat format : SourceFormat.values()) {
                ParsedCable parsed = Cables.read(bytes, "x", format);
                assertThat(parsed.source().toBytes()).isEqualTo(bytes);
                Tiling.assertLossless(parsed, format.name());
                assertThat(parsed.diagnostics()).extracting(Diagnostic::rule).doesNotContain("reader-failure");
            }
        }));
    }
}
