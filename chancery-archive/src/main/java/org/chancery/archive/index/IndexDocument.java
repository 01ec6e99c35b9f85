package org.chancery.archive.index;

import org.chancery.cable.model.Level;

import java.time.Instant;
import java.util.List;

/**
 * What the search index holds of one cable (its current version): the fields one searches and facets on, and
 * its text cut into portions, each with its own marking, so that search can be limited to the portions a reader
 * may see (access control works at paragraph level).
 *
 * @param id         canonical id
 * @param version    the version of the cable this document was made from (1-based)
 * @param seq        the store's change sequence number of that version (the index's high-water mark)
 * @param dtg        the date-time group, or null
 * @param origin     originator name (Embassy Prague), or null
 * @param to         action addressees (PLADs)
 * @param info       information addressees (PLADs)
 * @param banner     the banner level
 * @param caveats    captions and controls of the banner (SIPDIS, NOFORN, NODIS, …)
 * @param tags       tag codes
 * @param precedence action precedence word, or null
 * @param references canonical ids this cable cites
 * @param portions   the subject and the paragraphs (and any unmarked text), each with its marking
 * @param governing  the label class of the governing banner (what a reader must be able to read to see the
 *                   whole cable, its tags and its references), or null when not known (then the cable's tags
 *                   and references are seen only by unrestricted searches)
 * @param distribution the distribution keys of the cable as the security module tells them: {@code SIPDIS}
 *                   for the shared archive, else the posts and offices it went to (empty: no one); null to
 *                   derive them from the origin, the addressees and the SIPDIS caveat
 */
public record IndexDocument(
        String id,
        int version,
        long seq,
        Instant dtg,
        String origin,
        List<String> to,
        List<String> info,
        Level banner,
        List<String> caveats,
        List<String> tags,
        String precedence,
        List<String> references,
        List<Portion> portions,
        LabelClass governing,
        List<String> distribution) {

    /** A document without a governing class, its distribution derived from origin, addressees and caveats. */
    public IndexDocument(String id, int version, long seq, Instant dtg, String origin, List<String> to,
                         List<String> info, Level banner, List<String> caveats, List<String> tags, String precedence,
                         List<String> references, List<Portion> portions) {
        this(id, version, seq, dtg, origin, to, info, banner, caveats, tags, precedence, references, portions, null,
                null);
    }

    public IndexDocument {
        distribution = distribution == null ? null : List.copyOf(distribution);
        to = List.copyOf(to);
        info = List.copyOf(info);
        caveats = List.copyOf(caveats);
        tags = List.copyOf(tags);
        references = List.copyOf(references);
        portions = List.copyOf(portions);
    }

    /**
     * One portion: what it is ({@code SUBJECT}, {@code PARAGRAPH}, {@code TEXT}), its number (paragraph number,
     * or null), its level and controls (from its portion mark; an unmarked portion takes the banner's), and its
     * text.
     */
    public record Portion(Kind kind, Integer number, Level level, List<String> controls, String text) {
        public Portion {
            controls = List.copyOf(controls);
        }

        public enum Kind { SUBJECT, PARAGRAPH, TEXT }
    }
}
