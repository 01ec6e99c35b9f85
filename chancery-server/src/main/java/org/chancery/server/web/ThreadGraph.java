package org.chancery.server.web;

import org.chancery.archive.ThreadNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The reference graph of a thread, laid out for a server-rendered SVG: cited cables to the right of the cables
 * citing them, one column per step; nodes link to their cables. Nodes are only those the
 * gate returned (what exists for the reader); a cited cable not in the archive is drawn dashed, without a link.
 */
public record ThreadGraph(List<Node> nodes, List<Edge> edges, int width, int height) {

    public static final int NODE_W = 150;
    public static final int NODE_H = 28;
    private static final int COL = 200;
    private static final int ROW = 44;

    public record Node(String id, int x, int y, boolean present, boolean root, String relation) {
        public String href() {
            return "/cables/" + id;
        }

        public int cx() {
            return x + NODE_W / 2;
        }

        public int cy() {
            return y + NODE_H / 2;
        }
    }

    /** An edge from the citing cable to the cited one. */
    public record Edge(int x1, int y1, int x2, int y2) {
    }

    static ThreadGraph of(List<ThreadNode> thread) {
        // A cable's column is one right of the cable it was reached from when it is cited by it, one left when it
        // cites it: every arrow then spans one column (the thread comes breadth-first, parents before children).
        Map<String, Integer> column = new HashMap<>();
        int min = 0;
        int max = 0;
        for (ThreadNode n : thread) {
            Integer parent = n.parent() == null ? null : column.get(n.parent());
            int c = parent == null ? 0 : n.relation() == ThreadNode.Relation.CITED_BY ? parent - 1 : parent + 1;
            column.putIfAbsent(n.id(), c);
            min = Math.min(min, c);
            max = Math.max(max, c);
        }
        Map<Integer, Integer> rows = new HashMap<>();
        Map<String, Node> byId = new HashMap<>();
        List<Node> nodes = new ArrayList<>();
        for (ThreadNode n : thread) {
            if (byId.containsKey(n.id())) continue;
            int col = column.get(n.id()) - min;
            int row = rows.merge(col, 1, Integer::sum) - 1;
            Node node = new Node(n.id(), 10 + col * COL, 10 + row * ROW, n.present(),
                    n.relation() == ThreadNode.Relation.ROOT, n.relation().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            nodes.add(node);
            byId.put(n.id(), node);
        }
        List<Edge> edges = new ArrayList<>();
        for (ThreadNode n : thread) {
            if (n.parent() == null) continue;
            Node child = byId.get(n.id());
            Node parent = byId.get(n.parent());
            if (child == null || parent == null) continue;
            // The arrow goes from the citing cable to the cited one.
            Node from = n.relation() == ThreadNode.Relation.CITED_BY ? child : parent;
            Node to = n.relation() == ThreadNode.Relation.CITED_BY ? parent : child;
            boolean rightward = to.x() > from.x();
            edges.add(new Edge(rightward ? from.x() + NODE_W : from.x(), from.cy(),
                    rightward ? to.x() - 6 : to.x() + NODE_W + 6, to.cy()));
        }
        int columns = max - min + 1;
        int maxRows = rows.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        return new ThreadGraph(nodes, edges, 20 + (columns - 1) * COL + NODE_W, 20 + maxRows * ROW);
    }
}
