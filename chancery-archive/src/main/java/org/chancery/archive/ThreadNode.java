package org.chancery.archive;

/**
 * One cable of a reference thread: its id, its distance from the cable the thread was asked for, the cable it
 * was reached from and how ({@code CITES}: the parent cites it; {@code CITED_BY}: it cites the parent), and
 * whether the archive holds it (a cited cable that is not in the archive ends its branch).
 */
public record ThreadNode(String id, int depth, String parent, Relation relation, boolean present) {

    public enum Relation { ROOT, CITES, CITED_BY }
}
