package org.chancery.cable.lint;

import org.chancery.cable.CableFacts;
import org.chancery.cable.ParsedCable;
import org.chancery.cable.model.Dtg;
import org.chancery.cable.model.Envelope;
import org.chancery.cable.model.Level;
import org.chancery.cable.model.Telegram;

import java.util.Locale;

/**
 * One cable as the rules see it: the parsed cable, where things are in its text, the catalogs, whether it is a
 * cable read from an archive or a draft about to be sent, and the facts several rules derive the same way (the
 * DTG, the banner level).
 */
public final class LintContext {

    private final ParsedCable parsed;
    private final Locator locator;
    private final Catalogs catalogs;
    private final Linter.Mode mode;
    private final Dtg dtg;

    LintContext(ParsedCable parsed, Catalogs catalogs, Linter.Mode mode) {
        this.parsed = parsed;
        this.locator = new Locator(parsed);
        this.catalogs = catalogs;
        this.mode = mode;
        this.dtg = dtgOf(parsed);
    }

    public ParsedCable parsed() {
        return parsed;
    }

    public Locator locate() {
        return locator;
    }

    public Catalogs catalogs() {
        return catalogs;
    }

    /** True for a draft about to be sent: conventions that read cables legitimately lose are enforced. */
    public boolean draft() {
        return mode == Linter.Mode.DRAFT;
    }

    /** The envelope, or null for a body-only text. */
    public Envelope envelope() {
        return parsed.cable() == null ? null : parsed.cable().envelope();
    }

    /** The telegram text; never null (an empty telegram when the reader found none). */
    public Telegram telegram() {
        Telegram t = parsed.cable() == null ? null : parsed.cable().telegram();
        return t != null ? t : org.chancery.cable.read.TelegramReader.empty();
    }

    /** The DTG of FL5, else the one the cable's facts give (e.g. from the text of a cable without header), else null. */
    public Dtg dtg() {
        return dtg;
    }

    /**
     * The banner level: the classification line's, raised to SBU when an unclassified cable carries the
     * SENSITIVE caption (that is how SBU is sent). Null when there is no classification line.
     */
    public Level banner() {
        Telegram t = telegram();
        if (t.classification() == null || t.classification().level() == null) return null;
        Level level = t.classification().level();
        if (level == Level.UNCLASSIFIED && hasCaption("SENSITIVE")) return Level.SBU;
        return level;
    }

    /** Whether a caption (or a word of a caption line, e.g. NOFORN in {@code NOFORN SIPDIS}) is present. */
    public boolean hasCaption(String word) {
        for (String caption : telegram().captions()) {
            for (String w : Words.of(caption)) {
                if (w.equals(word)) return true;
            }
        }
        return false;
    }

    private static Dtg dtgOf(ParsedCable parsed) {
        Envelope e = parsed.cable() == null ? null : parsed.cable().envelope();
        if (e != null && e.format() != null && e.format().dtg() != null) return e.format().dtg();
        try {
            CableFacts facts = CableFacts.of(parsed);
            return facts == null ? null : facts.dtg();
        } catch (RuntimeException ex) {
            return null; // the facts are a convenience here; without them the date checks are skipped
        }
    }

    /** Upper case, {@link Locale#ROOT}: cables are ASCII and must not meet a Turkish dotless i. */
    static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }
}
