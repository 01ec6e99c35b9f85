package org.chancery.archive.audit;

import java.util.List;

/**
 * What {@code verify} found: how many records it walked, the head of the chain (last seq and its hash, to be
 * recorded elsewhere as an anchor against truncation) and the findings, in log order; none when the log is
 * intact.
 */
public record AuditVerification(long records, long headSeq, String headHash, List<AuditFinding> findings) {

    public AuditVerification {
        findings = List.copyOf(findings);
    }

    public boolean intact() {
        return findings.isEmpty();
    }
}
