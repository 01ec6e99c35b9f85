package org.chancery.cable.read;

import org.chancery.cable.catalog.Post;
import org.chancery.cable.catalog.Posts;
import org.chancery.cable.catalog.TagInfo;
import org.chancery.cable.catalog.Tags;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The built-in catalogs as the reader uses them: loaded once, and optional, so that the reader still works (with
 * cruder guesses) when a catalog is missing or cannot load. A catalog failure never reaches the caller.
 */
public final class Catalogs {

    private Catalogs() {
    }

    private static final Tags TAGS = load(Tags::builtIn);
    private static final Posts POSTS = load(Posts::builtIn);

    private static <T> T load(Supplier<T> loader) {
        try {
            return loader.get();
        } catch (RuntimeException | Error e) {
            return null;
        }
    }

    public static boolean hasTags() {
        return TAGS != null;
    }

    public static Optional<TagInfo> tag(String code) {
        if (TAGS == null) return Optional.empty();
        try {
            return TAGS.lookup(code);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A fused run of tags cut into catalogued codes ({@code PHUMPGOV} → PHUM, PGOV), or null. */
    public static java.util.List<String> splitFused(String run) {
        if (TAGS == null) return null;
        try {
            java.util.List<String> codes = TAGS.splitFused(run);
            return codes.size() < 2 ? null : codes;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The post of a classification-line or reference post word (STATE, SECSTATE, USUN NEW YORK). */
    public static Optional<Post> postByMrnOrigin(String word) {
        if (POSTS == null) return Optional.empty();
        try {
            return POSTS.byMrnOrigin(word);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The id prefix of the post of an originator PLAD ({@code AMEMBASSY PRAGUE} → {@code PRAGUE}), or null. */
    public static String postByPlad(String plad) {
        if (POSTS == null) return null;
        try {
            return POSTS.byPlad(plad).map(Post::idPrefix).orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The canonical-id prefix of a post word: {@code SECSTATE} → {@code STATE}; spaces removed. */
    public static String idPrefix(String postWord) {
        String up = Ascii.upper(postWord);
        if (POSTS != null) {
            try {
                String p = POSTS.idPrefix(up);
                if (p != null && !p.isEmpty()) return p;
            } catch (RuntimeException e) {
                // fall through to the plain rule
            }
        }
        StringBuilder sb = new StringBuilder(up.length());
        for (int i = 0; i < up.length(); i++) {
            char c = up.charAt(i);
            if (!Character.isWhitespace(c)) sb.append(c);
        }
        String s = sb.toString();
        return s.equals("SECSTATE") ? "STATE" : s;
    }

    /** The archive name of an originator PLAD ({@code AMEMBASSY PRAGUE} → {@code Embassy Prague}), or null. */
    public static String originName(String plad) {
        if (plad == null) return null;
        if (POSTS != null) {
            try {
                String name = POSTS.originName(plad);
                if (name != null) return name;
            } catch (RuntimeException e) {
                // fall through to the plain rule
            }
        }
        String up = Ascii.collapse(Ascii.upper(plad));
        if (up.startsWith("SECSTATE")) return "Secretary of State";
        if (up.startsWith("AMEMBASSY ")) return "Embassy " + title(up.substring(10));
        if (up.startsWith("AMCONSUL ")) return "Consulate " + title(up.substring(9));
        if (up.startsWith("USMISSION ")) return "Mission " + title(up.substring(10));
        return null;
    }

    /** {@code SAN JOSE} → {@code San Jose}. */
    static String title(String words) {
        StringBuilder sb = new StringBuilder(words.length());
        boolean start = true;
        for (int i = 0; i < words.length(); i++) {
            char c = words.charAt(i);
            if (Ascii.isLetter(c)) {
                sb.append(start ? Ascii.upper(c) : Character.toLowerCase(c));
                start = false;
            } else {
                sb.append(c);
                start = c == ' ' || c == '-';
            }
        }
        return sb.toString();
    }
}
