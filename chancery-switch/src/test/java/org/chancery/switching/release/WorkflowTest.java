package org.chancery.switching.release;

import org.chancery.switching.Fixtures;
import org.chancery.switching.MutableClock;
import org.chancery.switching.draft.Addressee;
import org.chancery.switching.draft.AuditEvent;
import org.chancery.switching.draft.Draft;
import org.chancery.switching.draft.DraftContent;
import org.chancery.switching.draft.DraftState;
import org.chancery.switching.draft.InMemoryAuditSink;
import org.chancery.switching.draft.WorkflowException;
import org.chancery.switching.network.Network;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every forbidden step of the workflow is refused with a reason, and audited. */
class WorkflowTest {

    @TempDir
    Path dir;

    SwitchStore store;
    InMemoryAuditSink audit;
    List<String> archived;
    DraftWorkflow flow;

    @BeforeEach
    void open() {
        store = SwitchStore.open(dir);
        audit = new InMemoryAuditSink();
        archived = new ArrayList<>();
        flow = new DraftWorkflow(store, Network.builtIn(), new MutableClock("2009-10-02T14:44:00Z"), audit,
                (id, text) -> archived.add(id), ReleaseListener.NONE);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void refused(Runnable step, String... words) {
        int before = audit.events().size();
        assertThatThrownBy(step::run).isInstanceOf(WorkflowException.class).hasMessageContainingAll(words);
        AuditEvent last = audit.events().get(audit.events().size() - 1);
        assertThat(audit.events()).hasSize(before + 1);
        assertThat(last.outcome()).isEqualTo(AuditEvent.REFUSED);
        assertThat(last.detail()).contains(words);
    }

    @Test
    void theWholePathAndEveryForbiddenStep() {
        refused(() -> flow.create(Fixtures.seedLike(), "dcm"), "does not hold the drafter role");
        refused(() -> flow.create(Fixtures.seedLike().withDrafter(null), "desk-officer"),
                "not a member of AMEMBASSY PRAGUE");
        refused(() -> flow.create(Fixtures.seedLike(), "nobody"), "unknown user nobody");
        refused(() -> flow.create(Fixtures.seedLike(), "pol-chief"), "names pol-officer as drafter");

        Draft d = flow.create(Fixtures.seedLike(), "pol-officer");
        long id = d.id();
        assertThat(d.state()).isEqualTo(DraftState.DRAFT);
        refused(() -> flow.edit(id, Fixtures.seedLike(), "pol-chief"), "only its drafter edits it");
        refused(() -> flow.clear(id, "pol-chief", null), "is DRAFT", "only a submitted draft");
        refused(() -> flow.release(id, "charge"), "has not been submitted");
        refused(() -> flow.submit(id, "pol-chief"), "only its drafter submits it");

        flow.submit(id, "pol-officer");
        refused(() -> flow.submit(id, "pol-officer"), "is SUBMITTED");
        refused(() -> flow.edit(id, Fixtures.seedLike(), "pol-officer"), "only a draft in DRAFT state can be edited");
        refused(() -> flow.clear(id, "dcm", null), "dcm is not a required clearer");
        refused(() -> flow.release(id, "charge"), "awaits clearance by pol-chief");
        refused(() -> flow.returnToDrafter(id, "pol-chief", " "), "comment is required");

        Draft returned = flow.returnToDrafter(id, "pol-chief", "say who the deputy is");
        assertThat(returned.state()).isEqualTo(DraftState.DRAFT);
        assertThat(returned.clearances()).singleElement().satisfies(c -> {
            assertThat(c.cleared()).isFalse();
            assertThat(c.comment()).isEqualTo("say who the deputy is");
        });
        Draft edited = flow.edit(id, Fixtures.seedLike(), "pol-officer");
        assertThat(edited.revision()).isEqualTo(2);
        flow.submit(id, "pol-officer");
        Draft cleared = flow.clear(id, "pol-chief", "fine");
        assertThat(cleared.state()).isEqualTo(DraftState.CLEARED);
        refused(() -> flow.clear(id, "pol-chief", null), "is CLEARED");

        refused(() -> flow.release(id, "pol-chief"), "does not hold the releasing officer role");
        refused(() -> flow.release(id, "ops-center"), "not a member of AMEMBASSY PRAGUE");
        Release r = flow.release(id, "dcm");
        assertThat(r.cableId()).isEqualTo("09PRAGUE1");
        assertThat(archived).containsExactly("09PRAGUE1");
        refused(() -> flow.release(id, "dcm"), "already released as 09PRAGUE1");
        refused(() -> flow.edit(id, Fixtures.seedLike(), "pol-officer"), "is RELEASED");

        List<String> ok = audit.events().stream().filter(e -> e.outcome().equals(AuditEvent.OK))
                .map(AuditEvent::action).toList();
        assertThat(ok).containsExactly("create", "submit", "return", "edit", "submit",
                "clear", "release");
    }

    @Test
    void aReleasingOfficerMustBeClearedToTheCablesLevel() {
        DraftContent ts = Fixtures.with(Fixtures.seedLike(), "TOP SECRET", List.of(Addressee.of("RUEHC")), List.of(),
                List.of(), List.of(), List.of("(TS) A paragraph of the highest level.",
                        "(S) A second paragraph."));
        Draft d = flow.create(ts, "pol-officer");
        assertThat(d.errors()).isEmpty();
        assertThat(flow.submit(d.id(), "pol-officer").state()).isEqualTo(DraftState.CLEARED);
        refused(() -> flow.release(d.id(), "dcm"), "dcm is cleared to SECRET and the cable is TOP SECRET");
        assertThat(flow.release(d.id(), "charge").classification().word()).isEqualTo("TOP SECRET");
    }

    @Test
    void theDrafterDoesNotReleaseUnlessThePostAllowsIt() {
        DraftContent c = Fixtures.seedLike().withDrafter("charge");
        Draft d = flow.create(Fixtures.with(c, "CONFIDENTIAL", c.to(), c.info(), List.of(), List.of(), c.paragraphs()),
                "charge");
        flow.submit(d.id(), "charge");
        refused(() -> flow.release(d.id(), "charge"), "charge drafted draft", "does not allow self-release");

        Network selfRelease = org.chancery.switching.network.NetworkFile.parse("""
                {"defaults": {"selfRelease": true},
                 "users": [{"id": "amb", "clearance": "SECRET", "roles": ["drafter", "releasing_officer"], "posts": ["PRAGUE"]}]}
                """, "self", null);
        DraftWorkflow small = DraftWorkflow.of(store, selfRelease, new MutableClock("2009-10-02T15:00:00Z"));
        Draft mine = small.create(Fixtures.with(c.withDrafter("amb"), "CONFIDENTIAL", List.of(Addressee.of("RUEHC")),
                List.of(), List.of(), List.of(), c.paragraphs()), "amb");
        small.submit(mine.id(), "amb");
        assertThat(small.release(mine.id(), "amb").cableId()).isEqualTo("09PRAGUE1");
    }

    @Test
    void lintErrorsBlockSubmitAndAreSavedWithTheDraft() {
        DraftContent bad = Fixtures.with(Fixtures.seedLike(), "CONFIDENTIAL", List.of(Addressee.of("RUEHQQQ")),
                List.of(), List.of(), List.of(), List.of("No portion mark here.", "(C) Second."));
        Draft d = flow.create(bad, "pol-officer");
        assertThat(d.errors()).extracting(x -> x.rule()).contains("draft-addressee");
        refused(() -> flow.submit(d.id(), "pol-officer"), "lint errors block it from being submitted",
                "RUEHQQQ is not a station");
        DraftContent s = Fixtures.seedLike();
        DraftContent noAuthority = new DraftContent(s.originator(), s.drafter(), s.clearers(), s.classification(),
                null, s.to(), s.info(), List.of(), s.captions(), List.of(), null, null, s.tags(), s.subject(),
                List.of(), null, s.paragraphs(), s.signature());
        Draft e = flow.create(noAuthority, "pol-officer");
        assertThat(e.errors()).extracting(x -> x.rule()).contains("classified-by");
        refused(() -> flow.submit(e.id(), "pol-officer"), "lint errors block");
    }

    @Test
    void sendReleasesAPreparedDraftInOneStepUnderTheSameRules() {
        DraftContent noClearers = Fixtures.with(Fixtures.seedLike(), "CONFIDENTIAL", Fixtures.seedLike().to(),
                Fixtures.seedLike().info(), List.of(), List.of(), Fixtures.seedLike().paragraphs());
        assertThat(flow.send(noClearers, "charge").cableId()).isEqualTo("09PRAGUE1");
        assertThatThrownBy(() -> flow.send(Fixtures.seedLike(), "charge")).isInstanceOf(WorkflowException.class)
                .hasMessageContaining("awaits clearance by pol-chief");
        assertThatThrownBy(() -> flow.send(noClearers.withDrafter("pol-officer"), "pol-officer"))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("releasing officer role");
    }

    @Test
    void aStationAccreditedBelowTheCableGetsNothingAndTheOriginatorAReport() {
        DraftContent s = Fixtures.seedLike();
        DraftContent secret = Fixtures.with(s, "SECRET", s.to(), s.info(), List.of("AMEMBASSY LONDON"), List.of(),
                List.of("(S) A paragraph at the higher level.", "(C) Another."));
        Release r = flow.send(secret, "charge");
        assertThat(r.reports()).singleElement().satisfies(n -> {
            assertThat(n.cableId()).isEqualTo(r.cableId());
            assertThat(n.originator()).isEqualTo("RUEHPG");
            assertThat(n.addressee()).isEqualTo("RUEHKW");
            assertThat(n.via()).isEqualTo("RUEHZL");
            assertThat(n.reason()).isEqualTo("AMCONSUL KRAKOW (RUEHKW) is accredited to CONFIDENTIAL and the cable is"
                    + " SECRET; addressed through RUEHZL");
        });
        List<String> delivered = r.transmissions().stream().flatMap(t -> t.addressees().stream())
                .map(a -> a.ri()).toList();
        assertThat(delivered).doesNotContain("RUEHKW", "RUEHLO").contains("RUEHFL", "RUEHC");
        assertThat(r.text()).contains("XMT AMEMBASSY LONDON\n");
        assertThat(flow.released(r.cableId()).orElseThrow().reports()).isEqualTo(r.reports());
    }
}
