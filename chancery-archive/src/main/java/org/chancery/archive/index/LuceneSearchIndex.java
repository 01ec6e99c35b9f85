package org.chancery.archive.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.util.BytesRef;
import org.chancery.archive.query.QueryParser;
import org.chancery.archive.query.QueryScope;
import org.chancery.cable.catalog.Tags;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The search index on Lucene: one document per cable (replaced by id), the high-water mark in the commit's user
 * data so that it is durable exactly with the documents, portion text in one field per label class so that a
 * search sees only what its reader may read (docs/index-design.md), facets in sorted-set doc values.
 *
 * <p>Thread-safe: any number of searches run alongside one writer. Searches see the index as of the last
 * {@link #commit}.
 */
public final class LuceneSearchIndex implements SearchIndex {

    /** The distribution key of a SIPDIS cable (shared archive). */
    public static final String DIST_SIPDIS = "SIPDIS";
    static final String SEQ_KEY = "chancery.seq";
    /**
     * The writer's RAM buffer: an eighth of the heap, at most 128 MB (32 MB in a 256 MB heap). A larger buffer
     * flushes fewer, larger segments, so a bulk load merges less (each document is rewritten by fewer merges), but
     * the heap holds up to about twice the buffer (a full buffer being written out while the other threads fill
     * theirs) besides the ingest's queues: with a quarter of a 1 GB heap, once ingest's commits no longer cut the
     * buffer short, a million-cable load kept 600 MB live, and G1 ran young collections every half second, marking
     * without pause and one full collection.
     */
    private static final double DEFAULT_RAM_BUFFER_MB =
            Math.max(16, Math.min(128, Runtime.getRuntime().maxMemory() / 8.0 / (1 << 20)));

    private static final int CORES = Runtime.getRuntime().availableProcessors();
    /**
     * The share of the cables above which a visibility filter is checked per match instead of joined to the
     * query: a filter clause costs an advance at every candidate, which pays only when it skips many.
     */
    private static final double DENSE_FILTER = 0.75;
    /**
     * Searches run their segments in slices (Lucene's default slicing) on this pool: one thread per core, shared
     * by every index of the process; the searching thread takes part too. On a million cables a broad query
     * visits hundreds of thousands of documents (exact totals and facet counts need all of them), and two cores
     * do that in less time than one.
     */
    private static final Executor SLICE_POOL = slicePool();
    private static final SearcherFactory SLICED = new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
            return new IndexSearcher(reader, SLICE_POOL);
        }
    };

    /**
     * The searchers of the last commit in {@code dir}: sliced, and reading the norms of the broad text fields
     * from memory ({@link KeptNorms}); a refresh opens the new commit the same way.
     */
    private static SearcherManager searchers(Directory dir) throws IOException {
        return new SearcherManager(KeptNorms.wrap(DirectoryReader.open(dir)), SLICED);
    }

    private static Executor slicePool() {
        if (CORES < 2) return null;
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(CORES, r -> {
            Thread t = new Thread(r, "chancery-search-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final CableAnalyzer analyzer = new CableAnalyzer();
    private final FacetsConfig facetsConfig = CableDocuments.facetsConfig();
    private final CableDocuments documents;
    /** The text of the hits on a page (snippets): the index does not store body text. */
    private final PortionSource portions;
    private volatile long committedSeq;
    private volatile Snapshot snapshot;

    private LuceneSearchIndex(Directory directory, IndexWriter writer, SearcherManager searchers, long seq,
                              Tags tags, PortionSource portions) {
        this.directory = directory;
        this.portions = portions;
        this.writer = writer;
        this.searchers = searchers;
        this.committedSeq = seq;
        this.documents = new CableDocuments(facetsConfig, tags);
    }

    /** Opens (creating it if needed) the index in {@code folder} for reading and writing, without snippets. */
    public static LuceneSearchIndex open(Path folder) {
        return open(folder, PortionSource.NONE);
    }

    /** The same with the tags catalog and the writer's RAM buffer, without snippets (for building an index). */
    public static LuceneSearchIndex open(Path folder, Tags tags, double ramBufferMb) {
        return open(folder, tags, ramBufferMb, PortionSource.NONE);
    }

    /**
     * Opens (creating it if needed) the index in {@code folder} for reading and writing; snippets are made from the
     * text {@code portions} gives (the store of record: the index does not store body text).
     */
    public static LuceneSearchIndex open(Path folder, PortionSource portions) {
        return open(folder, Tags.builtIn(), DEFAULT_RAM_BUFFER_MB, portions);
    }

    /**
     * Opens the index for reading and writing, with the tags catalog whose meanings are indexed, the writer's
     * RAM buffer (bulk loads go faster with more; the heap must hold it) and the source of the hits' text.
     */
    public static LuceneSearchIndex open(Path folder, Tags tags, double ramBufferMb, PortionSource portions) {
        try {
            Files.createDirectories(folder);
            Directory dir = new MMapDirectory(folder);
            long seq = DirectoryReader.indexExists(dir) ? seqOf(SegmentInfos.readLatestCommit(dir).getUserData()) : 0;
            // No compound files: packing a segment's files into one copies every byte once more, at every flush
            // and most merges; an index of a few tens of segments has files enough to spare.
            TieredMergePolicy merges = new TieredMergePolicy();
            merges.setNoCFSRatio(0.0);
            IndexWriterConfig config = new IndexWriterConfig(new CableAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(ramBufferMb)
                    .setUseCompoundFile(false)
                    .setMergePolicy(merges)
                    // Closing must not commit: what was put after the last commit(seq) would become durable
                    // under an older high-water mark (harmless), but a deleteAll would too (not harmless).
                    .setCommitOnClose(false);
            IndexWriter writer = new IndexWriter(dir, config);
            if (!DirectoryReader.indexExists(dir)) {
                writer.setLiveCommitData(Map.of(SEQ_KEY, "0").entrySet());
                writer.commit();
            }
            // Searches read the last commit from the directory, not a near-real-time reader from the writer:
            // reopening one after each commit would flush again whatever the ingest's workers had put in the
            // meantime (a small extra segment per commit, merged later), and the last commit is what searches
            // are documented to see.
            return new LuceneSearchIndex(dir, writer, searchers(dir), seq, tags, portions);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the index in " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens an existing index for searching only, beside a process that may be writing it (no write lock is
     * taken); {@link #refresh} picks up later commits. Hits come without snippets.
     *
     * @throws IllegalArgumentException when there is no index in {@code folder}
     */
    public static LuceneSearchIndex openReadOnly(Path folder) {
        return openReadOnly(folder, PortionSource.NONE);
    }

    /** The same, with the hits' text (snippets) read from {@code portions}. */
    public static LuceneSearchIndex openReadOnly(Path folder, PortionSource portions) {
        try {
            if (!Files.isDirectory(folder)) throw new IllegalArgumentException("no index in " + folder);
            Directory dir = new MMapDirectory(folder);
            if (!DirectoryReader.indexExists(dir)) {
                dir.close();
                throw new IllegalArgumentException("no index in " + folder);
            }
            long seq = seqOf(SegmentInfos.readLatestCommit(dir).getUserData());
            return new LuceneSearchIndex(dir, null, searchers(dir), seq, Tags.builtIn(), portions);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the index in " + folder + ": " + e.getMessage(), e);
        }
    }

    private static long seqOf(Map<String, String> userData) {
        String seq = userData.get(SEQ_KEY);
        return seq == null ? 0 : Long.parseLong(seq);
    }

    // --- writing ---

    @Override
    public void put(Collection<IndexDocument> docs) {
        IndexWriter w = writable();
        try {
            for (IndexDocument doc : docs) {
                Document lucene = documents.toLucene(doc);
                w.updateDocument(new Term(IndexFields.ID, CableDocuments.keyword(doc.id())), lucene);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds without a delete term: nothing to buffer per document, and nothing to look up in every older segment
     * when the buffered deletes are applied (a cost that grows with the index).
     */
    @Override
    public void add(Collection<IndexDocument> docs) {
        IndexWriter w = writable();
        try {
            for (IndexDocument doc : docs) w.addDocument(documents.toLucene(doc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Flushes the largest buffered segment in the calling thread (the commit would flush them one by one). */
    @Override
    public boolean flushBuffered() {
        try {
            return writable().flushNextBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void commit(long seq) {
        IndexWriter w = writable();
        try {
            w.setLiveCommitData(Map.of(SEQ_KEY, Long.toString(seq)).entrySet());
            w.commit();
            committedSeq = seq;
            searchers.maybeRefreshBlocking();
            warm();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public long committedSeq() {
        return committedSeq;
    }

    @Override
    public void deleteAll() {
        try {
            writable().deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Merges the index down to at most {@code segments} segments (after a bulk load; slow). */
    public void forceMerge(int segments) {
        try {
            writable().forceMerge(segments);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Picks up commits made by another process (read-only indexes). */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
            warm();
            if (writer == null) {
                committedSeq = seqOf(SegmentInfos.readLatestCommit(directory).getUserData());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Prepares the per-reader state (facet ordinals, label classes) of a newly opened reader, so that the first
     * search after a commit does not pay for it; only once something has searched (a bulk load that nobody
     * searches does not pay it at every commit).
     */
    private void warm() throws IOException {
        if (snapshot == null) return;
        IndexSearcher s = searchers.acquire();
        try {
            snapshot(s.getIndexReader());
        } finally {
            searchers.release(s);
        }
    }

    private IndexWriter writable() {
        if (writer == null) throw new IllegalStateException("the index was opened read-only");
        return writer;
    }

    // --- what the index holds ---

    /** How many cables the index holds (as of the last commit). */
    public int size() {
        return withSearcher(s -> s.getIndexReader().numDocs());
    }

    /** The label classes of the portions in the index, as of the last commit. */
    public Set<LabelClass> labelClasses() {
        return withSearcher(s -> snapshot(s.getIndexReader()).labels());
    }

    // --- searching ---

    /** Searches answered from the per-reader result cache, and searches counted, since the process started. */
    public record CacheCounts(long hits, long misses) {
    }

    /** The result caches' counts of every index of the process (for metrics). */
    public static CacheCounts resultCacheCounts() {
        return ResultCache.counts();
    }

    /**
     * Runs a search.
     *
     * @throws org.chancery.archive.query.QuerySyntaxException when the query is malformed
     */
    @Override
    public SearchResult search(SearchRequest request) {
        return withSearcher(s -> search(s, request));
    }

    /**
     * Every cable matching the request (its query and visibility; limit and offset ignored), streamed to
     * {@code sink} in date order (newest first for {@code -date}), without body text.
     */
    @Override
    public long export(SearchRequest request, Consumer<IndexedCable> sink) {
        return withSearcher(s -> export(s, request, sink));
    }

    /**
     * With facets: one pass over every match (exact totals and facet counts need all of them), in slices: the page
     * of hits and the counts ({@link ExactCounts}) are collected together. Without facets it depends on the order
     * (docs/index-design.md, "Searching without facets"): by date, the matches as bits and the page from each
     * segment's date order; by relevance, when every match scores the same, the first matches and a count apart;
     * otherwise the one pass that scores and counts every match.
     */
    private SearchResult search(IndexSearcher searcher, SearchRequest request) throws IOException {
        Snapshot snap = snapshot(searcher.getIndexReader());
        Readable readable = snap.readable(request.visibility(), searcher);
        Query parsed = QueryParser.parse(request.query(), readable.scope(analyzer));
        ResultCache.Key key = snap.results().key(request, readable.classNames(), readable.governingNames(),
                readable.wholeCable(), readable.distribution());
        ResultCache.Counted counted = snap.results().get(key);
        if (counted == null) {
            // a cached entry holds the first pages, so that page 2 of a search is answered from it too
            counted = count(searcher, snap, readable, request, parsed,
                    key == null ? request.offset() + request.limit() : ResultCache.DEPTH);
            snap.results().put(key, counted);
        }
        ScoreDoc[] top = counted.top();
        ScoreDoc[] page = Arrays.copyOfRange(top, Math.min(request.offset(), top.length),
                Math.min(request.offset() + request.limit(), top.length));
        // Snippets show the query's words; its filters and exclusions say nothing of why a cable matched.
        List<SearchResult.Hit> hits = hits(searcher, parsed, page, readable, request.sort());
        return new SearchResult(counted.total(), hits, counted.facets());
    }

    /**
     * One pass over every match (exact totals and facet counts need all of them) or, where the index can count
     * without visiting them, a page and a count: the total, the first {@code depth} matches and the facet values.
     */
    private ResultCache.Counted count(IndexSearcher searcher, Snapshot snap, Readable readable,
                                      SearchRequest request, Query parsed, int depth)
            throws IOException {
        // A reader who sees most cables: the visibility is checked per match rather than joined to the query. So
        // are the query's exclusions and its conditions that hold most cables (see CheckedClauses).
        boolean visibleChecked = readable.visible() != null && readable.visible().holdsAtLeast(searcher, DENSE_FILTER);
        DocSet checked = visibleChecked ? readable.visible() : null;
        Filters filters = snap.filters();
        CheckedClauses clauses = CheckedClauses.of(parsed,
                condition -> holdsMost(filters.clause(searcher, condition), searcher));
        for (Query condition : clauses.required()) checked = DocSet.and(checked, filters.clause(searcher, condition));
        for (Query exclusion : clauses.excluded()) {
            checked = DocSet.andNot(searcher, checked, filters.clause(searcher, exclusion));
        }
        Query query = visibleChecked ? clauses.query() : readable.restrict(clauses.query());
        boolean withFacets = !request.facets().isEmpty() && snap.facetState() != null;
        int wanted = Math.max(1, depth);
        TopDocs top;
        long total;
        ExactCounts counts = null;
        if (withFacets) {
            // Tags are withheld with the banner: the tag facet counts only the cables whose banner is readable.
            DocSet banner = request.facets().contains(Facet.TAG) ? readable.banner() : null;
            List<String> dims = request.facets().stream().map(Facet::dim).toList();
            ExactCounts counter = new ExactCounts(searcher.getIndexReader().leaves().size(), snap.facetState(), dims,
                    banner == null ? null : Facet.TAG.dim(), banner);
            // By date, the matches as bits and the page from the date order (below) cost less than comparing the
            // date of every match.
            boolean byDate = request.sort() != SearchRequest.Sort.RELEVANCE;
            MultiCollectorManager both = new MultiCollectorManager(byDate
                    ? new MatchSet(searcher.getIndexReader().leaves().size())
                    : topManager(request.sort(), wanted, Integer.MAX_VALUE), counter);
            Object[] collected = searcher.search(query, checked == null ? both : checked.only(both));
            counts = (ExactCounts) collected[1];
            total = counts.total();
            top = byDate ? DateOrder.top(searcher.getIndexReader().leaves(), ((MatchSet) collected[0]).leaves(),
                    wanted, request.sort() == SearchRequest.Sort.DATE_DESC, total) : (TopDocs) collected[0];
        } else if (request.sort() != SearchRequest.Sort.RELEVANCE) {
            // By date: every match as bits (no date compared per match), the page from the segments' date order.
            MatchSet matches = searcher.search(query, new MatchSet(searcher.getIndexReader().leaves().size()));
            total = matches.retain(checked);
            top = DateOrder.top(searcher.getIndexReader().leaves(), matches.leaves(), wanted,
                    request.sort() == SearchRequest.Sort.DATE_DESC, total);
        } else if (!scoresVary(query)) {
            // Every match scores the same (`*`, fields and dates only): the page is the first matches, so the
            // collector stops as soon as it has them, and the total is counted apart (often from the index's
            // statistics alone).
            CollectorManager<?, ? extends TopDocs> pageOnly = topManager(request.sort(), wanted, wanted);
            top = checked == null ? searcher.search(query, pageOnly) : searcher.search(query, checked.only(pageOnly));
            total = MatchCount.of(searcher, query, checked);
        } else {
            // Scored words: skipping (block-max WAND) saves little on the broad queries that cost the most (a
            // disjunction over tens of fields, matches of similar scores) and counting them apart costs more
            // than the one pass that scores and counts every match.
            CollectorManager<?, ? extends TopDocs> all = topManager(request.sort(), wanted, Integer.MAX_VALUE);
            top = checked == null ? searcher.search(query, all) : searcher.search(query, checked.only(all));
            total = top.totalHits.value();
        }
        Map<Facet, List<SearchResult.FacetValue>> facets = new EnumMap<>(Facet.class);
        for (Facet f : request.facets()) {
            facets.put(f, List.of());
            if (!withFacets || !snap.dims().contains(f.dim())) continue;
            List<SearchResult.FacetValue> values = new ArrayList<>();
            for (ExactCounts.Count c : counts.top(f.dim(), request.facetLimit())) {
                values.add(new SearchResult.FacetValue(c.value(), c.count()));
            }
            facets.put(f, values);
        }
        return new ResultCache.Counted(total, top.scoreDocs, facets);
    }

    /** Whether a set (null: every cable) holds most cables. */
    private static boolean holdsMost(DocSet set, IndexSearcher searcher) {
        return set == null || set.holdsAtLeast(searcher, DENSE_FILTER);
    }

    /**
     * Whether the scores of the query's matches can differ: it scores words of a text field (BM25 with the
     * document's length and frequencies). Clauses that only filter or exclude do not score.
     */
    static boolean scoresVary(Query query) {
        boolean[] varies = {false};
        query.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return occur == Occur.FILTER || occur == Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }

            @Override
            public boolean acceptField(String field) {
                return true;
            }

            @Override
            public void consumeTerms(Query q, Term... terms) {
                for (Term t : terms) varies[0] |= scoredText(t.field());
            }

            @Override
            public void consumeTermsMatching(Query q, String field,
                                             java.util.function.Supplier<org.apache.lucene.util.automaton.ByteRunAutomaton> automaton) {
                varies[0] |= scoredText(field);
            }

            @Override
            public void visitLeaf(Query q) {
                // a leaf that says nothing of its terms: only match-all and the kept sets are known to score flat
                if (!(q instanceof org.apache.lucene.search.MatchAllDocsQuery) && !(q instanceof MatchNoDocsQuery)
                        && !(q instanceof org.apache.lucene.search.PointRangeQuery)) {
                    varies[0] = true;
                }
            }
        });
        return varies[0];
    }

    private static boolean scoredText(String field) {
        return IndexFields.labelOf(field) != null || field.equals(IndexFields.TAG_MEANING)
                || field.equals(IndexFields.ORIGIN) || field.equals(IndexFields.TO) || field.equals(IndexFields.INFO);
    }

    /**
     * The best {@code wanted} matches in the request's order; once {@code threshold} matches have been seen the
     * collector may skip documents that cannot make the page (so its hit count is then a lower bound).
     */
    private static CollectorManager<?, ? extends TopDocs> topManager(SearchRequest.Sort sort, int wanted,
                                                                      int threshold) {
        return switch (sort) {
            case RELEVANCE -> new TopScoreDocCollectorManager(wanted, threshold);
            case DATE -> new TopFieldCollectorManager(dateSort(false), wanted, threshold);
            case DATE_DESC -> new TopFieldCollectorManager(dateSort(true), wanted, threshold);
        };
    }

    private static Sort dateSort(boolean newestFirst) {
        SortField date = new SortField(IndexFields.DATE, SortField.Type.LONG, newestFirst);
        // Undated cables last either way.
        date.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
        return new Sort(date, new SortField(IndexFields.ID, SortField.Type.STRING, newestFirst));
    }

    private List<SearchResult.Hit> hits(IndexSearcher searcher, Query query, ScoreDoc[] page, Readable readable,
                                        SearchRequest.Sort sort) throws IOException {
        if (page.length == 0) return List.of();
        StoredFields stored = searcher.storedFields();
        Set<String> load = new HashSet<>(List.of(IndexFields.ID, IndexFields.VERSION, IndexFields.DATE,
                IndexFields.ORIGIN, IndexFields.CLASS));
        load.addAll(readable.subjectFields());
        // Snippets: body text first; the subject only when the body has no match (the hit shows it anyway).
        SnippetMaker snippets = new SnippetMaker(analyzer, query, new HashSet<>(readable.textFields()));
        SnippetMaker subjectSnippets = new SnippetMaker(analyzer, query, new HashSet<>(readable.subjectFields()));
        List<SearchResult.Hit> hits = new ArrayList<>(page.length);
        for (ScoreDoc hit : page) {
            Document doc = stored.document(hit.doc, load);
            String id = doc.get(IndexFields.ID);
            String subject = null;
            for (String f : readable.subjectFields()) {
                subject = doc.get(f);
                if (subject != null) break;
            }
            Snippet snippet = null;
            if (snippets.hasTerms()) {
                snippet = snippets.best(readableText(id, doc.getField(IndexFields.VERSION), readable.textFields()));
            }
            if (snippet == null && subject != null && subjectSnippets.hasTerms()) {
                snippet = subjectSnippets.best(List.of(subject));
            }
            Number date = doc.getField(IndexFields.DATE) == null ? null : doc.getField(IndexFields.DATE).numericValue();
            String levelName = doc.get(IndexFields.CLASS);
            String classification = levelName == null ? null
                    : org.chancery.cable.model.Level.valueOf(levelName).word();
            float score = sort == SearchRequest.Sort.RELEVANCE ? hit.score : 0f;
            hits.add(new SearchResult.Hit(id,
                    date == null ? null : Instant.ofEpochMilli(date.longValue()), doc.get(IndexFields.ORIGIN),
                    classification, subject == null ? null : collapse(subject), score, snippet));
        }
        return hits;
    }

    /**
     * The body text of the indexed version of a hit that its reader may read: the portions the store gives for that
     * version, each kept only when the field it is indexed in ({@link CableDocuments#field}, the same decision as
     * at indexing) is one of the reader's readable text fields, in the order of those fields (as when the text was
     * stored in them).
     */
    private List<String> readableText(String id, org.apache.lucene.index.IndexableField version,
                                      List<String> readableFields) {
        if (version == null) return List.of();
        Map<String, List<String>> byField = new java.util.HashMap<>();
        for (IndexDocument.Portion p : portions.portions(id, version.numericValue().intValue())) {
            if (p.kind() == IndexDocument.Portion.Kind.SUBJECT) continue;
            String field = CableDocuments.field(p);
            if (field != null) byField.computeIfAbsent(field, f -> new ArrayList<>()).add(p.text());
        }
        if (byField.isEmpty()) return List.of();
        List<String> texts = new ArrayList<>();
        for (String f : readableFields) {
            List<String> t = byField.get(f);
            if (t != null) texts.addAll(t);
        }
        return texts;
    }

    private static String collapse(String text) {
        return String.join(" ", text.strip().split("\\s+"));
    }

    private long export(IndexSearcher searcher, SearchRequest request, Consumer<IndexedCable> sink) throws IOException {
        Snapshot snap = snapshot(searcher.getIndexReader());
        Readable readable = snap.readable(request.visibility(), searcher);
        Query query = readable.restrict(QueryParser.parse(request.query(), readable.scope(analyzer)));
        DocsAndDates found = searcher.search(query, new AllDocsManager());
        int[] order = found.order(request.sort() == SearchRequest.Sort.DATE_DESC);
        StoredFields stored = searcher.storedFields();
        Set<String> load = new HashSet<>(List.of(IndexFields.ID, IndexFields.DATE, IndexFields.ORIGIN, IndexFields.TO,
                IndexFields.INFO, IndexFields.CLASS, IndexFields.CAVEAT, IndexFields.TAG, IndexFields.PRECEDENCE,
                IndexFields.REF, IndexFields.GOVERNING_CLASS));
        load.addAll(readable.subjectFields());
        for (int i : order) {
            Document doc = stored.document(found.docs[i], load);
            String subject = null;
            for (String f : readable.subjectFields()) {
                subject = doc.get(f);
                if (subject != null) break;
            }
            var date = doc.getField(IndexFields.DATE);
            String level = doc.get(IndexFields.CLASS);
            // Tags and references are withheld with the banner (portion reading of a cable seen in part).
            boolean banner = readable.bannerReadable(doc.get(IndexFields.GOVERNING_CLASS));
            sink.accept(new IndexedCable(doc.get(IndexFields.ID),
                    date == null ? null : Instant.ofEpochMilli(date.numericValue().longValue()),
                    doc.get(IndexFields.ORIGIN), List.of(doc.getValues(IndexFields.TO)),
                    List.of(doc.getValues(IndexFields.INFO)),
                    level == null ? null : org.chancery.cable.model.Level.valueOf(level).word(),
                    List.of(doc.getValues(IndexFields.CAVEAT)),
                    banner ? List.of(doc.getValues(IndexFields.TAG)) : List.of(),
                    doc.get(IndexFields.PRECEDENCE), banner ? List.of(doc.getValues(IndexFields.REF)) : List.of(),
                    subject == null ? null : collapse(subject)));
        }
        return order.length;
    }

    /** Every matching document with its date, for an export. */
    private static final class DocsAndDates {
        int[] docs = new int[1024];
        long[] dates = new long[1024];
        int size;

        void add(int doc, long date) {
            if (size == docs.length) {
                docs = Arrays.copyOf(docs, size * 2);
                dates = Arrays.copyOf(dates, size * 2);
            }
            docs[size] = doc;
            dates[size] = date;
            size++;
        }

        int[] order(boolean newestFirst) {
            Integer[] idx = new Integer[size];
            for (int i = 0; i < size; i++) idx[i] = i;
            int direction = newestFirst ? -1 : 1;
            // Undated cables (Long.MAX_VALUE) last either way, as in search.
            Arrays.sort(idx, (a, b) -> {
                boolean undatedA = dates[a] == Long.MAX_VALUE;
                boolean undatedB = dates[b] == Long.MAX_VALUE;
                if (undatedA != undatedB) return undatedA ? 1 : -1;
                int byDate = direction * Long.compare(dates[a], dates[b]);
                // Slices collect concurrently: ties in index order, as a single pass would give them.
                return byDate != 0 ? byDate : Integer.compare(docs[a], docs[b]);
            });
            int[] out = new int[size];
            for (int i = 0; i < size; i++) out[i] = idx[i];
            return out;
        }
    }

    private static final class AllDocsManager implements CollectorManager<Collector, DocsAndDates> {
        private final DocsAndDates found = new DocsAndDates();

        @Override
        public Collector newCollector() {
            return new Collector() {
                @Override
                public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
                    int base = context.docBase;
                    NumericDocValues dates = context.reader().getNumericDocValues(IndexFields.DATE);
                    return new LeafCollector() {
                        @Override
                        public void setScorer(Scorable scorer) {
                        }

                        @Override
                        public void collect(int doc) throws IOException {
                            long date = dates != null && dates.advanceExact(doc) ? dates.longValue() : Long.MAX_VALUE;
                            synchronized (found) {
                                found.add(base + doc, date);
                            }
                        }
                    };
                }

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE_NO_SCORES;
                }
            };
        }

        @Override
        public DocsAndDates reduce(Collection<Collector> collectors) {
            return found;
        }
    }

    // --- per-reader state ---

    /**
     * What is computed once per opened reader: the facet ordinals, the label classes present (from the field
     * names, so always exact), the visibility filters of the readers who searched it, and the counted results of
     * recent searches.
     */
    private record Snapshot(IndexReader reader, SortedSetDocValuesReaderState facetState, Set<String> dims,
                            Set<LabelClass> labels, Set<LabelClass> governing, List<String> textFields,
                            List<String> subjectFields, Filters filters, ResultCache results) {

        Readable readable(Visibility visibility, IndexSearcher searcher) throws IOException {
            if (visibility.readable() == null) {
                return new Readable(textFields, subjectFields, null, null, false, visibility.distribution(),
                        filters.visible(searcher, null, null, false, visibility.distribution()), null);
            }
            List<String> text = new ArrayList<>();
            List<String> subject = new ArrayList<>();
            Set<String> names = new TreeSet<>();
            for (LabelClass label : labels) {
                if (!visibility.readable().test(label)) continue;
                names.add(label.name());
                if (textFields.contains(IndexFields.text(label))) text.add(IndexFields.text(label));
                if (subjectFields.contains(IndexFields.subject(label))) subject.add(IndexFields.subject(label));
            }
            Set<String> banners = new TreeSet<>();
            for (LabelClass label : governing) {
                if (visibility.readable().test(label)) banners.add(label.name());
            }
            boolean whole = visibility.wholeCable();
            return new Readable(text, subject, names, banners, whole, visibility.distribution(),
                    filters.visible(searcher, names, banners, whole, visibility.distribution()),
                    whole ? null : filters.banner(searcher, banners));
        }
    }

    /**
     * The visibility filters of one reader as document sets, computed on first use and kept for the most
     * recently used kinds of reader (the key is what the filter depends on: readable classes, readable banners,
     * the policy, the distribution keys), so that a search pays for its filter once per reader and kind of reader,
     * not at every search. A filter that removes nothing (a reader who may read every class and is reached by
     * every distribution present) is no filter at all. The clauses a search checks per match
     * ({@link CheckedClauses}) are kept the same way, by clause.
     */
    private static final class Filters {
        private static final int KEPT = 64;
        /** A filter that keeps every live document, or one that keeps none: no set needed. */
        private static final DocSet ALL = new DocSet(new org.apache.lucene.util.FixedBitSet[0], new int[0]);

        private record Key(String kind, Set<String> classes, Set<String> banners, boolean wholeCable,
                           Set<String> distribution) {
        }

        private final Map<Key, DocSet> kept = new java.util.LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, DocSet> eldest) {
                return size() > KEPT;
            }
        };

        /**
         * The cables visible to a reader of {@code classes} (null: all) and {@code banners} under the policy,
         * reached by {@code distribution} (null: no limit); null when every cable is.
         */
        DocSet visible(IndexSearcher searcher, Set<String> classes, Set<String> banners, boolean wholeCable,
                       Set<String> distribution) throws IOException {
            if (classes == null && distribution == null) return null;
            Set<String> keys = null;
            if (distribution != null) {
                keys = new TreeSet<>();
                for (String key : distribution) keys.add(QueryParser.normalizeKeyword(key));
            }
            Key key = new Key("visible", classes, banners, wholeCable, keys);
            Set<String> distKeys = keys;
            return get(key, searcher, () -> visibleQuery(classes, banners, wholeCable, distKeys));
        }

        /** The cables whose governing banner is one of {@code banners}; null when every cable's is. */
        DocSet banner(IndexSearcher searcher, Set<String> banners) throws IOException {
            return get(new Key("banner", null, banners, false, null), searcher,
                    () -> new TermInSetQuery(IndexFields.GOVERNING_CLASS, bytes(banners)));
        }

        /**
         * The documents of the clauses checked per match (see CheckedClauses), fewer than the filters: a word
         * excluded is a set as large as a visibility filter (an eighth of a byte per cable), and searches vary more
         * in their words than readers in their kinds.
         */
        private final Map<Query, DocSet> clauses = new java.util.LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Query, DocSet> eldest) {
                return size() > KEPT / 2;
            }
        };

        /** The documents of a clause checked per match; null when it holds every cable. */
        DocSet clause(IndexSearcher searcher, Query clause) throws IOException {
            synchronized (clauses) {
                DocSet set = clauses.get(clause);
                if (set != null) return set == ALL ? null : set;
            }
            // found outside the lock (on the searcher's slices, in bulk): a search needing another clause
            // does not wait for it; two searches needing the same one may both find it
            DocSet set = DocSet.of(searcher, clause);
            if (set.coversAll(searcher)) set = ALL;
            synchronized (clauses) {
                clauses.put(clause, set);
            }
            return set == ALL ? null : set;
        }

        private DocSet get(Key key, IndexSearcher searcher, java.util.function.Supplier<Query> query)
                throws IOException {
            synchronized (kept) {
                DocSet set = kept.get(key);
                if (set == null) {
                    // computed on a plain searcher: one pass over the filter's terms, no slices needed
                    IndexSearcher plain = new IndexSearcher(searcher.getIndexReader());
                    plain.setQueryCache(null);
                    set = DocSet.of(plain, query.get());
                    if (set.coversAll(plain)) set = ALL;
                    kept.put(key, set);
                }
                return set == ALL ? null : set;
            }
        }

        private static Query visibleQuery(Set<String> classes, Set<String> banners, boolean wholeCable,
                                          Set<String> distribution) {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            if (classes != null) {
                Query banner = banners.isEmpty() ? null : new TermInSetQuery(IndexFields.GOVERNING_CLASS, bytes(banners));
                Query portion = wholeCable || classes.isEmpty() ? null
                        : new TermInSetQuery(IndexFields.PORTION_CLASS, bytes(classes));
                if (banner == null && portion == null) return new MatchNoDocsQuery("nothing readable");
                if (banner == null || portion == null) {
                    b.add(banner != null ? banner : portion, Occur.FILTER);
                } else {
                    // the banner readable, or at least one portion
                    b.add(new BooleanQuery.Builder().add(banner, Occur.SHOULD).add(portion, Occur.SHOULD)
                            .setMinimumNumberShouldMatch(1).build(), Occur.FILTER);
                }
            }
            if (distribution != null) {
                if (distribution.isEmpty()) return new MatchNoDocsQuery("no distribution");
                b.add(new TermInSetQuery(IndexFields.DISTRIBUTION, bytes(distribution)), Occur.FILTER);
            }
            return b.build();
        }
    }

    private static List<BytesRef> bytes(Collection<String> values) {
        List<BytesRef> out = new ArrayList<>(values.size());
        for (String v : values) out.add(new BytesRef(v));
        return out;
    }

    /**
     * The fields one search may read, and the filters that keep out the cables with nothing readable
     * ({@code visible}) and the tags and references of cables whose banner is not readable ({@code banner}); a
     * null filter keeps everything.
     */
    private record Readable(List<String> textFields, List<String> subjectFields, Set<String> classNames,
                            Set<String> governingNames, boolean wholeCable, Set<String> distribution,
                            DocSet visible, DocSet banner) {

        QueryScope scope(CableAnalyzer analyzer) {
            return new QueryScope(textFields, subjectFields, analyzer, bannerFilter());
        }

        /**
         * Under the portion reading with a restriction: the filter of cables whose governing banner is readable,
         * which alone may show their tags and references; null when every cable's banner is readable.
         */
        Query bannerFilter() {
            return banner == null ? null : banner.query("gclass readable " + governingNames);
        }

        /** Whether a cable with this governing class shows its tags and references. */
        boolean bannerReadable(String governingClass) {
            if (classNames == null || wholeCable) return true;
            return governingClass != null && governingNames.contains(governingClass);
        }

        Query restrict(Query query) {
            if (visible == null) return query;
            return new BooleanQuery.Builder().add(query, Occur.MUST)
                    .add(visible.query("visible to " + classNames + " " + distribution), Occur.FILTER).build();
        }
    }

    private Snapshot snapshot(IndexReader reader) throws IOException {
        Snapshot s = snapshot;
        if (s != null && s.reader() == reader) return s;
        synchronized (this) {
            s = snapshot;
            if (s != null && s.reader() == reader) return s;
            TreeSet<LabelClass> labels = new TreeSet<>();
            List<String> text = new ArrayList<>();
            List<String> subject = new ArrayList<>();
            boolean hasFacets = false;
            for (FieldInfo info : FieldInfos.getMergedFieldInfos(reader)) {
                LabelClass label = IndexFields.labelOf(info.name);
                if (label != null) {
                    labels.add(label);
                    (info.name.startsWith(IndexFields.TEXT_PREFIX) ? text : subject).add(info.name);
                }
                hasFacets |= info.name.equals(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
            }
            text.sort(null);
            subject.sort(null);
            SortedSetDocValuesReaderState state = null;
            Set<String> dims = new HashSet<>();
            if (hasFacets && reader.numDocs() > 0) {
                state = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
                for (String dim : state.getDims()) dims.add(dim);
            }
            TreeSet<LabelClass> governing = new TreeSet<>();
            Terms terms = MultiTerms.getTerms(reader, IndexFields.GOVERNING_CLASS);
            if (terms != null) {
                TermsEnum it = terms.iterator();
                for (BytesRef term = it.next(); term != null; term = it.next()) {
                    LabelClass label = LabelClass.parse(term.utf8ToString());
                    if (label != null) governing.add(label);
                }
            }
            if (state != null) {
                // the facet values and the date order of the segments not seen yet (kept per segment core):
                // built here, after a commit or at the first search, rather than by the first search that needs them
                for (LeafReaderContext leaf : reader.leaves()) {
                    FacetOrdinals.of(leaf.reader());
                    DateOrder.of(leaf.reader());
                }
            }
            s = new Snapshot(reader, state, dims, java.util.Collections.unmodifiableSortedSet(labels),
                    java.util.Collections.unmodifiableSortedSet(governing), List.copyOf(text), List.copyOf(subject),
                    new Filters(), new ResultCache());
            snapshot = s;
            return s;
        }
    }

    private interface SearcherWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.run(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            if (writer != null) writer.rollback(); // drops what was not committed; see setCommitOnClose
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
