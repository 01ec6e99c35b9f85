package org.chancery.archive;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.chancery.archive.index.IndexFields;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What the kill tests share: a child JVM running a main class of the tests (killed with SIGKILL by the test), and
 * the cables an archive's index holds, read back from the Lucene segments.
 */
public final class CrashHarness {

    private CrashHarness() {
    }

    /** Starts {@code main} in a JVM of its own, on the tests' class path; its standard error is discarded. */
    public static Process start(Class<?> main, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", classpath, main.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** The ids of the live documents of an index, and the ids found more than once. */
    public record Indexed(Set<String> ids, List<String> doubles) {
    }

    /** Reads every live document of the archive's index in {@code store} (as of its last commit). */
    public static Indexed indexed(Path store) throws IOException {
        Set<String> ids = new HashSet<>();
        List<String> doubles = new ArrayList<>();
        forEachLive(store.resolve(Archive.INDEX_FOLDER), doc -> {
            String id = doc.get(IndexFields.ID);
            if (!ids.add(id)) doubles.add(id);
        });
        return new Indexed(ids, doubles);
    }

    /** Gives every live document of the Lucene index in {@code indexDir} (as of its last commit) to {@code sink}. */
    public static void forEachLive(Path indexDir, Consumer<Document> sink) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(indexDir))) {
            for (LeafReaderContext leaf : reader.leaves()) {
                LeafReader r = leaf.reader();
                Bits live = r.getLiveDocs();
                StoredFields fields = r.storedFields();
                for (int doc = 0; doc < r.maxDoc(); doc++) {
                    if (live == null || live.get(doc)) sink.accept(fields.document(doc));
                }
            }
        }
    }
}
