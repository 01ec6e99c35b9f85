package org.chancery.cli;

import org.chancery.archive.index.LuceneSearchIndex;
import org.chancery.archive.index.SearchRequest;
import org.chancery.archive.query.QuerySyntaxException;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;

/**
 * The {@code --store DIR} option of the commands that read the archive, and opening its search index. Until the
 * archive facade lands, the index is opened read-only in {@code DIR/index}.
 */
final class StoreOption {

    static final String DEFAULT = "chancery-store";

    @Option(names = "--store", paramLabel = "DIR", defaultValue = DEFAULT,
            description = "The archive folder (default: ${DEFAULT-VALUE}).")
    Path store;

    LuceneSearchIndex openIndex() {
        Path folder = store.resolve("index");
        try {
            return LuceneSearchIndex.openReadOnly(folder);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("no archive index in '" + store + "' (ingest cables first)");
        }
    }

    /** The words of the query as one string ({@code chancery search arms control} = "arms control"). */
    static String query(List<String> words) {
        return String.join(" ", words);
    }

    /** A malformed query as one line for the user. */
    static BadInputException badQuery(QuerySyntaxException e) {
        return new BadInputException("bad query: " + e.getMessage());
    }

    static SearchRequest.Sort sort(String text) {
        try {
            return SearchRequest.Sort.parse(text);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }
}
