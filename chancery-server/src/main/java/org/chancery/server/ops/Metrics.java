package org.chancery.server.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.javalin.http.Context;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The server's meters (Prometheus, scraped at {@code /metrics}):
 * <ul>
 *   <li>{@code chancery_http_requests_seconds} — a timer per method, route template and status (count, sum,
 *       max, and percentiles p50/p95/p99);</li>
 *   <li>{@code chancery_ingested_cables_total} — cables ingested (the ingest rate is its {@code rate()});</li>
 *   <li>{@code chancery_search_cache_hits_total}, {@code chancery_search_cache_misses_total} — searches answered
 *       from the index's result cache, and searches counted;</li>
 *   <li>switch meters (queue depths by precedence, speed-of-service breaches) registered by the switch
 *       binding, see {@code SwitchMetrics}.</li>
 * </ul>
 */
public final class Metrics {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Counter ingested;
    private final Map<TimerKey, Timer> timers = new ConcurrentHashMap<>();

    public Metrics() {
        ingested = Counter.builder("chancery.ingested.cables").description("cables ingested").register(registry);
        FunctionCounter.builder("chancery.search.cache.hits", this,
                        m -> org.chancery.archive.index.LuceneSearchIndex.resultCacheCounts().hits())
                .description("searches answered from the index's result cache").register(registry);
        FunctionCounter.builder("chancery.search.cache.misses", this,
                        m -> org.chancery.archive.index.LuceneSearchIndex.resultCacheCounts().misses())
                .description("searches counted by the index (not in its result cache)").register(registry);
        new io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics().bindTo(registry);
        new io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics().bindTo(registry);
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    public Counter ingested() {
        return ingested;
    }

    public void request(Context ctx, float millis) {
        String method = ctx.method().name();
        String route = RequestLog.template(ctx);
        int status = ctx.statusCode();
        // one timer per method, route and status, found here without building the meter's id on every request
        timers.computeIfAbsent(new TimerKey(method, route, status), k -> Timer.builder("chancery.http.requests")
                        .description("HTTP requests by route template and status")
                        .tag("method", k.method())
                        .tag("route", k.route())
                        .tag("status", Integer.toString(k.status()))
                        .publishPercentiles(0.5, 0.95, 0.99)
                        .register(registry))
                .record((long) (millis * 1_000_000), TimeUnit.NANOSECONDS);
    }

    private record TimerKey(String method, String route, int status) {
    }
}
