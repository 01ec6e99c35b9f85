package org.chancery.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load on a running Chancery server over loopback: {@code USERS} concurrent users, each in a loop searching
 * (60%: a word or two, sometimes with facets, sometimes sorted by date) and reading a cable it found (40%:
 * its JSON). Bounded in time and in request count: it stops by itself at whichever comes first. Prints p50, p90,
 * p99 and max latency per kind and overall, throughput and errors.
 *
 * <pre>java -cp benchmarks.jar org.chancery.bench.ServerLoad URL USER PASSWORD [USERS] [SECONDS] [MAX_REQUESTS]</pre>
 *
 * It refuses any URL whose host is not a loopback address.
 */
public final class ServerLoad {

    private static final String[] WORDS = {"minister", "election", "security", "embassy", "talks", "trade",
            "energy", "sanctions", "parliament", "budget", "military", "opposition", "visit", "agreement",
            "police", "oil", "nuclear", "border", "human rights", "demarche", "president", "coalition", "*"};
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9A-Z]+)\"");

    record Sample(String kind, long nanos, int status) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: ServerLoad URL USER PASSWORD [USERS] [SECONDS] [MAX_REQUESTS]");
            System.exit(2);
        }
        URI base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        if (!InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
            System.err.println("server-load: loopback only, not " + base.getHost());
            System.exit(2);
        }
        int users = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 60;
        long maxRequests = args.length > 5 ? Long.parseLong(args[5]) : 1_000_000;

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(8)).build();
        String token = token(http, base, args[1], args[2]);

        // Warm-up: a few hundred requests, not counted, and a pool of ids to read.
        List<String> ids = new CopyOnWriteArrayList<>();
        for (String w : WORDS) {
            HttpResponse<String> r = get(http, base, "api/v1/search?limit=50&q=" + enc(w), token);
            Matcher m = ID.matcher(r.body());
            while (m.find()) ids.add(m.group(1));
        }
        if (ids.isEmpty()) throw new IllegalStateException("no cable found: is the archive empty?");

        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        AtomicLong issued = new AtomicLong();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(users);
        long began = System.nanoTime();
        for (int u = 0; u < users; u++) {
            pool.execute(() -> {
                ThreadLocalRandom rnd = ThreadLocalRandom.current();
                while (System.nanoTime() < deadline && issued.incrementAndGet() <= maxRequests) {
                    boolean search = rnd.nextInt(10) < 6;
                    String path;
                    if (search) {
                        String q = WORDS[rnd.nextInt(WORDS.length)];
                        if (rnd.nextInt(3) == 0) q += " " + WORDS[rnd.nextInt(WORDS.length - 1)];
                        path = "api/v1/search?limit=10&q=" + enc(q) + (rnd.nextInt(4) == 0 ? "&facets=class,year,origin" : "")
                                + (rnd.nextInt(5) == 0 ? "&sort=-date" : "");
                    } else {
                        path = "api/v1/cables/" + ids.get(rnd.nextInt(ids.size()));
                    }
                    long t0 = System.nanoTime();
                    int status;
                    try {
                        HttpResponse<String> r = get(http, base, path, token);
                        status = r.statusCode();
                        if (search && status == 200 && ids.size() < 20_000) {
                            Matcher m = ID.matcher(r.body());
                            if (m.find()) ids.add(m.group(1));
                        }
                    } catch (Exception e) {
                        status = -1;
                    }
                    samples.add(new Sample(search ? "search" : "read", System.nanoTime() - t0, status));
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        pool.shutdownNow();
        double elapsed = (System.nanoTime() - began) / 1e9;

        List<Sample> all = new ArrayList<>(samples);
        System.out.printf(Locale.ROOT, "%d users, %.1f s, %,d requests, %,.0f requests/s, %d errors (non-200)%n",
                users, elapsed, all.size(), all.size() / elapsed, all.stream().filter(s -> s.status() != 200).count());
        report("search", all.stream().filter(s -> s.kind().equals("search")).toList());
        report("read", all.stream().filter(s -> s.kind().equals("read")).toList());
        report("all", all);
        System.exit(0);
    }

    private static void report(String kind, List<Sample> samples) {
        if (samples.isEmpty()) return;
        long[] ns = samples.stream().mapToLong(Sample::nanos).toArray();
        Arrays.sort(ns);
        System.out.printf(Locale.ROOT, "  %-6s n=%,9d  p50 %7.1f ms  p90 %7.1f ms  p99 %7.1f ms  max %7.1f ms%n", kind,
                ns.length, ms(ns, 0.50), ms(ns, 0.90), ms(ns, 0.99), ns[ns.length - 1] / 1e6);
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(q * sorted.length))] / 1e6;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> get(HttpClient http, URI base, String path, String token)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Logs in once and makes an API token that every simulated user shares. */
    private static String token(HttpClient http, URI base, String user, String password) throws Exception {
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(base.resolve("api/v1/session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"" + user + "\",\"password\":\"" + password + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 200) throw new IllegalStateException("login failed: " + login.body());
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        Matcher csrf = Pattern.compile("\"csrfToken\":\"([^\"]+)\"").matcher(login.body());
        if (!csrf.find()) throw new IllegalStateException("no CSRF token in " + login.body());
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(base.resolve("api/v1/tokens"))
                .header("Content-Type", "application/json").header("Cookie", cookie).header("X-CSRF-Token", csrf.group(1))
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"server-load\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher secret = Pattern.compile("\"secret\":\"([^\"]+)\"").matcher(token.body());
        if (!secret.find()) throw new IllegalStateException("no token: " + token.body());
        return secret.group(1);
    }
}
