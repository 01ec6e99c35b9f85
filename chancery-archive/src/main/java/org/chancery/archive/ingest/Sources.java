package org.chancery.archive.ingest;

import org.chancery.archive.store.Provenance;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.RandomAccess;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The inputs of an ingest: cable files ({@code .txt}, {@code .html}, {@code .htm}) and archives of them
 * ({@code .zip}, {@code .tar.gz}, {@code .tgz}, {@code .tar}), given as files or found in folders (recursively,
 * in path order). Inside an archive only entries with a cable file name are read.
 */
final class Sources {

    private Sources() {
    }

    /** One input: the bytes of a cable file or archive entry, or the reason it could not be read. */
    sealed interface Item permits CableBytes, Unreadable {
        Provenance provenance();
    }

    record CableBytes(Provenance provenance, String fileName, byte[] bytes) implements Item {
    }

    record Unreadable(Provenance provenance, String reason) implements Item {
    }

    interface Sink {
        void accept(Item item) throws InterruptedException;
    }

    /** The files to read, in order, each once; folders expanded. Throws when an argument does not exist. */
    static List<Path> expand(List<Path> arguments) throws IOException {
        Set<Path> files = new LinkedHashSet<>();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                try (Stream<Path> walk = Files.walk(argument)) {
                    // Sorted as strings: the same order on every platform.
                    walk.filter(p -> (isCable(name(p)) || isArchive(name(p))) && Files.isRegularFile(p))
                            .sorted(Comparator.comparing(Path::toString))
                            .forEach(files::add);
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            } else if (!Files.exists(argument)) {
                throw new NoSuchFileException(argument.toString(), null, "no such file");
            } else {
                files.add(argument);
            }
        }
        return new PathList(files);
    }

    /**
     * The files of an ingest, kept as their path strings and made into {@link Path}s one at a time: a million
     * files as {@code Path} objects (each with its bytes and its cached string) held 250 MB of the heap for the
     * whole run, as strings about 100 MB.
     */
    private static final class PathList extends AbstractList<Path> implements RandomAccess {
        private final String[] paths;

        PathList(Collection<Path> files) {
            paths = new String[files.size()];
            int i = 0;
            for (Path p : files) paths[i++] = p.toString();
        }

        @Override
        public Path get(int index) {
            return Path.of(paths[index]);
        }

        @Override
        public int size() {
            return paths.length;
        }
    }

    /** The number of cable inputs (an archive that cannot be read counts as one, its rejection). */
    static long count(List<Path> files) {
        long count = 0;
        for (Path file : files) {
            String name = name(file);
            if (!isArchive(name)) {
                count++;
                continue;
            }
            try {
                if (isZip(name)) {
                    try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
                        count += zip.stream().filter(e -> !e.isDirectory() && isCable(e.getName())).count();
                    }
                } else {
                    try (InputStream in = tarStream(file)) {
                        TarReader tar = new TarReader(in);
                        for (TarReader.Entry e = tar.next(); e != null; e = tar.next()) {
                            if (e.isFile() && isCable(e.name())) count++;
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                count++;
            }
        }
        return count;
    }

    /** Reads every input in order and hands it to {@code sink}. */
    static void read(List<Path> files, Sink sink) throws InterruptedException {
        for (Path file : files) {
            String path = file.toString();
            String name = name(file);
            if (!isArchive(name)) {
                try {
                    sink.accept(new CableBytes(Provenance.file(path), name, Files.readAllBytes(file)));
                } catch (IOException e) {
                    sink.accept(new Unreadable(Provenance.file(path), "unreadable: " + reason(e)));
                }
            } else if (isZip(name)) {
                readZip(file, sink);
            } else {
                readTar(file, sink);
            }
        }
    }

    private static void readZip(Path file, Sink sink) throws InterruptedException {
        String path = file.toString();
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory() || !isCable(entry.getName())) continue;
                Provenance provenance = new Provenance(path, entry.getName());
                try (InputStream in = zip.getInputStream(entry)) {
                    sink.accept(new CableBytes(provenance, baseName(entry.getName()), in.readAllBytes()));
                } catch (IOException | RuntimeException e) {
                    sink.accept(new Unreadable(provenance, "unreadable: " + reason(e)));
                }
            }
        } catch (IOException | RuntimeException e) {
            sink.accept(new Unreadable(Provenance.file(path), "unreadable archive: " + reason(e)));
        }
    }

    private static void readTar(Path file, Sink sink) throws InterruptedException {
        String path = file.toString();
        String current = null;
        try (InputStream in = tarStream(file)) {
            TarReader tar = new TarReader(in);
            for (TarReader.Entry e = tar.next(); e != null; e = tar.next()) {
                if (!e.isFile() || !isCable(e.name())) continue;
                current = e.name();
                sink.accept(new CableBytes(new Provenance(path, e.name()), baseName(e.name()), tar.content()));
                current = null;
            }
        } catch (IOException | RuntimeException e) {
            // A broken stream cannot be read past the damage: the entry being read (if any) and the rest are lost.
            sink.accept(new Unreadable(new Provenance(path, current), "unreadable archive: " + reason(e)));
        }
    }

    private static InputStream tarStream(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        String name = name(file);
        return name.toLowerCase(Locale.ROOT).endsWith(".tar") ? in : new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
    }

    static boolean isCable(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".txt") || lower.endsWith(".html") || lower.endsWith(".htm");
    }

    static boolean isArchive(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return isZip(lower) || lower.endsWith(".tar.gz") || lower.endsWith(".tgz") || lower.endsWith(".tar");
    }

    private static boolean isZip(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    private static String name(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    /** The last part of an entry name: entries carry their folders ({@code cables/2009/09PRAGUE589.txt}). */
    private static String baseName(String entryName) {
        int slash = entryName.lastIndexOf('/');
        return slash < 0 ? entryName : entryName.substring(slash + 1);
    }

    static String reason(Exception e) {
        if (e instanceof NoSuchFileException) return "no such file";
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
