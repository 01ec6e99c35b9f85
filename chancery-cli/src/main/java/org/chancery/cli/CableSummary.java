package org.chancery.cli;

import org.chancery.cable.CableFacts;
import org.chancery.cable.Diagnostic;
import org.chancery.cable.ParsedCable;
import org.chancery.cable.Severity;
import org.chancery.cable.model.Envelope;
import org.chancery.cable.model.Telegram;

import java.nio.file.Path;

/**
 * The human-readable form of {@code chancery parse}: three lines per cable, e.g.
 * <pre>
 * 09PRAGUE589  CONFIDENTIAL  2009-10-02T14:44:00Z  FM AMEMBASSY PRAGUE  (seed-cable.txt)
 *   CZECH COMMENTS ON U.S.-CZECH STRATEGIC COOPERATION
 *   3 paragraphs, 1 diagnostic (0 errors, 1 warning)
 * </pre>
 * A dash stands for what the cable does not say.
 */
final class CableSummary {

    private CableSummary() {
    }

    static String of(Path file, ParsedCable parsed) {
        CableFacts facts = CableFacts.of(parsed);
        Envelope envelope = parsed.cable().envelope();
        Telegram telegram = parsed.cable().telegram();
        String from = envelope != null && envelope.from() != null ? envelope.from().plad() : facts.origin();
        int errors = 0;
        int warnings = 0;
        for (Diagnostic d : parsed.diagnostics()) {
            if (d.severity() == Severity.ERROR) errors++;
            else if (d.severity() == Severity.WARNING) warnings++;
        }
        int paragraphs = telegram.paragraphs().size();
        int diagnostics = parsed.diagnostics().size();
        return orDash(facts.id())
                + "  " + (facts.classification() == null ? "-" : facts.classification().word())
                + "  " + (facts.dtg() == null ? "-" : facts.dtg().toZonedDateTime().toInstant().toString())
                + "  FM " + orDash(from)
                + "  (" + file + ")\n"
                + "  " + (telegram.subject() == null ? "-" : telegram.subject().text()) + "\n"
                + "  " + plural(paragraphs, "paragraph") + ", " + plural(diagnostics, "diagnostic")
                + " (" + plural(errors, "error") + ", " + plural(warnings, "warning") + ")\n";
    }

    static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String orDash(String s) {
        return s == null || s.isEmpty() ? "-" : s;
    }
}
