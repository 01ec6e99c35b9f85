package org.chancery.archive.index;

/**
 * The Lucene fields of a cable document. Keyword fields hold upper-case values (ids, tags, caveats, precedence,
 * references, the banner level's name); text fields are analyzed with {@link CableAnalyzer}.
 *
 * <p>Portion text is never in one field: each portion goes to {@code text.<label class>} (paragraphs and
 * unmarked text) or {@code subject.<label class>} (the subject), so that a search can be limited to the label
 * classes its reader may read; {@link #PORTION_CLASS} lists the classes a cable has, for the "has a readable
 * portion" filter.
 */
public final class IndexFields {

    public static final String ID = "id";
    /** Epoch milliseconds: a point for ranges, doc values for sorting, stored for hits. */
    public static final String DATE = "date";
    public static final String ORIGIN = "origin";
    public static final String TO = "to";
    public static final String INFO = "info";
    public static final String CLASS = "class";
    public static final String CAVEAT = "caveat";
    public static final String TAG = "tag";
    /** The catalog meanings of the cable's tags, analyzed: "arms control" finds PARM cables. */
    public static final String TAG_MEANING = "tagmeaning";
    public static final String PRECEDENCE = "precedence";
    public static final String REF = "ref";
    public static final String PORTION_CLASS = "pclass";
    /**
     * The label class of the governing banner (keyword, stored): under the document policy a cable is visible
     * only when it is readable; under the portion policy the cable's tags and references (which a released
     * document withholds with the banner) are seen only when it is.
     */
    public static final String GOVERNING_CLASS = "gclass";
    public static final String DISTRIBUTION = "dist";
    public static final String VERSION = "version";
    public static final String TEXT_PREFIX = "text.";
    public static final String SUBJECT_PREFIX = "subject.";

    private IndexFields() {
    }

    public static String text(LabelClass label) {
        return TEXT_PREFIX + label.name();
    }

    public static String subject(LabelClass label) {
        return SUBJECT_PREFIX + label.name();
    }

    /** The label class of a {@code text.} or {@code subject.} field, or null for any other field. */
    public static LabelClass labelOf(String field) {
        if (field.startsWith(TEXT_PREFIX)) return LabelClass.parse(field.substring(TEXT_PREFIX.length()));
        if (field.startsWith(SUBJECT_PREFIX)) return LabelClass.parse(field.substring(SUBJECT_PREFIX.length()));
        return null;
    }
}
