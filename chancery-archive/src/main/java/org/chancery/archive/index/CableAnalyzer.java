package org.chancery.archive.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzer of every text field: Unicode word boundaries, possessive 's removed, lower case, accents folded
 * (Bogotá = BOGOTA, as cables are written), and plurals reduced to the singular (sanctions = sanction).
 *
 * <p>Why only plurals and not a full stemmer: cables are full of names, acronyms and terms of art, and Porter
 * stemming conflates words that must stay apart (police and policy both become "polic", general and generic
 * "gener"). The minimal stemmer only folds regular plurals, which is what readers expect to match; for the rest
 * the query language has {@code prefix*}. No stop words: "NOT", "NO" and "ALL" carry meaning in cables, and
 * phrases must match as written.
 */
public final class CableAnalyzer extends Analyzer {

    /** Positions between two values of a field (two portions): phrases never run from one into the next. */
    static final int PORTION_GAP = 100;

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new EnglishPossessiveFilter(source);
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new EnglishMinimalStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return PORTION_GAP;
    }
}
