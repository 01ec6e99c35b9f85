package org.chancery.archive.secure;

import org.chancery.archive.Archive;
import org.chancery.archive.CableNotFoundException;
import org.chancery.archive.CableReferences;
import org.chancery.archive.LineDiff;
import org.chancery.archive.ResolvedReference;
import org.chancery.archive.ThreadNode;
import org.chancery.archive.audit.AuditEvent;
import org.chancery.archive.audit.AuditLog;
import org.chancery.archive.declass.CurrentLabels;
import org.chancery.archive.declass.Declassified;
import org.chancery.archive.index.IndexedCable;
import org.chancery.archive.index.SearchRequest;
import org.chancery.archive.index.SearchResult;
import org.chancery.archive.index.Visibility;
import org.chancery.archive.store.CableStore;
import org.chancery.archive.store.StoredReference;
import org.chancery.archive.store.StoredVersion;
import org.chancery.archive.store.VersionInfo;
import org.chancery.cable.CableFacts;
import org.chancery.cable.ParsedCable;
import org.chancery.cable.Source;
import org.chancery.cable.SourceFormat;
import org.chancery.cable.model.ReferenceKind;
import org.chancery.cable.write.CanonicalWriter;
import org.chancery.security.AccessDecider;
import org.chancery.security.Decision;
import org.chancery.security.EffectiveLabels;
import org.chancery.security.Policy;
import org.chancery.security.Principal;
import org.chancery.security.RedactedCable;
import org.chancery.security.Redactor;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The one gate between a viewer and the archive: every way of reaching a cable — by id, its versions and their
 * diff, its references and the cables citing it, its thread, search hits, snippets, counts and totals, export —
 * goes through here and answers exactly as the viewer may see, under the deployment's {@link Policy}.
 *
 * <ul>
 *   <li>A cable exists for a viewer when its current version does ({@link Redactor#redact} is not empty); an
 *       older version is shown only when the cable exists and that version does too. Anything else answers
 *       exactly like a missing id: the same {@link CableNotFoundException} with the same message.</li>
 *   <li>Everything shown of a cable comes from the {@link RedactedCable}; the original bytes only when the viewer
 *       sees the whole cable.</li>
 *   <li>References are shown only to a viewer who may read the cable's governing banner (a released document
 *       withholds them with it); a cited cable is "in the archive" only when it exists for the viewer; a citing
 *       cable is listed only when the viewer may read its references, i.e. its banner.</li>
 *   <li>Search and export run with the {@link Visibility} made from the principal ({@link IndexLabels}): the
 *       index filters at paragraph level with the same decision.</li>
 * </ul>
 *
 * <p>The labels of a cable version are its labels <em>now</em> ({@link CurrentLabels}): of its declassification
 * when that version has been declassified, else of its markings; the index is built from the same labels. A declassified cable is
 * shown with its declassification ({@link ShownCable#declassified}), whose banner every rendering puts above it.
 *
 * <p>Reads, searches and exports are appended to the audit log (the archive's, {@link Archive#audit}).
 */
public final class SecureArchive {

    /** An audit log that keeps nothing (benchmarks, property tests that do not look at it). */
    public static final AuditLog NO_AUDIT = event -> 0L;

    private final Archive archive;
    private final Policy policy;
    private final AuditLog audit;

    /** The gate of {@code archive} under {@code policy}, recording in the archive's audit log. */
    public SecureArchive(Archive archive, Policy policy) {
        this(archive, policy, archive.audit());
    }

    /** The same, recording in {@code audit} ({@link #NO_AUDIT} for benchmarks and property tests). */
    public SecureArchive(Archive archive, Policy policy, AuditLog audit) {
        if (archive == null || policy == null || audit == null) throw new IllegalArgumentException("archive, policy and audit log are required");
        this.archive = archive;
        this.policy = policy;
        this.audit = audit;
    }

    public Policy policy() {
        return policy;
    }

    /** The archive behind the gate, for what is not reading (ingest, reindex: administrators only). */
    public Archive archive() {
        return archive;
    }

    // --- by id ---

    /** The current version of a cable (version null) or a given one, as the viewer may see it. */
    public ShownCable cable(Viewer viewer, String id, Integer version) {
        Seen current = current(viewer, id, version);
        Seen shown = current;
        if (version != null && version != current.stored().info().version()) {
            shown = see(viewer, archive.store().version(id, version).orElse(null));
            if (shown == null || shown.redacted() == null) {
                if (shown != null) recordRead(viewer, id + " version " + version, shown);
                throw CableNotFoundException.of(id, version);
            }
        }
        recordRead(viewer, id + (version == null ? "" : " version " + version), shown);
        StoredVersion sv = shown.stored();
        boolean complete = shown.redacted().isComplete();
        return new ShownCable(sv.info().id(), sv.info().version(), versions(viewer, id, current, shown).size(), shown.redacted(),
                complete ? shown.parsed() : renderable(shown.redacted()), complete ? sv.source() : null,
                complete && sv.info().provenance() != null ? sv.info().provenance().toString() : null,
                sv.info().ingestedAt(), shown.declassified());
    }

    /** The versions of a cable the viewer may see, oldest first. */
    public List<ShownVersion> versions(Viewer viewer, String id) {
        return versions(viewer, id, current(viewer, id, null), null);
    }

    /**
     * The versions of a cable the viewer may see, given the versions already read and seen (the current one, the
     * one shown: a version number names the same text for ever), which are not read and parsed again.
     */
    private List<ShownVersion> versions(Viewer viewer, String id, Seen current, Seen shown) {
        List<ShownVersion> out = new ArrayList<>();
        // Versions are numbered from 1 and the current one is the newest: a current version 1 is the only one, and
        // the store need not be asked (most cables have one version; every read of a cable counts its versions).
        List<VersionInfo> infos = current.stored().info().version() == 1 ? List.of(current.stored().info())
                : archive.store().versions(id);
        for (VersionInfo info : infos) {
            Seen seen = info.version() == current.stored().info().version() ? current
                    : shown != null && info.version() == shown.stored().info().version() ? shown
                    : see(viewer, archive.store().version(id, info.version()).orElse(null));
            if (seen == null || seen.redacted() == null) continue;
            boolean complete = seen.redacted().isComplete();
            out.add(new ShownVersion(info.id(), info.version(), info.ingestedAt(),
                    info.format().name().toLowerCase(Locale.ROOT), complete ? info.sha256Hex() : null,
                    complete && info.provenance() != null ? info.provenance().toString() : null, complete));
        }
        return out;
    }

    /**
     * The unified diff of two versions as the viewer sees them: of the original texts when the viewer sees both
     * whole, else of the canonical form of both redacted versions (a diff only over readable text).
     */
    public String diff(Viewer viewer, String id, int from, int to) {
        ShownCable a = cable(viewer, id, from);
        ShownCable b = cable(viewer, id, to);
        boolean whole = a.complete() && b.complete();
        return LineDiff.unified(id + " version " + from, whole ? a.renderable().text() : canonical(a),
                id + " version " + to, whole ? b.renderable().text() : canonical(b));
    }

    private static String canonical(ShownCable c) {
        return c.redacted().cable() == null ? "" : CanonicalWriter.write(c.redacted().cable());
    }

    /**
     * The references of the cable's current version (none when the viewer may not read its banner), each
     * "in the archive" only when it exists for the viewer, and the cables citing it whose references the viewer
     * may read.
     */
    public CableReferences references(Viewer viewer, String id) {
        Seen seen = current(viewer, id, null);
        List<ResolvedReference> resolved = new ArrayList<>();
        for (StoredReference r : visibleReferences(seen)) {
            resolved.add(new ResolvedReference(r, r.citedId() != null && exists(viewer, r.citedId())));
        }
        return new CableReferences(id, resolved, citedBy(viewer, id));
    }

    /** The reference thread as the viewer may see it (see {@link Archive#thread}); edges only through readable references. */
    public List<ThreadNode> thread(Viewer viewer, String id, int maxDepth) {
        Seen root = current(viewer, id, null);
        record(viewer, "thread", id, null);
        List<ThreadNode> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        ArrayDeque<ThreadNode> queue = new ArrayDeque<>();
        queue.add(new ThreadNode(id, 0, null, ThreadNode.Relation.ROOT, true));
        seen.add(id);
        while (!queue.isEmpty()) {
            ThreadNode node = queue.poll();
            out.add(node);
            if (!node.present() || (maxDepth > 0 && node.depth() >= maxDepth)) continue;
            Seen current = node.depth() == 0 ? root : see(viewer, archive.store().current(node.id()).orElse(null));
            Set<String> cites = new LinkedHashSet<>();
            for (StoredReference r : visibleReferences(current)) {
                if (r.kind() == ReferenceKind.CABLE && r.citedId() != null) cites.add(r.citedId());
            }
            for (String cited : cites) {
                if (seen.add(cited)) {
                    queue.add(new ThreadNode(cited, node.depth() + 1, node.id(), ThreadNode.Relation.CITES,
                            exists(viewer, cited)));
                }
            }
            for (String citing : citedBy(viewer, node.id())) {
                if (seen.add(citing)) {
                    queue.add(new ThreadNode(citing, node.depth() + 1, node.id(), ThreadNode.Relation.CITED_BY, true));
                }
            }
        }
        return out;
    }

    // --- search ---

    /** A search that sees only what the viewer may read (the request's own visibility is replaced). */
    public SearchResult search(Viewer viewer, SearchRequest request) {
        SearchResult result = archive.index().search(request.withVisibility(visibility(viewer)));
        record(viewer, "search", request.query(), null);
        return result;
    }

    /** An export that sees only what the viewer may read; returns how many cables were written. */
    public long export(Viewer viewer, SearchRequest request, Consumer<IndexedCable> sink) {
        long n = archive.index().export(request.withVisibility(visibility(viewer)), sink);
        record(viewer, "export", request.query(), null);
        return n;
    }

    /** What the index lets the viewer see: everything for the local administrator. */
    public Visibility visibility(Viewer viewer) {
        return switch (viewer) {
            case Viewer.LocalAdministrator a -> Visibility.ALL;
            case Viewer.As as -> IndexLabels.visibility(as.principal(), policy);
        };
    }

    // --- the decisions ---

    /**
     * One stored version as a viewer sees it: the parse, the redacted cable (null when it does not exist for
     * them), whether they may read its governing banner, and the decision on the banner (for the audit log).
     */
    private record Seen(StoredVersion stored, ParsedCable parsed, RedactedCable redacted, boolean bannerReadable,
                        Decision decision, Declassified declassified) {
    }

    private Seen see(Viewer viewer, StoredVersion stored) {
        if (stored == null) return null;
        ParsedCable parsed = stored.parse();
        CableFacts facts = CableFacts.of(parsed);
        // a declassification governs the version it judged: each version is read under its own, if any
        Declassified declassified = archive.declassification(stored.info().id(), stored.info().version()).orElse(null);
        EffectiveLabels labels = CurrentLabels.of(parsed.cable(), facts, declassified);
        return switch (viewer) {
            case Viewer.LocalAdministrator a -> new Seen(stored, parsed, new RedactedCable(parsed.name(),
                    parsed.cable(), facts, policy, labels.governing().labelOrNull(), List.of()), true, Decision.ALLOW,
                    declassified);
            case Viewer.As as -> {
                Principal p = as.principal();
                Decision banner = AccessDecider.decide(p, labels.governing());
                Optional<RedactedCable> redacted = Redactor.redact(p, parsed.name(), parsed.cable(), facts, labels,
                        policy);
                yield new Seen(stored, parsed, redacted.orElse(null), banner.allowed(), banner, declassified);
            }
        };
    }

    /** The current version as the viewer sees it; a cable that does not exist for them is not found. */
    private Seen current(Viewer viewer, String id, Integer version) {
        Seen seen = see(viewer, archive.store().current(id).orElse(null));
        if (seen == null || seen.redacted() == null) {
            if (seen != null) recordRead(viewer, id, seen);
            throw CableNotFoundException.of(id, version);
        }
        return seen;
    }

    private boolean exists(Viewer viewer, String id) {
        Seen seen = see(viewer, archive.store().current(id).orElse(null));
        return seen != null && seen.redacted() != null;
    }

    private List<StoredReference> visibleReferences(Seen seen) {
        if (seen == null || seen.redacted() == null || !seen.bannerReadable()) return List.of();
        return archive.store().references(seen.stored().info().seq());
    }

    private List<String> citedBy(Viewer viewer, String id) {
        CableStore store = archive.store();
        Set<String> ids = new TreeSet<>();
        for (StoredReference r : store.citedBy(id)) ids.add(r.citingId());
        List<String> out = new ArrayList<>(ids.size());
        for (String citing : ids) {
            if (viewer instanceof Viewer.LocalAdministrator) {
                out.add(citing);
                continue;
            }
            // the citation is in the citing cable's references, which only a reader of its banner sees
            Seen seen = see(viewer, store.current(citing).orElse(null));
            if (seen != null && seen.redacted() != null && seen.bannerReadable()) out.add(citing);
        }
        return out;
    }

    private static ParsedCable renderable(RedactedCable r) {
        return new ParsedCable(r.name(), SourceFormat.TEXT, Source.of(""), "", r.cable(), List.of(), List.of());
    }

    /** A read: allowed when the cable exists for the viewer (whole, or in part: then what was withheld). */
    private void recordRead(Viewer viewer, String target, Seen seen) {
        String reason = seen.redacted() == null ? seen.decision().reason().name()
                : seen.redacted().isComplete() ? Decision.ALLOW.reason().name()
                : "PORTION: " + seen.redacted().withheld().size() + " parts withheld";
        audit.append(new AuditEvent(Instant.now(), viewer.id(), "read", target, seen.redacted() != null, reason));
    }

    private void record(Viewer viewer, String action, String target, Decision decision) {
        boolean allowed = decision == null || decision.allowed();
        String reason = decision == null ? "visibility of " + viewer.id() : decision.reason().name();
        audit.append(new AuditEvent(Instant.now(), viewer.id(), action, target, allowed, reason));
    }
}
