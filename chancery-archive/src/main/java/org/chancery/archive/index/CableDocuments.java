package org.chancery.archive.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;
import org.chancery.archive.query.QueryParser;
import org.chancery.cable.catalog.TagInfo;
import org.chancery.cable.catalog.Tags;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Turns an {@link IndexDocument} into the Lucene document described in docs/index-design.md. */
final class CableDocuments {

    /**
     * Body portion text: analyzed with positions (phrases), not stored. Snippets are made from the store of record
     * ({@link PortionSource}): a stored copy cost about a tenth of the indexing CPU and over half the index, and
     * every merge copied it again.
     */
    static final FieldType PORTION_TEXT = TextField.TYPE_NOT_STORED;
    /** The subject: analyzed and stored (short; every hit shows it). */
    static final FieldType SUBJECT_TEXT = TextField.TYPE_STORED;

    static final String SIPDIS = "SIPDIS";

    private final FacetsConfig facets;
    private final Tags tags;

    CableDocuments(FacetsConfig facets, Tags tags) {
        this.facets = facets;
        this.tags = tags;
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(Facet.TAG.dim(), true);
        config.setMultiValued(Facet.ADDRESSEE.dim(), true);
        // Facets are only counted (from the sorted-set doc values); searching by a facet value goes through the
        // keyword and text fields. The drill-down terms FacetsConfig would index by default (two per value) are
        // never read, and cost indexing time and space.
        for (Facet f : Facet.values()) config.setDrillDownTermsIndexing(f.dim(), FacetsConfig.DrillDownTermsIndexing.NONE);
        return config;
    }

