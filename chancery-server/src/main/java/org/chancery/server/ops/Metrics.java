package org.chancery.server.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.javalin.http.Context;

import java.time.Duration;

/**
 * The server's meters (Prometheus, scraped at {@code /metrics}):
 * <ul>
 *   <li>{@code chancery_http_requests_seconds} — a timer per method, route template and status (count, sum,
 *       max, and percentiles p50/p95/p99);</li>
 *   <li>{@code chancery_ingested_cables_total} — cables ingested (the ingest rate is its {@code rate()});</li>
 *   <li>switch meters (queue depths by precedence, speed-of-service breaches) registered by the switch
 *       binding, see {@code SwitchMetrics}.</li>
 * </ul>
 */
public final class Metrics {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Counter ingested;

    public Metrics() {
        ingested = Counter.builder("chancery.ingested.cables").description("cables ingested").register(registry);
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
        Timer.builder("chancery.http.requests")
                .description("HTTP requests by route template and status")
                .tag("method", ctx.method().name())
                .tag("route", RequestLog.template(ctx))
                .tag("status", Integer.toString(ctx.statusCode()))
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(registry)
                .record(Duration.ofNanos((long) (millis * 1_000_000)));
    }
}
