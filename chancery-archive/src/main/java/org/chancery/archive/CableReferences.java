package org.chancery.archive;

import java.util.List;

/**
 * The references of a cable's current version, each resolved against the archive, and the ids of the cables
 * whose current version cites it ("cited by"), sorted.
 */
public record CableReferences(String id, List<ResolvedReference> references, List<String> citedBy) {

    public CableReferences {
        references = List.copyOf(references);
        citedBy = List.copyOf(citedBy);
    }
}
