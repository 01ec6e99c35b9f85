package org.chancery.archive.store;

import org.chancery.cable.CableFacts;
import org.chancery.cable.ParsedCable;
import org.chancery.cable.model.Level;
import org.chancery.cable.model.Precedence;
import org.chancery.cable.model.Tag;
import org.chancery.cable.model.Telegram;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The parsed fields the store keeps next to each version, for listing versions and threads without parsing the
 * source again. Each may be null (or empty) when the cable does not say.
 */
public record Listing(
        Instant dtg,
        Level classification,
        List<String> caveats,
        String origin,
        Precedence precedence,
        List<String> tags,
        String subject) {

    public Listing {
        caveats = List.copyOf(caveats);
        tags = List.copyOf(tags);
    }

    public static Listing of(ParsedCable parsed, CableFacts facts) {
        Telegram telegram = parsed.cable() == null ? null : parsed.cable().telegram();
        List<String> tags = new ArrayList<>();
        String subject = null;
        if (telegram != null) {
            for (Tag tag : telegram.tags()) tags.add(tag.code());
            if (telegram.subject() != null) subject = telegram.subject().text();
        }
        Instant dtg = facts.dtg() == null ? null : facts.dtg().toZonedDateTime().toInstant();
        return new Listing(dtg, facts.classification(), facts.caveats(), facts.origin(), facts.precedence(), tags,
                subject);
    }
}
