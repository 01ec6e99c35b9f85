package org.chancery.server.gate;

import org.chancery.archive.CableNotFoundException;
import org.chancery.archive.CableReferences;
import org.chancery.archive.ThreadNode;
import org.chancery.archive.index.SearchRequest;
import org.chancery.archive.index.SearchResult;
import org.chancery.archive.store.VersionInfo;
import org.chancery.security.Principal;
import org.chancery.security.RedactedCable;

import java.util.List;

/**
 * Every way the server reaches a cable, for one principal. Handlers call this and nothing else of the archive:
 * the access decision is made behind it, once, by the security module. Whatever a principal may not see throws
 * {@link CableNotFoundException} exactly as a missing id does.
 */
public interface ReadingGate {

    /** A search limited to what the principal may read (hits, snippets, facets and totals alike). */
    SearchResult search(Principal principal, SearchRequest request);

    /** A version of a cable (current when {@code version} is null) as the principal may see it. */
    RedactedCable cable(Principal principal, String id, Integer version);

    /**
     * The source bytes of a version, only for a principal who may read all of it; a partly withheld cable
     * throws {@link PartlyWithheldException} (the principal knows it exists, but not all of it).
     */
    byte[] original(Principal principal, String id, Integer version);

    List<VersionInfo> versions(Principal principal, String id);

    /** The unified diff of the canonical texts of two versions, both as the principal may see them. */
    String diff(Principal principal, String id, int from, int to);

    /** References and cited-by, listing only cables that exist for the principal. */
    CableReferences references(Principal principal, String id);

    /** The reference thread, with only the cables that exist for the principal. */
    List<ThreadNode> thread(Principal principal, String id, int maxDepth);

    final class PartlyWithheldException extends RuntimeException {
        public PartlyWithheldException(String id) {
            super("cable " + id + " holds portions withheld from you: its original text cannot be shown; "
                    + "the canonical text and the JSON are redacted", null, false, false);
        }
    }
}
