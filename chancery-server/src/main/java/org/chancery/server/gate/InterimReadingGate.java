package org.chancery.server.gate;

import org.chancery.archive.Archive;
import org.chancery.archive.CableNotFoundException;
import org.chancery.archive.CableReferences;
import org.chancery.archive.LineDiff;
import org.chancery.archive.ResolvedReference;
import org.chancery.archive.ThreadNode;
import org.chancery.archive.index.LabelClass;
import org.chancery.archive.index.LuceneSearchIndex;
import org.chancery.archive.index.SearchRequest;
import org.chancery.archive.index.SearchResult;
import org.chancery.archive.index.Visibility;
import org.chancery.archive.store.StoredVersion;
import org.chancery.archive.store.VersionInfo;
import org.chancery.cable.catalog.Posts;
import org.chancery.cable.write.CanonicalWriter;
import org.chancery.security.AccessDecider;
import org.chancery.security.Control;
import org.chancery.security.Distribution;
import org.chancery.security.Label;
import org.chancery.security.Policy;
import org.chancery.security.Principal;
import org.chancery.security.RedactedCable;
import org.chancery.security.Redactor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The reading gate over the archive as it is today: the decision is the security module's
 * ({@link AccessDecider}, {@link Redactor}); this class only carries a principal to them. It is interim: the
 * archive's own gate (one access gate for every path, with users in the store and the audit log) replaces it,
 * behind the same {@link ReadingGate} interface, without touching any handler.
 */
public final class InterimReadingGate implements ReadingGate {

    private final Archive archive;
    private final Policy policy;
    private final Posts posts = Posts.builtIn();

    public InterimReadingGate(Archive archive, Policy policy) {
        this.archive = archive;
        this.policy = policy;
    }

    @Override
    public SearchResult search(Principal principal, SearchRequest request) {
        return archive.index().search(request.withVisibility(visibility(principal)));
    }

    private Visibility visibility(Principal p) {
        Set<String> keys = new HashSet<>();
        keys.add(LuceneSearchIndex.DIST_SIPDIS);
        for (String m : p.memberships()) {
            keys.add(m);
            posts.byIdPrefix(m).ifPresent(post -> {
                keys.add(post.plad());
                keys.add(post.name());
            });
        }
        return new Visibility(c -> readable(p, c), keys);
    }

    /** The decision for a portion label class as the index groups them; unknown controls fail closed. */
    private static boolean readable(Principal p, LabelClass c) {
        List<Control> controls = new ArrayList<>();
        List<String> relTo = new ArrayList<>();
        for (String word : c.controls()) {
            if (word.startsWith("REL TO ")) {
                for (String country : word.substring(7).split(",")) relTo.add(country.trim());
                continue;
            }
            Control control = Control.ofWord(word);
            if (control == null) return false;
            controls.add(control);
        }
        try {
            if (!relTo.isEmpty() && !relTo.contains(Label.USA)) relTo.add(0, Label.USA);
            return AccessDecider.decide(p, Label.of(c.level(), controls, relTo, Distribution.UNRESTRICTED)).allowed();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public RedactedCable cable(Principal principal, String id, Integer version) {
        return redacted(principal, id, archive.cable(id, version));
    }

    private RedactedCable redacted(Principal principal, String id, StoredVersion v) {
        Optional<RedactedCable> r = Redactor.redact(principal, v.parse(), policy);
        if (r.isEmpty()) throw new CableNotFoundException("no cable " + id + " in the archive");
        return r.get();
    }

    private boolean exists(Principal principal, String id) {
        try {
            cable(principal, id, null);
            return true;
        } catch (CableNotFoundException e) {
            return false;
        }
    }

    @Override
    public byte[] original(Principal principal, String id, Integer version) {
        StoredVersion v = archive.cable(id, version);
        if (!redacted(principal, id, v).isComplete()) throw new PartlyWithheldException(id);
        return v.source();
    }

    @Override
    public List<VersionInfo> versions(Principal principal, String id) {
        cable(principal, id, null);
        return archive.versions(id);
    }

    @Override
    public String diff(Principal principal, String id, int from, int to) {
        String a = CanonicalWriter.write(cable(principal, id, from).cable());
        String b = CanonicalWriter.write(cable(principal, id, to).cable());
        return LineDiff.unified(id + " version " + from, a, id + " version " + to, b);
    }

    @Override
    public CableReferences references(Principal principal, String id) {
        cable(principal, id, null);
        CableReferences all = archive.references(id);
        List<ResolvedReference> refs = new ArrayList<>();
        for (ResolvedReference r : all.references()) {
            boolean present = r.present() && exists(principal, r.reference().citedId());
            refs.add(new ResolvedReference(r.reference(), present));
        }
        List<String> citedBy = all.citedBy().stream().filter(c -> exists(principal, c)).toList();
        return new CableReferences(id, refs, citedBy);
    }

    @Override
    public List<ThreadNode> thread(Principal principal, String id, int maxDepth) {
        cable(principal, id, null);
        List<ThreadNode> out = new ArrayList<>();
        Set<String> dropped = new HashSet<>();
        for (ThreadNode n : archive.thread(id, maxDepth)) {
            if (n.parent() != null && dropped.contains(n.parent())) {
                dropped.add(n.id());
                continue;
            }
            if (n.present() && !exists(principal, n.id())) {
                // A cited cable the principal may not see looks like one the archive does not hold; a citing
                // one is not listed at all.
                if (n.relation() == ThreadNode.Relation.CITED_BY) {
                    dropped.add(n.id());
                    continue;
                }
                dropped.add(n.id());
                out.add(new ThreadNode(n.id(), n.depth(), n.parent(), n.relation(), false));
                continue;
            }
            out.add(n);
        }
        return out;
    }

}
