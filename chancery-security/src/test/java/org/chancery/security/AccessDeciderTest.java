package org.chancery.security;

import org.chancery.cable.model.Level;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class AccessDeciderTest {

    private static final Principal ANALYST = new Principal("analyst", Level.SECRET, Set.of("EXDIS"),
            Set.of("USA", "GBR"), Set.of("PRAGUE", "EUR/CE"), Set.of(Role.READER));

    @Test
    void reasons() {
        assertThat(AccessDecider.decide(ANALYST, "SECRET//NOFORN//EXDIS//REL TO USA, GBR//DIST PRAGUE"))
                .isSameAs(Decision.ALLOW);
        assertThat(AccessDecider.decide(ANALYST, "TOP SECRET").reason()).isEqualTo(Reason.LEVEL);
        assertThat(AccessDecider.decide(ANALYST, "SECRET//NODIS").reason()).isEqualTo(Reason.CONTROL_NOT_HELD);
        assertThat(AccessDecider.decide(ANALYST, "SECRET//NODIS").message()).contains("NODIS access list");
        assertThat(AccessDecider.decide(ANALYST, "SECRET//REL TO USA, AUS").reason()).isEqualTo(Reason.ALLOWED);
        assertThat(AccessDecider.decide(ANALYST.withNationalities(Set.of("GBR")), "SECRET//REL TO USA, AUS").reason())
                .isEqualTo(Reason.NOT_RELEASABLE);
        assertThat(AccessDecider.decide(ANALYST, "SECRET//DIST ROME").reason()).isEqualTo(Reason.DISTRIBUTION);
        assertThat(AccessDecider.decide(ANALYST, "SECRET//").reason()).isEqualTo(Reason.MALFORMED_LABEL);
        assertThat(AccessDecider.decide(ANALYST, (String) null).reason()).isEqualTo(Reason.MALFORMED_LABEL);
        assertThat(AccessDecider.decide(ANALYST, (Label) null).reason()).isEqualTo(Reason.MALFORMED_LABEL);
        assertThat(AccessDecider.decide(null, Label.of(Level.UNCLASSIFIED)).reason()).isEqualTo(Reason.NO_PRINCIPAL);
    }

    @Test
    void rolesDoNotWidenReading() {
        Principal admin = new Principal("root", Level.CONFIDENTIAL, Set.of(), Set.of("USA"), Set.of(),
                Set.of(Role.values()));
        assertThat(AccessDecider.decide(admin, "SECRET").reason()).isEqualTo(Reason.LEVEL);
        assertThat(admin.hasRole(Role.AUDITOR)).isTrue();
    }

    @Test
    void theAllowPathAllocatesNothing() {
        assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean,
                "this JVM does not count allocated bytes per thread");
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(mx.isThreadAllocatedMemorySupported() && mx.isThreadAllocatedMemoryEnabled(),
                "per-thread allocation counting is off");
        Label label = Label.of(Level.SECRET, Set.of(Control.NOFORN, Control.EXDIS), List.of("USA", "GBR"),
                new Distribution.Limited(List.of("ROME", "PRAGUE")));
        long id = Thread.currentThread().threadId();
        int allowed = 0;
        for (int i = 0; i < 1000; i++) if (AccessDecider.decide(ANALYST, label).allowed()) allowed++; // warm up
        long before = mx.getThreadAllocatedBytes(id);
        for (int i = 0; i < 100_000; i++) if (AccessDecider.decide(ANALYST, label).allowed()) allowed++;
        long after = mx.getThreadAllocatedBytes(id);
        assertThat(allowed).isEqualTo(101_000);
        // a few bytes of slack for the measurement itself; one allocation per call would be megabytes
        assertThat(after - before).isLessThan(4096);
    }
}
