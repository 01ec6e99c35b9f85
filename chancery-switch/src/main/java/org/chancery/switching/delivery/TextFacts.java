package org.chancery.switching.delivery;

import org.chancery.cable.Cables;
import org.chancery.cable.model.Address;
import org.chancery.cable.model.Cable;
import org.chancery.cable.model.Envelope;
import org.chancery.cable.model.Tag;
import org.chancery.cable.model.Telegram;

import java.util.List;
import java.util.Locale;

/**
 * What delivery needs from a transmission's text: action and info addressees, captions, passing lines, TAGS,
 * subject and originator. Read once per transmission with the lenient reader, which never throws.
 */
record TextFacts(List<Address> to, List<Address> info, boolean nodis, List<String> passing, List<Tag> tags,
                 String subject, String originator) {

    static TextFacts of(String text, String name) {
        Cable cable = Cables.read(text, name).cable();
        Envelope env = cable.envelope();
        Telegram tel = cable.telegram();
        boolean nodis = false;
        List<String> passing = List.of();
        List<Tag> tags = List.of();
        String subject = null;
        if (tel != null) {
            for (String caption : tel.captions()) {
                String c = caption.toUpperCase(Locale.ROOT);
                if (c.contains("NODIS") || c.contains("SPECAT EXCLUSIVE")) nodis = true;
            }
            passing = tel.passing().stream().map(s -> s.toUpperCase(Locale.ROOT)).toList();
            tags = tel.tags();
            subject = tel.subject() == null ? null : tel.subject().text();
        }
        return new TextFacts(env == null ? List.of() : env.to(), env == null ? List.of() : env.info(), nodis,
                passing, tags, subject, env == null || env.from() == null ? null : env.from().plad());
    }

    /** Action when the text names the addressee on a TO line (or names no TO line at all), else info. */
    Role roleOf(Address a) {
        if (to.isEmpty()) return Role.ACTION;
        for (Address t : to) {
            if (same(t, a)) return Role.ACTION;
        }
        return Role.INFO;
    }

    private static boolean same(Address x, Address y) {
        if (x.ri() != null && y.ri() != null) return x.ri().equalsIgnoreCase(y.ri());
        return x.plad() != null && y.plad() != null && x.plad().equalsIgnoreCase(y.plad());
    }
}
