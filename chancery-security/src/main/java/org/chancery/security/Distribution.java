package org.chancery.security;

import java.util.List;
import java.util.TreeSet;

/**
 * Who a cable went to. SIPDIS cables are copied to the shared archive, so every cleared reader is reached;
 * other cables reach only their originator and addressees (posts, and offices named on passing lines). A label
 * that says nothing of distribution (a bare portion mark, a label text without {@code SIPDIS} or {@code DIST})
 * does not restrict by it.
 */
public sealed interface Distribution {

    /** The label does not speak of distribution. */
    record Unrestricted() implements Distribution {
    }

    /** SIPDIS: the shared archive; anyone cleared for the rest of the label is reached. */
    record Sipdis() implements Distribution {
    }

    /**
     * Only these posts and offices: post keys as in canonical ids ({@code PRAGUE}, {@code STATE},
     * {@code USUNNEWYORK}) and office symbols ({@code EUR/CE}). Sorted, distinct. An empty list reaches no one
     * (a non-SIPDIS cable whose recipients cannot be told).
     */
    record Limited(List<String> to) implements Distribution {
        public Limited {
            to = List.copyOf(new TreeSet<>(to));
            for (String r : to) {
                if (!LabelText.isRecipient(r)) throw new IllegalArgumentException("not a post or office key: '" + r + "'");
            }
        }
    }

    Distribution UNRESTRICTED = new Unrestricted();
    Distribution SIPDIS = new Sipdis();

    /**
     * The key of a post or office as distribution lists hold it: upper case, spaces dropped, characters outside
     * {@code A-Z 0-9 / - . & _} dropped, doubled slashes made single ({@code usun new york} → {@code USUNNEWYORK},
     * {@code EUR/CE}); null when nothing is left.
     */
    static String key(String s) {
        if (s == null) return null;
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') c = (char) (c - 'a' + 'A');
            boolean ok = c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '&' || c == '_'
                    || c == '/' && !sb.isEmpty() && sb.charAt(sb.length() - 1) != '/';
            if (ok) sb.append(c);
        }
        while (!sb.isEmpty() && sb.charAt(sb.length() - 1) == '/') sb.setLength(sb.length() - 1);
        return sb.isEmpty() ? null : sb.toString();
    }
}
