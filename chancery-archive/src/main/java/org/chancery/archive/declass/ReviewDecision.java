package org.chancery.archive.declass;

import java.time.LocalDate;
import java.util.Set;

/** What a declassification reviewer decides for a cable in the review queue. */
public sealed interface ReviewDecision {

    /** Declassify the whole cable. */
    record Declassify() implements ReviewDecision {
    }

    /** Declassify all but these paragraphs (by number) and, if {@code subject}, the subject; they stay marked. */
    record Partial(Set<Integer> paragraphs, boolean subject) implements ReviewDecision {
        public Partial {
            paragraphs = Set.copyOf(paragraphs);
            if (paragraphs.isEmpty() && !subject) {
                throw new IllegalArgumentException("a partial declassification exempts at least one paragraph");
            }
        }
    }

    /** Keep it classified until {@code until}, when it is declassified; {@code reason} is required. */
    record Extend(LocalDate until, String reason) implements ReviewDecision {
        public Extend {
            if (until == null) throw new IllegalArgumentException("an extension needs a new date");
            if (reason == null || reason.isBlank()) throw new IllegalArgumentException("an extension needs a reason");
        }
    }
}
