package org.chancery.archive.index;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.chancery.archive.query.QueryParser;

import static org.assertj.core.api.Assertions.assertThat;

/** The index's keyword normalisation without a regular expression gives what the query parser's gives. */
class KeywordProperties {

    @Property(tries = 2_000)
    void sameAsTheQueryParsers(@ForAll @StringLength(max = 12)
                               @Chars({'a', 'Z', 'i', 'ı', '9', '/', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0',
                                       '\u2003', '\u001C'}) String value) {
        assertThat(CableDocuments.keyword(value)).isEqualTo(QueryParser.normalizeKeyword(value));
    }
}
