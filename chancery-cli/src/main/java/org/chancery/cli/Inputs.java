package org.chancery.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns the FILE|DIR arguments into the list of cable files to read. A file is taken whatever its name (the
 * user named it); a folder is searched recursively for {@code .txt}, {@code .html} and {@code .htm} files, which
 * come in the order of their paths, so that output is the same on every run and every machine. Arguments keep
 * the order they were given in; a file named twice is read once.
 */
final class Inputs {

    private Inputs() {
    }

    /** The files to read, or a {@link BadInputException} naming the first argument that cannot be used. */
    static List<Path> collect(List<Path> arguments) {
        Set<Path> files = new LinkedHashSet<>();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                List<Path> found = cablesIn(argument);
                if (found.isEmpty()) {
                    throw new BadInputException("no cables in '" + argument + "' (looked for .txt, .html and .htm files)");
                }
                files.addAll(found);
            } else if (!Files.exists(argument)) {
                throw new BadInputException("cannot read '" + argument + "': no such file");
            } else if (!Files.isReadable(argument)) {
                throw new BadInputException("cannot read '" + argument + "': permission denied");
            } else {
                files.add(argument);
            }
        }
        return new ArrayList<>(files);
    }

    static boolean isCableFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm");
    }

    private static List<Path> cablesIn(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            // Compare paths as strings: Path.compareTo is platform-specific, a string compares the same everywhere.
            return walk.filter(p -> isCableFile(p) && Files.isRegularFile(p))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            throw new BadInputException(cannotRead(folder, e));
        } catch (UncheckedIOException e) {
            throw new BadInputException(cannotRead(folder, e.getCause()));
        }
    }

    /** {@code cannot read 'x.txt': no such file}: the reason in a few words, not the exception's class. */
    static String cannotRead(Path path, IOException e) {
        // Walking a folder fails on the entry inside it that cannot be read: name that one.
        if (e instanceof FileSystemException fse && fse.getFile() != null) path = Path.of(fse.getFile());
        String reason;
        if (e instanceof NoSuchFileException) reason = "no such file";
        else if (e instanceof AccessDeniedException) reason = "permission denied";
        else if (e instanceof NotDirectoryException) reason = "not a folder";
        else if (e instanceof FileSystemException fse && fse.getReason() != null) reason = fse.getReason();
        else if (e.getMessage() != null && !e.getMessage().isBlank()) reason = e.getMessage();
        else reason = e.getClass().getSimpleName();
        return "cannot read '" + path + "': " + reason;
    }
}
