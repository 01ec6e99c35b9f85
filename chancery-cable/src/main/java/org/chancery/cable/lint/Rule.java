package org.chancery.cable.lint;

import org.chancery.cable.Severity;

/**
 * One check of section 5 of the cable format. {@link #id()} is stable: users filter, count and suppress
 * findings by it, so it never changes once published. {@link #severity()} is the rule's usual severity; a rule
 * may report a finding at a lower one where docs/lint.md says why (e.g. a body-only extract is INFO, not an
 * error).
 */
public interface Rule {

    /** Kebab-case, stable, e.g. {@code fl2-precedence}. */
    String id();

    Severity severity();

    /** Examines the cable and reports to {@code out}. May throw: the linter turns that into a lint-failure. */
    void check(LintContext cable, Findings out);
}
