package org.chancery.archive.query;

import org.apache.lucene.analysis.Analyzer;

import java.util.List;

/**
 * What a query is parsed against: the text fields it may search (those of the label classes the reader may read)
 * and the analyzer of text fields.
 *
 * @param textFields    {@code text.<class>} fields to search for plain words
 * @param subjectFields {@code subject.<class>} fields, searched for plain words and by {@code subject:}
 */
public record QueryScope(List<String> textFields, List<String> subjectFields, Analyzer analyzer) {

    public QueryScope {
        textFields = List.copyOf(textFields);
        subjectFields = List.copyOf(subjectFields);
    }
}
