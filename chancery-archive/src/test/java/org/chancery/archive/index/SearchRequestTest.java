package org.chancery.archive.index;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A request's page is checked when it is made: a page past the end of what a search can count is refused. */
class SearchRequestTest {

    @Test
    void aPageBeyondWhatCanBeCountedIsRefusedWithTheReason() {
        assertThatThrownBy(() -> SearchRequest.of("x").withPage(Integer.MAX_VALUE, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("limit + offset must be at most " + Integer.MAX_VALUE);
        assertThat(SearchRequest.of("x").withPage(Integer.MAX_VALUE - 1, 1).limit()).isEqualTo(Integer.MAX_VALUE - 1);
    }

    @Test
    void negativePagesAreRefused() {
        assertThatThrownBy(() -> SearchRequest.of("x").withPage(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SearchRequest.of("x").withPage(10, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
