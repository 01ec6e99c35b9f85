package org.chancery.archive.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IngestIdTest {

    @Test
    void aFileNameServesAsIdOnlyWhenItHasTheFormOfOne() {
        assertThat(Ingest.looksLikeId("09PRAGUE589")).isTrue();
        assertThat(Ingest.looksLikeId("66BUENOSAIRES2481")).isTrue();
        assertThat(Ingest.looksLikeId("08SECTION01OF02MANAMA492")).isTrue();
        assertThat(Ingest.looksLikeId("09prague589")).isFalse();
        assertThat(Ingest.looksLikeId("09PRAGUE")).isFalse();
        assertThat(Ingest.looksLikeId("PRAGUE589")).isFalse();
        assertThat(Ingest.looksLikeId("09589")).isFalse();
        assertThat(Ingest.looksLikeId("09PRAGUE589a")).isFalse();
        assertThat(Ingest.looksLikeId("note")).isFalse();
    }
}
