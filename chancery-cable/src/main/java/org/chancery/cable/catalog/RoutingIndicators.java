package org.chancery.cable.catalog;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Routing indicators and their station names. Files are in the format of {@code routing-indicators.csv}:
 * {@code RI,NAME} lines, the NAME in double quotes when it holds a comma ({@code ""} for a quote inside), an
 * optional {@code RI,NAME} header line, {@code #} comment lines. One RI may have several lines (a station serving
 * several offices); a line {@code RHFJAAA THRU RHFJAAZ,NAME} names a block of RIs differing in the last letter.
 */
public final class RoutingIndicators {

    private static final String RESOURCE = "routing-indicators.csv";

    private static final class BuiltIn {
        static final RoutingIndicators INSTANCE = new RoutingIndicators(parse(CatalogFile.resource(RESOURCE)));
    }

    /** One line of a file: a single RI ({@code last} null) or a block {@code ri THRU last}. */
    private record Entry(String ri, String last, String name) {
    }

    private final List<Entry> entries;
    private final Map<String, List<String>> names = new LinkedHashMap<>();
    private final List<Entry> blocks = new ArrayList<>();

    private RoutingIndicators(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        for (Entry e : this.entries) {
            if (e.last() == null) {
                List<String> list = names.computeIfAbsent(e.ri(), k -> new ArrayList<>(1));
                if (!list.contains(e.name())) {
                    list.add(e.name());
                }
            } else {
                blocks.add(e);
            }
        }
    }

    /** A small built-in set: the Department, the relays and the stations of the posts in common use. */
    public static RoutingIndicators builtIn() {
        return BuiltIn.INSTANCE;
    }

    /**
     * Loads a file in the format of {@code routing-indicators.csv} (the file's stations only; combine with
     * {@link #withAll}).
     *
     * @throws CatalogFormatException when a line is malformed
     */
    public static RoutingIndicators load(Path csv) throws IOException {
        return new RoutingIndicators(parse(CatalogFile.file(csv, true)));
    }

    /** This set followed by another: where both name an RI, this set's names come first. */
    public RoutingIndicators withAll(RoutingIndicators other) {
        List<Entry> all = new ArrayList<>(entries);
        all.addAll(other.entries);
        return new RoutingIndicators(all);
    }

    /** The built-in set with the stations of a file: {@code builtIn().withAll(load(csv))}. */
    public static RoutingIndicators merge(Path csv) throws IOException {
        return builtIn().withAll(load(csv));
    }

    /** The station name of an RI, e.g. {@code RUEHPG} → {@code AMEMBASSY PRAGUE}; the first when it has several. */
    public Optional<String> name(String ri) {
        List<String> all = names(ri);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Every station name listed for an RI, in file order; empty when unknown. */
    public List<String> names(String ri) {
        String key = CatalogFile.key(ri);
        if (key == null) {
            return List.of();
        }
        List<String> exact = names.get(key);
        if (exact != null) {
            return List.copyOf(exact);
        }
        List<String> inBlocks = new ArrayList<>(1);
        for (Entry block : blocks) {
            if (inBlock(block, key) && !inBlocks.contains(block.name())) {
                inBlocks.add(block.name());
            }
        }
        return List.copyOf(inBlocks);
    }

    /** Every single RI the set names (blocks left out), in file order. */
    public List<String> all() {
        return List.copyOf(names.keySet());
    }

    public boolean isKnown(String ri) {
        return !names(ri).isEmpty();
    }

    /** Whether the RI names a collective (a group of posts addressed at once, e.g. RUEHZL). */
    public boolean isCollective(String ri) {
        for (String name : names(ri)) {
            if (name.endsWith(" COLLECTIVE") || name.equals("COLLECTIVE")) {
                return true;
            }
        }
        return false;
    }

    /** The number of distinct RIs (a block counts as one). */
    public int size() {
        return names.size() + blocks.size();
    }

    /** The shape of an RI: {@code R} then 3 to 6 upper-case letters (4 to 7 in all). */
    public static boolean isWellFormed(String ri) {
        if (ri == null || ri.length() < 4 || ri.length() > 7 || ri.charAt(0) != 'R') {
            return false;
        }
        for (int i = 1; i < ri.length(); i++) {
            char c = ri.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }

    private static boolean inBlock(Entry block, String ri) {
        int n = block.ri().length();
        if (ri.length() != n || !ri.regionMatches(0, block.ri(), 0, n - 1)) {
            return false;
        }
        char c = ri.charAt(n - 1);
        return c >= block.ri().charAt(n - 1) && c <= block.last().charAt(n - 1);
    }

    private static List<Entry> parse(List<CatalogFile.Line> lines) {
        List<Entry> out = new ArrayList<>(lines.size());
        boolean first = true;
        for (CatalogFile.Line line : lines) {
            String text = line.text();
            boolean header = first && text.strip().equalsIgnoreCase("RI,NAME");
            first = false;
            if (header) {
                continue;
            }
            int comma = text.indexOf(',');
            if (comma < 0) {
                throw line.error("expected RI,NAME but found no comma: \"" + text + "\"");
            }
            String ri = text.substring(0, comma).strip();
            String name = CatalogFile.key(unquote(line, text.substring(comma + 1).strip()));
            if (name.isEmpty()) {
                throw line.error("empty station name for " + ri);
            }
            String last = null;
            int thru = ri.indexOf(" THRU ");
            if (thru > 0) {
                last = ri.substring(thru + 6).strip();
                ri = ri.substring(0, thru).strip();
                if (!isWellFormed(last) || last.length() != ri.length()
                        || !last.regionMatches(0, ri, 0, ri.length() - 1)
                        || last.charAt(last.length() - 1) < ri.charAt(ri.length() - 1)) {
                    throw line.error("bad RI block \"" + text.substring(0, comma).strip()
                            + "\": expected two RIs of one length differing only in a rising last letter");
                }
            }
            if (!isWellFormed(ri)) {
                throw line.error("RI \"" + ri + "\" is not R followed by 3 to 6 upper-case letters");
            }
            out.add(new Entry(ri, last, name));
        }
        return out;
    }

    /** A CSV field: as is, or in double quotes with {@code ""} standing for one quote. */
    private static String unquote(CatalogFile.Line line, String field) {
        if (field.isEmpty() || field.charAt(0) != '"') {
            if (field.indexOf('"') >= 0) {
                throw line.error("stray double quote in unquoted name \"" + field + "\"");
            }
            return field;
        }
        StringBuilder sb = new StringBuilder(field.length());
        int i = 1;
        while (i < field.length()) {
            char c = field.charAt(i);
            if (c == '"') {
                if (i + 1 < field.length() && field.charAt(i + 1) == '"') {
                    sb.append('"');
                    i += 2;
                    continue;
                }
                if (i + 1 != field.length()) {
                    throw line.error("text after the closing quote: \"" + field + "\"");
                }
                return sb.toString();
            }
            sb.append(c);
            i++;
        }
        throw line.error("unclosed double quote in \"" + field + "\"");
    }
}
