package org.chancery.archive.ingest;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TarReaderTest {

    private static final String LONG = "cables/" + "very-long-folder-name/".repeat(6) + "09PRAGUE589.txt";

    @Test
    void readsNamesTypesAndContents() throws IOException {
        byte[] tar = new TarBuilder(TarBuilder.LongNames.GNU)
                .folder("cables/")
                .file("cables/a.txt", bytes("alpha"))
                .file("cables/empty.txt", new byte[0])
                .file("cables/b.txt", bytes("b".repeat(1000)))
                .tar();
        TarReader reader = new TarReader(new ByteArrayInputStream(tar));
        List<String> seen = new ArrayList<>();
        for (TarReader.Entry e = reader.next(); e != null; e = reader.next()) {
            seen.add(e.name() + ":" + e.type() + ":" + e.size());
            if (e.name().endsWith("b.txt")) assertThat(new String(reader.content(), StandardCharsets.UTF_8)).hasSize(1000);
            // a.txt is not read: next() must skip its content
        }
        assertThat(seen).containsExactly("cables/:5:0", "cables/a.txt:0:5", "cables/empty.txt:0:0",
                "cables/b.txt:0:1000");
    }

    @Test
    void takesLongNamesFromGnuPaxAndUstarPrefix() throws IOException {
        for (TarBuilder.LongNames kind : TarBuilder.LongNames.values()) {
            byte[] tar = new TarBuilder(kind).file(LONG, bytes("text")).file("short.txt", bytes("x")).tar();
            TarReader reader = new TarReader(new ByteArrayInputStream(tar));
            TarReader.Entry first = reader.next();
            assertThat(first.name()).as(kind.name()).isEqualTo(LONG);
            assertThat(new String(reader.content(), StandardCharsets.UTF_8)).isEqualTo("text");
            assertThat(reader.next().name()).isEqualTo("short.txt");
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void refusesDamage() {
        byte[] tar = new TarBuilder(TarBuilder.LongNames.GNU).file("a.txt", bytes("alpha")).tar();
        tar[10] ^= 1; // breaks the checksum
        assertThatThrownBy(() -> new TarReader(new ByteArrayInputStream(tar)).next())
                .isInstanceOf(IOException.class).hasMessageContaining("checksum");
        byte[] cut = java.util.Arrays.copyOf(new TarBuilder(TarBuilder.LongNames.GNU)
                .file("a.txt", bytes("a".repeat(2000))).tar(), 700);
        assertThatThrownBy(() -> {
            TarReader r = new TarReader(new ByteArrayInputStream(cut));
            r.next();
            r.content();
        }).isInstanceOf(IOException.class);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
