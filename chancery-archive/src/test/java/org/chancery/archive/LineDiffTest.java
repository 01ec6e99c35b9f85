package org.chancery.archive;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.chancery.archive.LineDiff.Edit;
import org.chancery.archive.LineDiff.Op;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LineDiffTest {

    @Test
    void equalTextsHaveNoDiff() {
        assertThat(LineDiff.unified("a", "x\ny\n", "b", "x\ny\n")).isEmpty();
    }

    @Test
    void writesAUnifiedDiffWithContext() {
        String a = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n";
        String b = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n10\n11\n12\nthirteen\n";
        assertThat(LineDiff.unified("v1", a, "v2", b)).isEqualTo("""
                --- v1
                +++ v2
                @@ -2,7 +2,7 @@
                 2
                 3
                 4
                -5
                +five
                 6
                 7
                 8
                @@ -10,3 +10,4 @@
                 10
                 11
                 12
                +thirteen
                """);
    }

    @Test
    void nearChangesShareAHunkAndEmptyRangesPointAtTheLineBefore() {
        assertThat(LineDiff.unified("a", "x\n", "b", "")).isEqualTo("--- a\n+++ b\n@@ -1,1 +0,0 @@\n-x\n");
        assertThat(LineDiff.unified("a", "", "b", "x\n")).isEqualTo("--- a\n+++ b\n@@ -0,0 +1,1 @@\n+x\n");
        String a = "1\n2\n3\n4\n5\n6\n7\n8\n";
        String b = "1\nTWO\n3\n4\n5\n6\nSEVEN\n8\n";
        assertThat(LineDiff.unified("a", a, "b", b)).containsOnlyOnce("@@ -");
    }

    @Property(tries = 500)
    void editsTurnTheFirstIntoTheSecondAndAreMinimal(@ForAll @Size(max = 14) List<@IntRange(max = 3) Integer> xs,
                                                     @ForAll @Size(max = 14) List<@IntRange(max = 3) Integer> ys) {
        List<String> a = xs.stream().map(String::valueOf).toList();
        List<String> b = ys.stream().map(String::valueOf).toList();
        List<Edit> edits = LineDiff.edits(a, b);
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        int changes = 0;
        for (Edit e : edits) {
            if (e.op() != Op.ADD) left.add(e.line());
            if (e.op() != Op.REMOVE) right.add(e.line());
            if (e.op() != Op.KEEP) changes++;
        }
        assertThat(left).isEqualTo(a);
        assertThat(right).isEqualTo(b);
        assertThat(changes).isEqualTo(a.size() + b.size() - 2 * lcs(a, b));
    }

    @Test
    void pastTheEditBoundTheDiffIsStillCorrect() {
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < LineDiff.MAX_EDITS + 500; i++) {
            a.append("a").append(i).append('\n');
            b.append("b").append(i).append('\n');
        }
        List<Edit> edits = LineDiff.edits(a.toString(), b.toString());
        assertThat(edits).hasSize(2 * (LineDiff.MAX_EDITS + 500));
        assertThat(edits.get(0).op()).isEqualTo(Op.REMOVE);
    }

    private static int lcs(List<String> a, List<String> b) {
        int[][] t = new int[a.size() + 1][b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                t[i][j] = a.get(i - 1).equals(b.get(j - 1)) ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
            }
        }
        return t[a.size()][b.size()];
    }
}
