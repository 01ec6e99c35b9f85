package org.chancery.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load on a running Chancery server over loopback, by {@code --users} simulated readers. Each user, on its own
 * keep-alive connection with its own API token, repeats a visit: a search (a word or two; a quarter ask for facets,
 * a fifth sort by date), then reads one or two of its hits, then sometimes (30%) turns to page 2 of the same
 * search or narrows it by classification, and reads a hit of that. Between two requests a user thinks for an
 * exponentially distributed time of mean {@code --think-ms} (0: no think time, a closed loop that measures the
 * server's capacity).
 *
 * <p>Bounded: it stops after {@code --seconds} of measurement (after {@code --warmup-seconds} not counted) or
 * {@code --max-requests}, whichever comes first, and refuses any URL whose host is not a loopback address. It
 * prints requests/s, p50/p90/p99/max latency per kind of request and overall, errors, the load average before and
 * after, and the CPU time per request of this process and, with {@code --server-pid}, of the server (from
 * {@code /proc}).
 *
 * <pre>java -cp benchmarks.jar org.chancery.bench.ServerLoad URL [--user U --password P] [--users 200]
 *     [--think-ms 1000] [--seconds 60] [--warmup-seconds 15] [--max-requests 10000000] [--server-pid PID] [--seed 1]</pre>
 */
public final class ServerLoad {

    static final String[] WORDS = {"minister", "election", "security", "embassy", "talks", "trade",
            "energy", "sanctions", "parliament", "budget", "military", "opposition", "visit", "agreement",
            "police", "oil", "nuclear", "border", "human rights", "demarche", "president", "coalition", "*"};
    static final String[] CLASSES = {"unclassified", "confidential", "secret"};
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9A-Z]+)\"");

    enum Kind { SEARCH, PAGE2, FILTER, READ }

    record Sample(Kind kind, long nanos, int status) {
    }

    record Options(URI base, String user, String password, int users, double thinkMs, int seconds, int warmupSeconds,
                   long maxRequests, long serverPid, long seed) {

        static Options parse(String[] args) {
            if (args.length < 1 || args[0].startsWith("--")) usage("the server URL comes first");
            URI base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
            Map<String, String> o = new LinkedHashMap<>();
            for (int i = 1; i < args.length; i += 2) {
                if (!args[i].startsWith("--") || i + 1 >= args.length) usage("expected --option value at " + args[i]);
                o.put(args[i].substring(2), args[i + 1]);
            }
            Options parsed = new Options(base, o.getOrDefault("user", "s-reader"),
                    o.getOrDefault("password", "demo-s-reader"),
                    Integer.parseInt(o.getOrDefault("users", "200")), Double.parseDouble(o.getOrDefault("think-ms", "1000")),
                    Integer.parseInt(o.getOrDefault("seconds", "60")),
                    Integer.parseInt(o.getOrDefault("warmup-seconds", "15")),
                    Long.parseLong(o.getOrDefault("max-requests", "10000000")),
                    Long.parseLong(o.getOrDefault("server-pid", "0")), Long.parseLong(o.getOrDefault("seed", "1")));
            List.of("user", "password", "users", "think-ms", "seconds", "warmup-seconds", "max-requests", "server-pid",
                    "seed").forEach(o::remove);
            if (!o.isEmpty()) usage("unknown options " + o.keySet());
            if (parsed.users < 1 || parsed.seconds < 1 || parsed.thinkMs < 0 || parsed.warmupSeconds < 0) {
                usage("users and seconds must be positive, think-ms and warmup-seconds not negative");
            }
            return parsed;
        }

        private static void usage(String why) {
            System.err.println("server-load: " + why + "\nusage: ServerLoad URL [--user U --password P] [--users 200] "
                    + "[--think-ms 1000] [--seconds 60] [--warmup-seconds 15] [--max-requests N] [--server-pid PID] "
                    + "[--seed 1]");
            System.exit(2);
        }
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        if (!"http".equals(o.base().getScheme()) || !InetAddress.getByName(o.base().getHost()).isLoopbackAddress()) {
            System.err.println("server-load: http on loopback only, not " + o.base());
            System.exit(2);
        }
        String token;
        try (Connection c = new Connection(o.base(), null)) {
            token = token(c, o.user(), o.password());
        }

        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        AtomicLong issued = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        long start = System.nanoTime();
        long measureFrom = start + TimeUnit.SECONDS.toNanos(o.warmupSeconds());
        long deadline = measureFrom + TimeUnit.SECONDS.toNanos(o.seconds());
        System.out.printf(Locale.ROOT, "%d users, think time %s, %d s warm-up then %d s measured, against %s%n",
                o.users(), o.thinkMs() == 0 ? "none (closed loop)" : "exponential, mean " + fmt(o.thinkMs()) + " ms",
                o.warmupSeconds(), o.seconds(), o.base());
        String loadBefore = loadAverage();
        CpuMark[] mark = new CpuMark[1];
        long[][] cacheMark = new long[1][];
        Thread marker = Thread.ofPlatform().daemon().start(() -> {
            sleepUntil(measureFrom);
            mark[0] = CpuMark.now(o.serverPid());
            cacheMark[0] = searchCache(o.base());
        });

        CountDownLatch done = new CountDownLatch(o.users());
        for (int u = 0; u < o.users(); u++) {
            long seed = o.seed() * 1_000_003L + u;
            Thread.ofPlatform().name("user-" + u).daemon().start(() -> {
                try (Connection c = new Connection(o.base(), token)) {
                    new User(c, new Random(seed), o.thinkMs(), measureFrom, deadline, o.maxRequests(), issued, samples)
                            .run();
                } catch (Exception e) {
                    failures.incrementAndGet();
                    System.err.println("server-load: a user stopped: " + e);
                } finally {
                    done.countDown();
                }
            });
        }
        done.await(o.warmupSeconds() + o.seconds() + 120L, TimeUnit.SECONDS);
        long end = Math.min(System.nanoTime(), deadline);
        marker.join(1000);
        CpuMark after = CpuMark.now(o.serverPid());
        long[] cacheAfter = searchCache(o.base());
        double elapsed = Math.max(1e-9, (end - measureFrom) / 1e9);

        List<Sample> all = new ArrayList<>(samples);
        long errors = all.stream().filter(s -> s.status() != 200).count();
        System.out.printf(Locale.ROOT, "%,d requests in %.1f s: %,.1f requests/s, %d errors (non-200 or failed)%s%n",
                all.size(), elapsed, all.size() / elapsed, errors,
                failures.get() == 0 ? "" : ", " + failures.get() + " users stopped early");
        for (Kind k : Kind.values()) report(k.name().toLowerCase(Locale.ROOT), all.stream().filter(s -> s.kind() == k).toList(), elapsed);
        report("all", all, elapsed);
        if (mark[0] != null && !all.isEmpty()) {
            System.out.printf(Locale.ROOT, "CPU per request: server %s ms, load generator %.2f ms%n",
                    after.serverMs() < 0 ? "?" : fmt((after.serverMs() - mark[0].serverMs()) / all.size()),
                    (after.selfMs() - mark[0].selfMs()) / all.size());
            String threads = CpuMark.byThread(mark[0].serverThreads(), after.serverThreads(), all.size());
            if (!threads.isEmpty()) System.out.println("server CPU per request by thread: " + threads);
        }
        if (cacheMark[0] != null && cacheAfter != null) {
            long hits = cacheAfter[0] - cacheMark[0][0];
            long misses = cacheAfter[1] - cacheMark[0][1];
            System.out.printf(Locale.ROOT, "search result cache: %,d of %,d searches answered from it (%.1f%%)%n",
                    hits, hits + misses, hits + misses == 0 ? 0.0 : 100.0 * hits / (hits + misses));
        }
        System.out.println("load average before: " + loadBefore + "   after: " + loadAverage());
        System.exit(0);
    }

    private static final Pattern CACHE_COUNTER =
            Pattern.compile("(?m)^chancery_search_cache_(hits|misses)_total(?:\\{[^}]*})? ([0-9.eE+]+)$");

    /** The server's search result cache counters (hits, misses) from its metrics, or null when it has none. */
    static long[] searchCache(URI base) {
        try {
            java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
            String body = client.send(java.net.http.HttpRequest.newBuilder(base.resolve("metrics")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            long[] out = {-1, -1};
            Matcher m = CACHE_COUNTER.matcher(body);
            while (m.find()) out[m.group(1).equals("hits") ? 0 : 1] = (long) Double.parseDouble(m.group(2));
            return out[0] < 0 || out[1] < 0 ? null : out;
        } catch (IOException | InterruptedException | IllegalArgumentException e) {
            return null;
        }
    }

    /** One simulated reader: visits (search, read, maybe page 2 or a filter, read) with think time between requests. */
    private static final class User {
        private final Connection c;
        private final Random rnd;
        private final double thinkMs;
        private final long measureFrom;
        private final long deadline;
        private final long maxRequests;
        private final AtomicLong issued;
        private final ConcurrentLinkedQueue<Sample> samples;

        User(Connection c, Random rnd, double thinkMs, long measureFrom, long deadline, long maxRequests,
             AtomicLong issued, ConcurrentLinkedQueue<Sample> samples) {
            this.c = c;
            this.rnd = rnd;
            this.thinkMs = thinkMs;
            this.measureFrom = measureFrom;
            this.deadline = deadline;
            this.maxRequests = maxRequests;
            this.issued = issued;
            this.samples = samples;
        }

        void run() throws IOException, InterruptedException {
            think(); // users arrive spread over the first think time, not all at once
            while (more()) {
                String q = WORDS[rnd.nextInt(WORDS.length)];
                if (rnd.nextInt(3) == 0) q += " " + WORDS[rnd.nextInt(WORDS.length - 1)];
                String extra = (rnd.nextInt(4) == 0 ? "&facets=class,year,origin" : "")
                        + (rnd.nextInt(5) == 0 ? "&sort=-date" : "");
                List<String> hits = search(Kind.SEARCH, q, 0, extra);
                int reads = hits.isEmpty() ? 0 : 1 + rnd.nextInt(2);
                for (int i = 0; i < reads && more(); i++) read(hits.get(rnd.nextInt(hits.size())));
                int next = rnd.nextInt(10);
                if (next < 3 && more()) {
                    List<String> more = next < 2
                            ? search(Kind.PAGE2, q, 10, extra)
                            : search(Kind.FILTER, q + " class:" + CLASSES[rnd.nextInt(CLASSES.length)], 0, extra);
                    if (!more.isEmpty() && more()) read(more.get(rnd.nextInt(more.size())));
                }
            }
        }

        private boolean more() {
            return System.nanoTime() < deadline && issued.get() < maxRequests;
        }

        private List<String> search(Kind kind, String q, int offset, String extra) throws IOException, InterruptedException {
            String body = request(kind, "api/v1/search?limit=10&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)
                    + (offset > 0 ? "&offset=" + offset : "") + extra);
            List<String> ids = new ArrayList<>();
            if (body == null) return ids;
            Matcher m = ID.matcher(body);
            while (m.find()) ids.add(m.group(1));
            return ids;
        }

        private void read(String id) throws IOException, InterruptedException {
            request(Kind.READ, "api/v1/cables/" + id);
        }

        /** Sends one request (counted when it starts after the warm-up), thinks, and returns the body of a 200. */
        private String request(Kind kind, String path) throws IOException, InterruptedException {
            issued.incrementAndGet();
            long t0 = System.nanoTime();
            Connection.Response r;
            try {
                r = c.get(path);
            } catch (IOException e) {
                if (t0 >= measureFrom && t0 < deadline) samples.add(new Sample(kind, System.nanoTime() - t0, -1));
                c.reconnect();
                think();
                return null;
            }
            long t1 = System.nanoTime();
            if (t0 >= measureFrom && t1 <= deadline) samples.add(new Sample(kind, t1 - t0, r.status()));
            think();
            return r.status() == 200 ? r.body() : null;
        }

        private void think() throws InterruptedException {
            if (thinkMs <= 0) return;
            double ms = -thinkMs * Math.log(1 - rnd.nextDouble());
            long until = Math.min(deadline, System.nanoTime() + (long) (ms * 1e6));
            sleepUntil(until);
        }
    }

    /**
     * A keep-alive HTTP/1.1 connection of one user: a plain socket, so that the load generator spends little of
     * the CPU it shares with the server (the JDK's HttpClient costs several times more per request).
     */
    static final class Connection implements AutoCloseable {
        record Response(int status, String body, Map<String, String> headers) {
        }

        private final URI base;
        private final String token;
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        Connection(URI base, String token) throws IOException {
            this.base = base;
            this.token = token;
            connect();
        }

        private void connect() throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5000);
            socket.setSoTimeout(60_000);
            in = new BufferedInputStream(socket.getInputStream(), 16384);
            out = socket.getOutputStream();
        }

        void reconnect() throws IOException {
            close();
            connect();
        }

        Response get(String path) throws IOException {
            return send("GET", path, Map.of(), null);
        }

        Response send(String method, String path, Map<String, String> headers, String body) throws IOException {
            StringBuilder h = new StringBuilder(256).append(method).append(' ').append(base.getPath()).append(path)
                    .append(" HTTP/1.1\r\nHost: ").append(base.getHost()).append(':').append(base.getPort())
                    .append("\r\n");
            if (token != null) h.append("Authorization: Bearer ").append(token).append("\r\n");
            headers.forEach((k, v) -> h.append(k).append(": ").append(v).append("\r\n"));
            byte[] payload = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            if (body != null) h.append("Content-Length: ").append(payload.length).append("\r\n");
            h.append("\r\n");
            out.write(h.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(payload);
            out.flush();
            return readResponse();
        }

        private Response readResponse() throws IOException {
            String status = line();
            if (!status.startsWith("HTTP/1.1 ")) throw new IOException("not an HTTP/1.1 answer: " + status);
            int code = Integer.parseInt(status.substring(9, 12));
            Map<String, String> headers = new LinkedHashMap<>();
            for (String l = line(); !l.isEmpty(); l = line()) {
                int colon = l.indexOf(':');
                if (colon > 0) headers.merge(l.substring(0, colon).trim().toLowerCase(Locale.ROOT), l.substring(colon + 1).trim(),
                        (a, b) -> a + "\n" + b);
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
                     size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                    body.write(in.readNBytes(size));
                    line();
                }
                while (!line().isEmpty()) {
                    // trailers
                }
            } else if (headers.containsKey("content-length")) {
                int n = Integer.parseInt(headers.get("content-length"));
                byte[] b = in.readNBytes(n);
                if (b.length < n) throw new EOFException("body cut short");
                body.write(b);
            }
            if ("close".equalsIgnoreCase(headers.get("connection"))) reconnect();
            return new Response(code, body.toString(StandardCharsets.UTF_8), headers);
        }

        private String line() throws IOException {
            StringBuilder s = new StringBuilder(64);
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) throw new EOFException("connection closed");
                if (b != '\r') s.append((char) b);
            }
            return s.toString();
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // nothing to do
            }
        }
    }

    /** Logs in and makes an API token (each run makes one; users share it, as one team's script would). */
    private static String token(Connection c, String user, String password) throws IOException {
        Connection.Response login = c.send("POST", "api/v1/session", Map.of("Content-Type", "application/json"),
                "{\"user\":\"" + user + "\",\"password\":\"" + password + "\"}");
        if (login.status() != 200) throw new IllegalStateException("login failed: " + login.body());
        String cookie = login.headers().getOrDefault("set-cookie", "").split(";")[0];
        Matcher csrf = Pattern.compile("\"csrfToken\":\"([^\"]+)\"").matcher(login.body());
        if (!csrf.find()) throw new IllegalStateException("no CSRF token in " + login.body());
        Connection.Response token = c.send("POST", "api/v1/tokens", Map.of("Content-Type", "application/json",
                "Cookie", cookie, "X-CSRF-Token", csrf.group(1)), "{\"name\":\"server-load\"}");
        Matcher secret = Pattern.compile("\"secret\":\"([^\"]+)\"").matcher(token.body());
        if (!secret.find()) throw new IllegalStateException("no token: " + token.body());
        return secret.group(1);
    }

    private static void report(String kind, List<Sample> samples, double seconds) {
        if (samples.isEmpty()) return;
        long[] ns = samples.stream().mapToLong(Sample::nanos).toArray();
        Arrays.sort(ns);
        long errors = samples.stream().filter(s -> s.status() != 200).count();
        System.out.printf(Locale.ROOT, "  %-6s n=%,9d %8.1f/s  p50 %7.1f ms  p90 %7.1f ms  p99 %7.1f ms  max %7.1f ms  errors %d%n",
                kind, ns.length, ns.length / seconds, ms(ns, 0.50), ms(ns, 0.90), ms(ns, 0.99),
                ns[ns.length - 1] / 1e6, errors);
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, v >= 100 ? "%.0f" : "%.2f", v);
    }

    private static void sleepUntil(long nanoTime) {
        for (long left = nanoTime - System.nanoTime(); left > 0; left = nanoTime - System.nanoTime()) {
            try {
                TimeUnit.NANOSECONDS.sleep(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    /**
     * CPU time used so far by this process and by the server (from /proc, in ms; -1 when unknown), and the server's
     * by thread group: its threads' names without their numbers ({@code chancery-http}, {@code GC Thread}, …).
     */
    private record CpuMark(double selfMs, double serverMs, Map<String, Long> serverThreads) {
        private static final Pattern NUMBERED = Pattern.compile("[-#_ ]?\\d+$");

        static CpuMark now(long serverPid) {
            double self = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime() / 1e6;
            double server = -1;
            Map<String, Long> threads = new LinkedHashMap<>();
            if (serverPid > 0) {
                try {
                    server = ticks(Files.readString(Path.of("/proc/" + serverPid + "/stat"))) * 10.0;
                    try (var tasks = Files.list(Path.of("/proc/" + serverPid + "/task"))) {
                        for (Path task : (Iterable<Path>) tasks::iterator) {
                            try {
                                String stat = Files.readString(task.resolve("stat"));
                                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                                // a thread is keyed by its id too: one that ended between two marks is not subtracted
                                threads.put(task.getFileName() + " " + NUMBERED.matcher(name).replaceAll(""), ticks(stat));
                            } catch (IOException | RuntimeException ended) {
                                // the thread ended while we listed them
                            }
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    server = -1;
                }
            }
            return new CpuMark(self, server, threads);
        }

        /** utime + stime, fields 14 and 15 of a stat line, in clock ticks of 10 ms (USER_HZ = 100 on Linux). */
        private static long ticks(String stat) {
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        }

        /** The CPU per request of each thread group between two marks, largest first: "chancery-http 7.10 ms, …". */
        static String byThread(Map<String, Long> before, Map<String, Long> after, int requests) {
            Map<String, Long> groups = new LinkedHashMap<>();
            after.forEach((key, ticks) -> groups.merge(key.substring(key.indexOf(' ') + 1),
                    ticks - before.getOrDefault(key, 0L), Long::sum));
            return groups.entrySet().stream().filter(e -> e.getValue() > 0)
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .map(e -> String.format(Locale.ROOT, "%s %.2f ms", e.getKey(), e.getValue() * 10.0 / requests))
                    .collect(java.util.stream.Collectors.joining(", "));
        }
    }
}
