package org.chancery.cli;

import org.chancery.security.Policy;
import org.chancery.server.Launcher;
import org.chancery.server.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code chancery serve [--store DIR] [--port 8080] [--demo] [--ingest DIR]}: the HTTP API and the web
 * application over the archive, until stopped (Ctrl-C).
 */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {"Serves the HTTP API and the web application over the archive, until stopped (Ctrl-C).",
                "With --demo, first prepares a demo world (accounts for every role and clearance, a generated "
                        + "corpus) and prints the accounts; it is idempotent."})
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Mixin
    private StoreOption store;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0: any free port).")
    private int port;

    @Option(names = "--host", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; serve others through a TLS proxy).")
    private String host;

    @Option(names = "--demo", description = "Prepare the demo world on first start (accounts, generated corpus).")
    private boolean demo;

    @Option(names = "--demo-cables", paramLabel = "N", defaultValue = "20000",
            description = "Cables generated for the demo into an empty archive (default: ${DEFAULT-VALUE}).")
    private long demoCables;

    @Option(names = "--ingest", paramLabel = "DIR", description = "Ingest real cables (files, folders, archives) before serving; repeatable.")
    private List<Path> ingest = new ArrayList<>();

    @Option(names = "--behind-tls", description = "Clients reach the server over TLS (a proxy): session cookies are Secure.")
    private boolean behindTls;

    @Option(names = "--policy", paramLabel = "POLICY",
            description = "Set the store's reading policy: document or portion (default: keep the store's setting, "
                    + "as 'chancery config set policy' made it; a new demo store reads by portion).")
    private String policy;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) throw new BadInputException("--port must be 0 to 65535: " + port);
        if (demoCables < 0 || demoCables > 10_000_000) throw new BadInputException("--demo-cables must be 0 to 10,000,000");
        Policy p = null;
        try {
            if (policy != null) p = Policy.valueOf(policy.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--policy is document or portion, not '" + policy + "'");
        }
        for (Path in : ingest) {
            if (!java.nio.file.Files.exists(in)) throw new BadInputException("no such file or folder: " + in);
        }
        PrintStream out = new PrintStream(main.out(), true, java.nio.charset.StandardCharsets.UTF_8);
        Launcher.Options options = new Launcher.Options(store.dir(), host, port, demo, demoCables, List.copyOf(ingest),
                behindTls, p);
        CountDownLatch stopped = new CountDownLatch(1);
        Launcher launcher = Launcher.start(options, ServerConfig.defaults(), out);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            launcher.close();
            stopped.countDown();
        }, "chancery-serve-shutdown"));
        stopped.await();
        return Main.OK;
    }
}
