package org.chancery.cable.read;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageMarkersTest {

    @Test
    void markers() {
        assertThat(PageMarkers.is("PAGE 02 ROME 01196 01 OF 02 082030Z")).isTrue();
        assertThat(PageMarkers.is("TRIPOLI 00000402 001.2 OF 003")).isTrue();
        assertThat(PageMarkers.is("SAN JOSE 00000145  002 OF 003")).isTrue();
        assertThat(PageMarkers.is("THE MINISTER SAID 12 OF 300 WERE FREED")).isFalse();
        assertThat(PageMarkers.is("")).isFalse();
    }
}
