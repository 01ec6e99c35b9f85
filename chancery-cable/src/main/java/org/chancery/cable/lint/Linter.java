package org.chancery.cable.lint;

import org.chancery.cable.Diagnostic;
import org.chancery.cable.ParsedCable;
import org.chancery.cable.Severity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks a parsed cable against the rules a strict writer and validator enforce (section 5 of the cable
 * format; docs/lint.md lists every rule). Linting never throws: a rule that fails becomes a
 * {@code lint-failure} diagnostic and the other rules still run.
 */
public final class Linter {

    /** The id of the diagnostic that stands for a rule that threw. */
    public static final String LINT_FAILURE = "lint-failure";

    /**
     * What is being linted. A cable read from an archive has lost what the relay network strips (the BT/NNNN
     * trailer) and has the publisher's long lines, so those are not held against it; a draft about to be sent
     * has no such excuse.
     */
    public enum Mode {
        RECEIVED, DRAFT
    }

    /** Every rule, in the order of section 5. */
    public static final List<Rule> RULES = List.of(
            new EnvelopeRules.FormatLines(),
            new EnvelopeRules.MessageEnd(),
            new PrecedenceRules.Fl2Precedence(),
            new PrecedenceRules.FlashMixed(),
            new EnvelopeRules.FilingTime(),
            new EnvelopeRules.SecurityWarning(),
            new AddressRules.RoutingIndicator(),
            new AddressRules.Mcn(),
            new AddressRules.XmtPlacement(),
            new TextRules.ClassificationLine(),
            new TextRules.SectionNumbering(),
            new TextRules.Captions(),
            new AuthorityRules.EoDeclassification(),
            new AuthorityRules.ClassifiedBy(),
            new TextRules.TagsRule(),
            new MarkingRules.PortionMarks(),
            new MarkingRules.BannerRollup(),
            new MarkingRules.Noforn(),
            new TextRules.LineLength());

    private static volatile Linter builtIn;

    private final Catalogs catalogs;
    private final List<Rule> rules;

    /** A linter with the given catalogs (use {@link Catalogs#of} to pass loaded ones). */
    public Linter(Catalogs catalogs) {
        this(catalogs, RULES);
    }

    Linter(Catalogs catalogs, List<Rule> rules) {
        this.catalogs = catalogs == null ? Catalogs.NONE : catalogs;
        this.rules = List.copyOf(rules);
    }

    /** The linter with the built-in catalogs. */
    public static Linter builtIn() {
        Linter l = builtIn;
        if (l == null) builtIn = l = new Linter(Catalogs.builtIn());
        return l;
    }

    /** The reader's diagnostics and every rule's findings for a cable read from an archive, in text order. */
    public static List<Diagnostic> lint(ParsedCable cable) {
        return builtIn().check(cable, Mode.RECEIVED);
    }

    /** The same for a draft about to be sent: the trailer and the 69-character lines are enforced. */
    public static List<Diagnostic> lintDraft(ParsedCable cable) {
        return builtIn().check(cable, Mode.DRAFT);
    }

    /** The reader's diagnostics and every rule's findings, sorted by line then column. Never throws. */
    public List<Diagnostic> check(ParsedCable cable, Mode mode) {
        if (cable == null) return List.of(failure("no cable to lint"));
        List<Diagnostic> out = new ArrayList<>(cable.diagnostics());
        LintContext ctx;
        try {
            ctx = new LintContext(cable, catalogs, mode);
        } catch (RuntimeException e) {
            out.add(failure("the linter could not examine this cable (" + e + ")"));
            return sorted(out);
        }
        for (Rule rule : rules) {
            List<Diagnostic> found = new ArrayList<>();
            try {
                rule.check(ctx, new Findings(rule.id(), found));
                for (Diagnostic d : found) {
                    if (!saidByReader(cable, d)) out.add(d);
                }
            } catch (RuntimeException e) {
                // Findings made before the failure are dropped: they may be half a conclusion.
                out.add(failure("rule " + rule.id() + " failed on this cable (" + e
                        + "); its findings are missing — please report it with the cable"));
            }
        }
        return sorted(out);
    }

    /**
     * Whether the reader already reported this rule on this line (the readers use some of the same ids, e.g.
     * classified-by): the reader's finding stands and the rule's would only repeat it.
     */
    private static boolean saidByReader(ParsedCable cable, Diagnostic d) {
        for (Diagnostic r : cable.diagnostics()) {
            if (r.rule().equals(d.rule()) && r.line() == d.line()) return true;
        }
        return false;
    }

    private static Diagnostic failure(String message) {
        return new Diagnostic(LINT_FAILURE, Severity.ERROR, 0, 0, message);
    }

    private static List<Diagnostic> sorted(List<Diagnostic> out) {
        // Stable sort: within one position, the reader's findings come first, then the rules in section order.
        out.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        return List.copyOf(out);
    }
}