    Document toLucene(IndexDocument cable) {
        Document doc = new Document();
        String id = keyword(cable.id());
        doc.add(new StringField(IndexFields.ID, id, Field.Store.YES));
        doc.add(new SortedDocValuesField(IndexFields.ID, new BytesRef(id)));
        doc.add(new StoredField(IndexFields.VERSION, cable.version()));
        if (cable.dtg() != null) {
            long millis = cable.dtg().toEpochMilli();
            doc.add(new LongPoint(IndexFields.DATE, millis));
            doc.add(new NumericDocValuesField(IndexFields.DATE, millis));
            doc.add(new StoredField(IndexFields.DATE, millis));
            ZonedDateTime utc = cable.dtg().atZone(ZoneOffset.UTC);
            String year = fourDigits(utc.getYear());
            facet(doc, Facet.YEAR, year);
            facet(doc, Facet.MONTH, year + (utc.getMonthValue() < 10 ? "-0" : "-") + utc.getMonthValue());
        }
        // The distribution keys are derived here only when the document does not bring the security module's.
        boolean derive = cable.distribution() == null;
        Set<String> distribution = new LinkedHashSet<>();
        if (present(cable.origin())) {
            doc.add(new TextField(IndexFields.ORIGIN, cable.origin(), Field.Store.YES));
            facet(doc, Facet.ORIGIN, cable.origin());
            if (derive) distribution.add(keyword(cable.origin()));
        }
        for (String to : cable.to()) {
            if (!present(to)) continue;
            doc.add(new TextField(IndexFields.TO, to, Field.Store.YES));
            facet(doc, Facet.ADDRESSEE, to);
            if (derive) distribution.add(keyword(to));
        }
        for (String info : cable.info()) {
            if (!present(info)) continue;
            doc.add(new TextField(IndexFields.INFO, info, Field.Store.YES));
            facet(doc, Facet.ADDRESSEE, info);
            if (derive) distribution.add(keyword(info));
        }
        if (cable.banner() != null) {
            doc.add(new StringField(IndexFields.CLASS, cable.banner().name(), Field.Store.YES));
            facet(doc, Facet.CLASS, cable.banner().word());
        }
        for (String caveat : cable.caveats()) {
            String normal = LabelClass.normalize(caveat);
            if (normal.isEmpty()) continue;
            doc.add(new StringField(IndexFields.CAVEAT, normal, Field.Store.YES));
            if (normal.equals(SIPDIS)) distribution.add(LuceneSearchIndex.DIST_SIPDIS);
        }
        if (cable.distribution() != null) {
            // The security module's own reading of who the cable went to, so that index and redactor agree.
            distribution.clear();
            for (String key : cable.distribution()) distribution.add(keyword(key));
        }
        for (String dist : distribution) doc.add(new StringField(IndexFields.DISTRIBUTION, dist, Field.Store.NO));
        Set<String> meanings = new LinkedHashSet<>();
        for (String tag : cable.tags()) {
            if (!present(tag)) continue;
            String code = keyword(tag);
            doc.add(new StringField(IndexFields.TAG, code, Field.Store.YES));
            facet(doc, Facet.TAG, code);
            for (TagInfo info : tags.lookupAll(code)) meanings.add(info.meaning());
        }
        for (String meaning : meanings) doc.add(new TextField(IndexFields.TAG_MEANING, meaning, Field.Store.NO));
        if (present(cable.precedence())) {
            String precedence = keyword(cable.precedence());
            doc.add(new StringField(IndexFields.PRECEDENCE, precedence, Field.Store.YES));
            facet(doc, Facet.PRECEDENCE, precedence);
        }
        for (String ref : cable.references()) {
            if (present(ref)) doc.add(new StringField(IndexFields.REF, keyword(ref), Field.Store.YES));
        }
        Set<String> classes = new LinkedHashSet<>();
        for (IndexDocument.Portion portion : cable.portions()) {
            if (!indexed(portion)) continue;
            LabelClass label = LabelClass.of(portion);
            boolean subject = portion.kind() == IndexDocument.Portion.Kind.SUBJECT;
            doc.add(new Field(subject ? IndexFields.subject(label) : IndexFields.text(label), portion.text(),
                    subject ? SUBJECT_TEXT : PORTION_TEXT));
            classes.add(label.name());
        }
        for (String name : classes) doc.add(new StringField(IndexFields.PORTION_CLASS, name, Field.Store.NO));
        if (cable.governing() != null) {
            doc.add(new StringField(IndexFields.GOVERNING_CLASS, cable.governing().name(), Field.Store.YES));
        }
        try {
            return facets.build(doc);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The field a portion's text is indexed in ({@code subject.<class>} or {@code text.<class>}), or null when it is
     * not indexed (no text, no level). Snippets read the portions back from the store through the same decision.
     */
    static String field(IndexDocument.Portion portion) {
        if (!indexed(portion)) return null;
        LabelClass label = LabelClass.of(portion);
        return portion.kind() == IndexDocument.Portion.Kind.SUBJECT ? IndexFields.subject(label) : IndexFields.text(label);
    }

    private static boolean indexed(IndexDocument.Portion portion) {
        return portion.text() != null && !portion.text().isBlank() && portion.level() != null;
    }

    private static void facet(Document doc, Facet facet, String value) {
        String v = value.strip();
        if (!v.isEmpty()) doc.add(new SortedSetDocValuesFacetField(facet.dim(), v));
    }

    /**
     * {@link QueryParser#normalizeKeyword} (stripped, runs of white space made one space, upper case) without its
     * regular expression, which cost more than the rest of the document: the same result.
     */
    static String keyword(String value) {
        String s = value.strip();
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (b == null) {
                if (!space) continue;
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (!space) {
                b.append(c);
            } else if (b.charAt(b.length() - 1) != ' ') {
                b.append(' ');
            }
        }
        return (b == null ? s : b.toString()).toUpperCase(Locale.ROOT);
    }

    /** The year as the facet shows it: four digits, zero-padded (String.format costs more than the rest). */
    private static String fourDigits(int year) {
        if (year < 0 || year > 9999) return String.format(Locale.ROOT, "%04d", year);
        String digits = Integer.toString(year);
        return "0000".substring(digits.length()) + digits;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

}
