package org.chancery.cable.write;

import org.chancery.cable.model.Block;
import org.chancery.cable.model.ClassificationLine;
import org.chancery.cable.model.Reference;
import org.chancery.cable.model.Telegram;

import java.util.ArrayList;
import java.util.List;

/**
 * The telegram text laid out as blocks of wrapped lines (blocks are separated by one blank line), in the three
 * groups that sections need: the heading every section repeats (classification line, captions, passing lines,
 * E.O., TAGS, subject), what only the first section carries (references, classification authority), and the
 * body (paragraphs, page markers, kept text, signature), which is what gets divided.
 */
record TelegramLayout(ClassificationLine classification, List<List<String>> top, List<List<String>> preface,
                      List<List<String>> fields, List<List<String>> firstOnly, List<List<String>> body,
                      List<Boolean> bare) {

    static TelegramLayout of(Telegram t, int width) {
        List<List<String>> top = new ArrayList<>();
        if (!t.captions().isEmpty()) top.add(List.copyOf(t.captions()));
        if (!t.passing().isEmpty()) top.add(wrapEach(t.passing(), width));
        List<List<String>> heading = new ArrayList<>();
        if (t.eo() != null) heading.add(LineWrapper.wrap(Notation.eoLine(t.eo()), width));
        if (!t.tags().isEmpty()) {
            heading.add(LineWrapper.wrap("TAGS: " + String.join(" ", t.tags().stream().map(Notation::tag).toList()),
                    width));
        }
        if (t.subject() != null) {
            String mark = t.subject().mark() != null ? "(" + Notation.portionMark(t.subject().mark()) + ") " : "";
            heading.add(LineWrapper.wrap("SUBJECT: " + mark + nullToEmpty(t.subject().text()), width));
        }

        List<List<String>> firstOnly = new ArrayList<>();
        if (!t.references().isEmpty()) firstOnly.add(references(t.references(), width));
        if (t.classifiedBy() != null) firstOnly.add(LineWrapper.wrap(Notation.classifiedBy(t.classifiedBy()), width));

        // Text kept from between the heading fields (a message number, an office note) is where the reader
        // found it: before the E.O. line, in the first section only.
        List<List<String>> preface = new ArrayList<>();
        int leading = 0;
        while (leading < t.body().size() && t.body().get(leading) instanceof Block.Text x) {
            preface.add(wrapEach(List.of(nullToEmpty(x.text()).split("\n", -1)), width));
            leading++;
        }

        List<List<String>> body = new ArrayList<>();
        List<Boolean> bare = new ArrayList<>();
        boolean numbered = t.paragraphs().stream().filter(TelegramLayout::isNumberable).count() > 1;
        int number = 0;
        for (Block b : t.body().subList(leading, t.body().size())) {
            switch (b) {
                case Block.Paragraph p -> {
                    StringBuilder sb = new StringBuilder();
                    if (numbered && isNumberable(p)) sb.append(++number).append(". ");
                    if (p.marking() != null) sb.append('(').append(Notation.portionMark(p.marking())).append(") ");
                    bare.add(sb.isEmpty());
                    sb.append(nullToEmpty(p.text()));
                    body.add(LineWrapper.wrap(sb.toString().trim(), width));
                }
                case Block.PageMarker m -> {
                    body.add(List.of(nullToEmpty(m.text())));
                    bare.add(false);
                }
                case Block.Text x -> {
                    body.add(wrapEach(List.of(nullToEmpty(x.text()).split("\n", -1)), width));
                    bare.add(true);
                }
            }
        }
        if (!t.signers().isEmpty()) {
            body.add(LineWrapper.wrap(String.join(", ", t.signers()), width));
            bare.add(false); // the last line: the reader knows a signature by its place
        }
        return new TelegramLayout(t.classification(), top, preface, heading, firstOnly, body, bare);
    }

    /**
     * A paragraph proper: it has a number or a portion mark. A line with neither (a subheading such as
     * {@code NEXT STEPS}) is not numbered and does not count.
     */
    private static boolean isNumberable(Block.Paragraph p) {
        return p.number() != null || p.marking() != null;
    }

    /** {@code REF: A. 09 PRAGUE 123}, then {@code B. …} one reference a line. */
    private static List<String> references(List<Reference> refs, int width) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            Reference r = refs.get(i);
            String item = (r.letter() != null ? r.letter() + ". " : "") + Notation.reference(r);
            lines.addAll(LineWrapper.wrap(i == 0 ? "REF: " + item : item, width));
        }
        return lines;
    }

    private static List<String> wrapEach(List<String> lines, int width) {
        List<String> out = new ArrayList<>();
        for (String line : lines) out.addAll(LineWrapper.wrap(line, width));
        return out;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The heading blocks after the classification line: the first section's, or the one later sections repeat. */
    List<List<String>> heading(boolean first) {
        List<List<String>> out = new ArrayList<>(top);
        if (first) out.addAll(preface);
        out.addAll(fields);
        return out;
    }

    /** The classification line block for a section (both null: as the model recorded it), or no block. */
    List<List<String>> classificationBlock(Integer section, Integer sections, boolean split) {
        if (classification == null) return List.of();
        Integer sec = split ? section : classification.section();
        Integer of = split ? sections : classification.sections();
        return List.of(List.of(Notation.classificationLine(classification, sec, of)));
    }
}
