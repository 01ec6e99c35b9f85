package org.chancery.cli;

import org.chancery.archive.CableNotFoundException;
import org.chancery.archive.ThreadNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code chancery thread [--store DIR] [--as USER] ID [--depth N]}: the reference closure of a cable, both ways. */
@Command(name = "thread",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
                "Prints the reference thread of a cable as an indented tree: the cables it cites and the cables "
                        + "that cite it, and theirs in turn, each cable once (breadth first, so each appears at its "
                        + "shortest distance). '->' cites, '<-' is cited by; a cited cable the archive does not have "
                        + "is marked and ends its branch.",
                "Exit code 0; 1 when the archive has no such cable; 2 on bad input."})
final class ThreadCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Mixin
    private StoreOption store;

    @Mixin
    private AsOption as;

    @Option(names = "--depth", paramLabel = "N", description = "Follow at most N steps (default: no limit).")
    private int depth;

    @Parameters(paramLabel = "ID", description = "The cable's id, e.g. 09PRAGUE589.")
    private String id;

    @Override
    public Integer call() throws IOException {
        if (depth < 0) throw new BadInputException("--depth must be 0 (no limit) or more, not " + depth);
        try (AsOption.Secured archive = as.openForReading(store)) {
            List<ThreadNode> nodes = archive.gate().thread(archive.viewer(), id, depth);
            Map<String, List<ThreadNode>> children = new HashMap<>();
            for (ThreadNode n : nodes) {
                if (n.parent() != null) children.computeIfAbsent(n.parent(), k -> new ArrayList<>()).add(n);
            }
            Writer out = Output.text(main);
            print(out, nodes.get(0), children);
            out.flush();
            return Main.OK;
        } catch (CableNotFoundException e) {
            return StoreOption.notFound(main, e);
        }
    }

    private static void print(Writer out, ThreadNode node, Map<String, List<ThreadNode>> children) throws IOException {
        // Iterative depth-first walk of the breadth-first tree (threads can be long; no recursion limit).
        List<ThreadNode> stack = new ArrayList<>(List.of(node));
        while (!stack.isEmpty()) {
            ThreadNode n = stack.remove(stack.size() - 1);
            StringBuilder line = new StringBuilder("  ".repeat(n.depth()));
            switch (n.relation()) {
                case ROOT -> { }
                case CITES -> line.append("-> ");
                case CITED_BY -> line.append("<- ");
            }
            line.append(n.id());
            if (!n.present()) line.append("  (not in the archive)");
            out.write(line.append('\n').toString());
            List<ThreadNode> kids = children.getOrDefault(n.id(), List.of());
            for (int i = kids.size() - 1; i >= 0; i--) stack.add(kids.get(i));
        }
    }
}
