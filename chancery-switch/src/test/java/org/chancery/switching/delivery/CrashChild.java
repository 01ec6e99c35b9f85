package org.chancery.switching.delivery;

import org.chancery.cable.model.Address;
import org.chancery.cable.model.Level;
import org.chancery.cable.model.Precedence;
import org.chancery.switching.Transmission;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The switch in a process of its own, for {@link CrashTest} (and the soak in bench/): accepts messages
 * {@code M1..Mn} from several threads (skipping those its earlier runs journalled as accepted), appends each id
 * to {@code accepted.log} once {@code accept} has returned, appends every copy filed to {@code delivered.log},
 * and exits when everything is delivered. It may be killed at any moment.
 *
 * <p>Usage: {@code CrashChild DIR COUNT}
 */
public final class CrashChild {

    static final String[] DESTINATIONS = {"RUEHC", "RUEHBS", "RUEHPG", "RUEHRO"};

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        Path acceptedLog = dir.resolve("accepted.log");
        Set<String> done = new HashSet<>();
        if (Files.exists(acceptedLog)) {
            for (String line : Files.readAllLines(acceptedLog, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) done.add(line.strip());
            }
        }
        try (FileChannel accepted = FileChannel.open(acceptedLog, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
             FileChannel delivered = FileChannel.open(dir.resolve("delivered.log"), StandardOpenOption.CREATE,
                     StandardOpenOption.WRITE, StandardOpenOption.APPEND);
             Switch sw = Switch.open(dir.resolve("store"), SwitchConfig.defaults())) {
            sw.addListener(event -> {
                if (event instanceof SwitchEvent.Delivered d) {
                    append(delivered, d.entry().transmissionId() + " " + d.entry().post() + "\n", false);
                }
            });
            sw.start();
            System.out.println("STARTED");
            System.out.flush();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            for (int i = 1; i <= count; i++) {
                String id = "M" + i;
                if (done.contains(id)) continue;
                Transmission t = message(id, i);
                pool.execute(() -> {
                    sw.accept(t);
                    // Journalled only after accept returned: what the test may hold the switch to.
                    append(accepted, id + "\n", true);
                });
            }
            pool.shutdown();
            if (!pool.awaitTermination(10, TimeUnit.MINUTES)) throw new IllegalStateException("accepts hang");
            while (!sw.queueStatus().isEmpty()) Thread.sleep(20);
            System.out.println("DONE");
            System.out.flush();
        }
    }

    /** Message {@code i}: one of four destinations, one or two addressees, mostly ROUTINE with urgent ones mixed in. */
    static Transmission message(String id, int i) {
        String destination = DESTINATIONS[i % DESTINATIONS.length];
        Precedence precedence = i % 97 == 0 ? Precedence.FLASH : i % 13 == 0 ? Precedence.IMMEDIATE
                : Precedence.ROUTINE;
        List<Address> addressees = new ArrayList<>();
        addressees.add(new Address(destination, "STATION " + destination, null, null));
        if (i % 3 == 0) addressees.add(new Address(null, "OFFICE " + (i % 5) + " VIA " + destination, null, null));
        return new Transmission(id, "09PRAGUE" + i, 1, precedence, Level.CONFIDENTIAL, destination, addressees,
                Fixtures.text(id, precedence, "SIPDIS", "", "PREL EZ"), Instant.now());
    }

    private static void append(FileChannel channel, String line, boolean force) {
        try {
            synchronized (channel) {
                ByteBuffer b = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
                while (b.hasRemaining()) channel.write(b);
                if (force) channel.force(false);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
