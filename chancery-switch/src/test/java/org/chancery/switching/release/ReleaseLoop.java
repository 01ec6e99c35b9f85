package org.chancery.switching.release;

import org.chancery.switching.Fixtures;
import org.chancery.switching.draft.Addressee;
import org.chancery.switching.draft.DraftContent;
import org.chancery.switching.network.Network;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * A switch process that releases cables at Prague in a loop, printing {@code R <mrn> <cable id>} after each
 * release has committed. {@link ReleaseCrashTest} kills it with {@code kill -9}. Arguments: store folder, count
 * (0: until killed).
 */
public final class ReleaseLoop {

    private ReleaseLoop() {
    }

    static DraftContent draft() {
        DraftContent s = Fixtures.seedLike();
        return new DraftContent("RUEHPG", "pol-officer", List.of(), s.classification(), null,
                List.of(Addressee.of("RUEHC")), List.of(Addressee.of("RUEHZL"), Addressee.of("RUEKJCS")), List.of(),
                s.captions(), List.of(), null, null, s.tags(), s.subject(), List.of(), s.classifiedBy(),
                s.paragraphs(), "Doe");
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        try (SwitchStore store = SwitchStore.open(dir)) {
            // Archive and queues that accept everything: the hand-off flags then show what a kill interrupted.
            DraftWorkflow flow = new DraftWorkflow(store, Network.builtIn(), Clock.systemUTC(), e -> { },
                    (id, text) -> { }, r -> { });
            flow.resume();
            DraftContent d = draft();
            long start = System.nanoTime();
            for (int i = 0; count == 0 || i < count; i++) {
                Release r = flow.send(d, "charge");
                System.out.println("R " + r.mrn() + " " + r.cableId());
                System.out.flush();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(java.util.Locale.ROOT, "RATE %d releases in %.2f s: %.1f/s%n", count, seconds,
                    count / seconds);
        }
    }
}
