package org.chancery.archive.query;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;

import java.util.List;

/**
 * What a query is parsed against: the text fields it may search (those of the label classes the reader may read)
 * and the analyzer of text fields.
 *
 * @param textFields    {@code text.<class>} fields to search for plain words
 * @param subjectFields {@code subject.<class>} fields, searched for plain words and by {@code subject:}
 * @param bannerOnly    the filter of cables whose governing banner the reader may read, or null for all: tags
 *                      (and their catalog meanings) and references are withheld with the banner, so
 *                      {@code tag:}, {@code ref:} and the tag meanings match only within it
 */
public record QueryScope(List<String> textFields, List<String> subjectFields, Analyzer analyzer, Query bannerOnly) {

    public QueryScope {
        textFields = List.copyOf(textFields);
        subjectFields = List.copyOf(subjectFields);
    }

    public QueryScope(List<String> textFields, List<String> subjectFields, Analyzer analyzer) {
        this(textFields, subjectFields, analyzer, null);
    }
}
