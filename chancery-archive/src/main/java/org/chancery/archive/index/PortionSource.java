package org.chancery.archive.index;

import java.util.List;

/**
 * Where the index reads the text of the cables on a page of hits: it indexes portion text without keeping a copy
 * (a stored copy cost a tenth of the indexing CPU and over half the index, and every merge copied it again), so
 * snippets are made from the store of record, which is authoritative anyway. Only the few hits of a page are read.
 * The archive gives one to the index when it opens it; an index without one makes no snippets.
 */
@FunctionalInterface
public interface PortionSource {

    /** No text: hits come without snippets. */
    PortionSource NONE = (id, version) -> List.of();

    /**
     * The portions of version {@code version} of cable {@code id} as the index received them: the same text cut the
     * same way, each portion with its label class (levels and controls), so that the index shows a reader only the
     * portions of the classes it may read. Empty when the store does not hold that version.
     */
    List<IndexDocument.Portion> portions(String id, int version);
}
