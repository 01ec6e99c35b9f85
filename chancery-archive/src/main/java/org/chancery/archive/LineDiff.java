package org.chancery.archive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A line diff between two texts, written as a unified diff. Myers' O((N+M)·D) algorithm on what remains after
 * the common head and tail are cut off; its trace grows as D², so past {@link #MAX_EDITS} differing lines the
 * middle is given as removed and added whole (versions of a cable differ by a few lines, not thousands).
 */
public final class LineDiff {

    /** The most edits searched for; beyond that the diff is still correct, only no longer minimal. */
    static final int MAX_EDITS = 2_000;

    private static final int CONTEXT = 3;

    private LineDiff() {
    }

    /** One line of the edit script: kept, removed from the first text or added by the second. */
    public enum Op { KEEP, REMOVE, ADD }

    public record Edit(Op op, String line) {
    }

    /** The edit script turning {@code a} into {@code b}, line by line (lines split at \n; \r kept). */
    public static List<Edit> edits(String a, String b) {
        return edits(lines(a), lines(b));
    }

    static List<Edit> edits(List<String> a, List<String> b) {
        // Lines as small ints, so that the inner loop compares ints.
        Map<String, Integer> codes = new HashMap<>();
        int[] x = encode(a, codes);
        int[] y = encode(b, codes);
        int head = 0;
        while (head < x.length && head < y.length && x[head] == y[head]) head++;
        int tail = 0;
        while (tail < x.length - head && tail < y.length - head
                && x[x.length - 1 - tail] == y[y.length - 1 - tail]) tail++;

        List<Edit> out = new ArrayList<>(Math.max(a.size(), b.size()) + 8);
        for (int i = 0; i < head; i++) out.add(new Edit(Op.KEEP, a.get(i)));
        middle(a, b, x, y, head, x.length - tail, head, y.length - tail, out);
        for (int i = x.length - tail; i < x.length; i++) out.add(new Edit(Op.KEEP, a.get(i)));
        return out;
    }

    private static void middle(List<String> a, List<String> b, int[] x, int[] y, int aFrom, int aTo, int bFrom,
                               int bTo, List<Edit> out) {
        int n = aTo - aFrom;
        int m = bTo - bFrom;
        int max = n + m;
        if (max == 0) return;
        int offset = max + 1;
        int[] v = new int[2 * max + 3];
        List<int[]> trace = new ArrayList<>();
        int found = -1;
        for (int d = 0; d <= Math.min(max, MAX_EDITS) && found < 0; d++) {
            // The state before step d, over diagonals -d..d: what backtracking needs at this step.
            trace.add(Arrays.copyOfRange(v, offset - d, offset + d + 1));
            for (int k = -d; k <= d; k += 2) {
                int i = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]))
                        ? v[offset + k + 1] : v[offset + k - 1] + 1;
                int j = i - k;
                while (i < n && j < m && x[aFrom + i] == y[bFrom + j]) {
                    i++;
                    j++;
                }
                v[offset + k] = i;
                if (i >= n && j >= m) {
                    found = d;
                    break;
                }
            }
        }
        if (found < 0) {
            for (int i = aFrom; i < aTo; i++) out.add(new Edit(Op.REMOVE, a.get(i)));
            for (int j = bFrom; j < bTo; j++) out.add(new Edit(Op.ADD, b.get(j)));
            return;
        }
        List<Edit> reversed = new ArrayList<>();
        int i = n;
        int j = m;
        for (int d = found; d > 0; d--) {
            int[] prev = trace.get(d);
            int k = i - j;
            // prev holds diagonals -d..d of step d-1 at index k + d.
            boolean down = k == -d || (k != d && prev[k - 1 + d] < prev[k + 1 + d]);
            int prevK = down ? k + 1 : k - 1;
            int prevI = prev[prevK + d];
            int prevJ = prevI - prevK;
            while (i > prevI && j > prevJ) {
                reversed.add(new Edit(Op.KEEP, a.get(aFrom + i - 1)));
                i--;
                j--;
            }
            if (down) reversed.add(new Edit(Op.ADD, b.get(bFrom + prevJ)));
            else reversed.add(new Edit(Op.REMOVE, a.get(aFrom + prevI)));
            i = prevI;
            j = prevJ;
        }
        while (i > 0 && j > 0) {
            reversed.add(new Edit(Op.KEEP, a.get(aFrom + i - 1)));
            i--;
            j--;
        }
        for (int r = reversed.size() - 1; r >= 0; r--) out.add(reversed.get(r));
    }

    /**
     * The unified diff of {@code a} (labelled {@code aName}) and {@code b}, with three lines of context; the
     * empty string when they are equal.
     */
    public static String unified(String aName, String a, String bName, String b) {
        List<Edit> edits = edits(a, b);
        StringBuilder sb = new StringBuilder();
        int index = 0;
        // Positions (0-based) in a and b of each edit, to number hunks.
        int[] aLine = new int[edits.size() + 1];
        int[] bLine = new int[edits.size() + 1];
        for (int e = 0; e < edits.size(); e++) {
            Op op = edits.get(e).op();
            aLine[e + 1] = aLine[e] + (op == Op.ADD ? 0 : 1);
            bLine[e + 1] = bLine[e] + (op == Op.REMOVE ? 0 : 1);
        }
        while (index < edits.size()) {
            int firstChange = nextChange(edits, index);
            if (firstChange < 0) break;
            int start = Math.max(index, firstChange - CONTEXT);
            int end = firstChange;
            // Extend the hunk while the next change is within two contexts of the last one.
            while (true) {
                int lastChange = end;
                while (lastChange < edits.size() && edits.get(lastChange).op() != Op.KEEP) lastChange++;
                int next = nextChange(edits, lastChange);
                if (next >= 0 && next - lastChange <= 2 * CONTEXT) {
                    end = next;
                } else {
                    end = Math.min(edits.size(), lastChange + CONTEXT);
                    break;
                }
            }
            if (sb.isEmpty()) sb.append("--- ").append(aName).append('\n').append("+++ ").append(bName).append('\n');
            int aCount = aLine[end] - aLine[start];
            int bCount = bLine[end] - bLine[start];
            sb.append("@@ -").append(range(aLine[start], aCount)).append(" +").append(range(bLine[start], bCount))
                    .append(" @@\n");
            for (int e = start; e < end; e++) {
                Edit edit = edits.get(e);
                sb.append(switch (edit.op()) {
                    case KEEP -> ' ';
                    case REMOVE -> '-';
                    case ADD -> '+';
                }).append(edit.line()).append('\n');
            }
            index = end;
        }
        return sb.toString();
    }

    private static int nextChange(List<Edit> edits, int from) {
        for (int e = from; e < edits.size(); e++) {
            if (edits.get(e).op() != Op.KEEP) return e;
        }
        return -1;
    }

    /** {@code start,count} as unified diffs write it: 1-based, and the line before when the range is empty. */
    private static String range(int zeroBasedStart, int count) {
        return (count == 0 ? zeroBasedStart : zeroBasedStart + 1) + "," + count;
    }

    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                out.add(text.substring(start, i));
                start = i + 1;
            }
        }
        if (start < text.length()) out.add(text.substring(start));
        return out;
    }

    private static int[] encode(List<String> lines, Map<String, Integer> codes) {
        int[] out = new int[lines.size()];
        for (int i = 0; i < out.length; i++) {
            Integer code = codes.get(lines.get(i));
            if (code == null) {
                code = codes.size();
                codes.put(lines.get(i), code);
            }
            out[i] = code;
        }
        return out;
    }
}
