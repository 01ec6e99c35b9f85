package org.chancery.archive.index;

import java.time.Instant;
import java.util.List;

/**
 * A cable's fields as the index gives them back for export (no body text: the store of record has it).
 *
 * @param subject the subject, or null when there is none or the reader may not read it
 */
public record IndexedCable(String id, Instant dtg, String origin, List<String> to, List<String> info,
                           String classification, List<String> caveats, List<String> tags, String precedence,
                           List<String> references, String subject) {

    public IndexedCable {
        to = List.copyOf(to);
        info = List.copyOf(info);
        caveats = List.copyOf(caveats);
        tags = List.copyOf(tags);
        references = List.copyOf(references);
    }
}
