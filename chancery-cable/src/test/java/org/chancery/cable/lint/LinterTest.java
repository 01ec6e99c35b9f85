package org.chancery.cable.lint;

import org.chancery.cable.Diagnostic;
import org.chancery.cable.ParsedCable;
import org.chancery.cable.Severity;
import org.chancery.cable.model.Envelope;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LinterTest {

    @Test
    void aWellFormedCableHasNoFindingAtAll() {
        CableBuilder b = new CableBuilder();
        assertThat(CableBuilder.linter().check(b.parsed(), Linter.Mode.RECEIVED)).isEmpty();
        assertThat(CableBuilder.linter().check(b.parsed(), Linter.Mode.DRAFT)).isEmpty();
        assertThat(b.text().lines()).allMatch(l -> l.length() <= 69);
    }

    @Test
    void aWellFormedCableHasNoErrorOrWarningEvenWithoutCatalogs() {
        List<Diagnostic> d = new Linter(Catalogs.NONE).check(new CableBuilder().parsed(), Linter.Mode.RECEIVED);
        assertThat(d).noneMatch(x -> x.severity() != Severity.INFO);
    }

    @Test
    void keepsTheReadersDiagnosticsAndSortsByLineThenColumn() {
        CableBuilder b = new CableBuilder();
        b.diagnostics.add(new Diagnostic("paragraph-numbering", Severity.WARNING, 30, 1, "from the reader"));
        b.security = new Envelope.SecurityWarning("ZNY", "SSSSS", List.of(), List.of("ZZH"));
        b.ssnRepeat = "#0418";
        List<Diagnostic> d = CableBuilder.linter().check(b.parsed(), Linter.Mode.RECEIVED);
        assertThat(d).extracting(Diagnostic::rule).contains("paragraph-numbering", "security-warning", "message-end");
        assertThat(d).isSortedAccordingTo(Comparator.comparingInt(Diagnostic::line)
                .thenComparingInt(Diagnostic::column));
    }

    @Test
    void aRuleThatThrowsBecomesALintFailureAndTheOthersStillRun() {
        Rule broken = new Rule() {
            @Override
            public String id() {
                return "broken";
            }

            @Override
            public Severity severity() {
                return Severity.ERROR;
            }

            @Override
            public void check(LintContext cable, Findings out) {
                out.error(Position.WHOLE, "half a conclusion");
                throw new IllegalStateException("boom");
            }
        };
        List<Rule> rules = new ArrayList<>(Linter.RULES);
        rules.add(0, broken);
        CableBuilder b = new CableBuilder();
        b.ssnRepeat = "#0418";
        List<Diagnostic> d = new Linter(CableBuilder.catalogs(), rules).check(b.parsed(), Linter.Mode.RECEIVED);
        assertThat(d).extracting(Diagnostic::rule).containsExactlyInAnyOrder(Linter.LINT_FAILURE, "message-end");
        assertThat(d.stream().filter(x -> x.rule().equals(Linter.LINT_FAILURE)).findFirst().orElseThrow().message())
                .contains("broken", "boom");
    }

    @Test
    void aCableWithNothingInItDoesNotBreakTheLinter() {
        CableBuilder b = new CableBuilder();
        b.header = false;
        b.classification = null;
        b.captions.clear();
        b.eo = null;
        b.tags.clear();
        b.subject = null;
        b.classifiedBy = null;
        b.body.clear();
        b.signers.clear();
        ParsedCable empty = b.parsed();
        List<Diagnostic> d = Linter.lint(empty);
        assertThat(d).noneMatch(x -> x.rule().equals(Linter.LINT_FAILURE));
        assertThat(d).extracting(Diagnostic::rule).contains("envelope-format-lines", "classification-line", "tags");
        assertThat(d).noneMatch(x -> x.severity() == Severity.ERROR); // an empty extract is odd, not wrong
    }

    @Test
    void nullIsALintFailureNotAnException() {
        assertThat(Linter.lint(null)).singleElement()
                .satisfies(x -> assertThat(x.rule()).isEqualTo(Linter.LINT_FAILURE));
    }
}
