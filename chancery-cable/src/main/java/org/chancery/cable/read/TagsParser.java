package org.chancery.cable.read;

import org.chancery.cable.catalog.TagInfo;
import org.chancery.cable.model.Tag;
import org.chancery.cable.model.TagKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The entries of a TAGS field (the text after the keyword, continuation lines joined): separated by spaces,
 * commas or semicolons; person tags with or without parentheses ({@code OVIP (CLINTON, HILLARY)},
 * {@code OVIP CLINTON HILLARY}); fused tags ({@code PHUMPGOV}) split with the tags catalog when it knows the
 * pieces; SIPDIS dropped (it is a caption that strayed in); free text kept as {@link TagKind#UNKNOWN}.
 */
public final class TagsParser {

    private TagsParser() {
    }

    /** The tags, and whether a SIPDIS caption was met among them. */
    public record Result(List<Tag> tags, boolean sipdis) {
    }

    public static Result parse(String text) {
        List<Tag> tags = new ArrayList<>(8);
        boolean sipdis = false;
        StringBuilder person = null; // words of a person tag written without parentheses
        StringBuilder free = null;   // a run of free-text words
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Ascii.isSpace(c) || c == ',' || c == ';' || c == ':' || c == '/' || c == '"' || c == '\'') {
                i++;
                continue;
            }
            if (c == '(') {
                int close = text.indexOf(')', i);
                int end = close < 0 ? n : close;
                String name = Ascii.collapse(text.substring(i + 1, end));
                i = close < 0 ? n : close + 1;
                flushPerson(tags, person);
                person = null;
                if (free != null) {
                    tags.add(Tag.of(free.toString(), TagKind.UNKNOWN));
                    free = null;
                }
                if (name.isEmpty()) continue;
                if (!tags.isEmpty() && tags.get(tags.size() - 1).person() == null) {
                    Tag last = tags.remove(tags.size() - 1);
                    tags.add(new Tag(last.code(), TagKind.PERSON, Ascii.upper(name)));
                } else {
                    tags.add(Tag.of(Ascii.upper(name), TagKind.UNKNOWN));
                }
                continue;
            }
            int s = i;
            while (i < n && !Ascii.isSpace(text.charAt(i)) && ",;/()\"".indexOf(text.charAt(i)) < 0) i++;
            String word = strip(text.substring(s, i));
            if (word.isEmpty()) continue;
            String up = Ascii.upper(word);
            if (up.equals("SIPDIS")) {
                sipdis = true;
                continue;
            }
            Optional<TagInfo> known = Catalogs.tag(up);
            boolean tagLike = known.isPresent() || (Ascii.allLetters(up) && up.length() >= 2 && up.length() <= 4
                    && (!Catalogs.hasTags() || isUpperWord(word)));
            if (person != null && !known.isPresent() && (!tagLike || Catalogs.hasTags())) {
                person.append(person.isEmpty() ? "" : " ").append(up);
                continue;
            }
            flushPerson(tags, person);
            person = null;
            if (tagLike) {
                if (free != null) {
                    tags.add(Tag.of(free.toString(), TagKind.UNKNOWN));
                    free = null;
                }
                Tag tag = new Tag(up, known.map(TagInfo::kind).orElseGet(() -> guessKind(up)), null);
                tags.add(tag);
                if (isPersonCode(up)) person = new StringBuilder();
                continue;
            }
            List<String> pieces = Ascii.allLetters(up) ? split(up) : null;
            if (pieces != null) {
                if (free != null) {
                    tags.add(Tag.of(free.toString(), TagKind.UNKNOWN));
                    free = null;
                }
                for (String p : pieces) {
                    tags.add(new Tag(p, Catalogs.tag(p).map(TagInfo::kind).orElseGet(() -> guessKind(p)), null));
                }
                continue;
            }
            if (free == null) free = new StringBuilder(up);
            else free.append(' ').append(up);
        }
        flushPerson(tags, person);
        if (free != null) tags.add(Tag.of(free.toString(), TagKind.UNKNOWN));
        return new Result(tags, sipdis);
    }

    private static boolean isUpperWord(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) >= 'a' && w.charAt(i) <= 'z') return false;
        }
        return true;
    }

    /** The person words after a person code become its name: {@code OVIP CLINTON HILLARY}. */
    private static void flushPerson(List<Tag> tags, StringBuilder person) {
        if (person == null || person.isEmpty() || tags.isEmpty()) return;
        Tag last = tags.remove(tags.size() - 1);
        tags.add(new Tag(last.code(), TagKind.PERSON, person.toString()));
    }

    static boolean isPersonCode(String code) {
        return code.equals("OVIP");
    }

    /** Punctuation around a word dropped: {@code PREL.} → {@code PREL}; inner hyphens kept. */
    private static String strip(String w) {
        int a = 0;
        int b = w.length();
        while (a < b && !Character.isLetterOrDigit(w.charAt(a))) a++;
        while (b > a && !Character.isLetterOrDigit(w.charAt(b - 1))) b--;
        return w.substring(a, b);
    }

    /** Kind by shape when no catalog knows the tag. */
    static TagKind guessKind(String code) {
        if (!Ascii.allLetters(code)) return TagKind.UNKNOWN;
        if (code.length() == 2) return TagKind.GEOGRAPHIC;
        if (code.length() == 4) return code.charAt(0) == 'K' ? TagKind.PROGRAM : TagKind.SUBJECT;
        return TagKind.ORGANIZATION;
    }

    /**
     * A fused run of tags split into known tags ({@code PHUMPGOV} → PHUM, PGOV), or null. With a catalog every
     * piece must be known; without one, only long runs of four-letter tags (and a final two-letter one) split.
     */
    static List<String> split(String run) {
        if (run.length() < 6) return null;
        if (Catalogs.hasTags()) {
            // an English word can often be cut into country codes (POLITICS: PO LI TI CS); real fused runs hold
            // four-letter tags, so a cut made only of two-letter codes is not taken
            List<String> codes = Catalogs.splitFused(run);
            if (codes == null) return null;
            int twos = 0;
            for (String c : codes) if (c.length() <= 2) twos++;
            return twos * 2 > codes.size() ? null : codes;
        }
        if (run.length() < 8 || run.length() % 4 == 1 || run.length() % 4 == 3) return null;
        List<String> out = new ArrayList<>();
        int s = 0;
        for (; s + 4 <= run.length(); s += 4) out.add(run.substring(s, s + 4));
        if (s < run.length()) out.add(run.substring(s));
        return out;
    }
}
