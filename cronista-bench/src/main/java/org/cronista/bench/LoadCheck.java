package org.cronista.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A load check of a running {@code cronista serve} on this machine: {@code CLIENTS} clients, each
 * sending its next request as soon as the last is answered, for {@code SECONDS} seconds, half to
 * {@code GET /api/events} (filters, sorts and pages drawn at random from the store's busiest actors)
 * and half to {@code GET /api/dyads/timeline} (pairs of those actors, weekly or daily over a random
 * quarter). Prints requests per second, latency percentiles and errors, first of a warm-up round
 * of the same load (reported apart: a server just started runs interpreted code until the JIT has
 * compiled its hot paths), then of the measured round. Not a test: a measurement, run by
 * {@code ./dev load-check}. Usage: {@code LoadCheck BASE_URL [CLIENTS] [SECONDS] [WARM_UP_SECONDS]};
 * the URL must be a loopback address.
 */
public final class LoadCheck {
    private static final Pattern CODE = Pattern.compile("\"code\":\"([A-Z]+)\"");

    private LoadCheck() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        String host = base.getHost();
        if (!("127.0.0.1".equals(host) || "localhost".equals(host) || "[::1]".equals(host))) {
            throw new IllegalArgumentException("the load check only targets this machine (127.0.0.1)");
        }
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String top = http.send(HttpRequest.newBuilder(base.resolve("/api/actors?limit=60")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        List<String> actors = new ArrayList<>();
        Matcher m = CODE.matcher(top);
        while (m.find()) {
            actors.add(m.group(1));
        }
        if (actors.size() < 2) {
            throw new IllegalStateException("the store has too few actors for a load check: " + top);
        }
        if (warmUp > 0) {
            round(http, base, actors, clients, warmUp, clients, "warm-up, not counted: a just started server's JIT compiler is still at work");
        }
        round(http, base, actors, clients, seconds, 0, "measured");
    }

    /**
     * Runs {@code clients} clients for {@code seconds} and prints what they saw; client {@code c} draws
     * its requests with seed {@code firstSeed + c}, so that rounds with other seeds ask other questions.
     */
    private static void round(HttpClient http, URI base, List<String> actors, int clients, int seconds, int firstSeed,
                              String what)
            throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<long[]> latencies = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        ConcurrentHashMap<String, AtomicLong> errorKinds = new ConcurrentHashMap<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            long[] lat = new long[1 << 20];
            latencies.add(lat);
            int seed = firstSeed + c;
            threads.add(Thread.ofVirtual().start(() -> {
                SplittableRandom rnd = new SplittableRandom(seed);
                int n = 0;
                while (System.nanoTime() < end && n < lat.length - 1) {
                    String path = rnd.nextBoolean() ? events(rnd, actors) : timeline(rnd, actors);
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(base.resolve(path))
                                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                            errorKinds.computeIfAbsent("HTTP " + r.statusCode(), k -> new AtomicLong()).incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        errorKinds.computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicLong()).incrementAndGet();
                    }
                    lat[++n] = System.nanoTime() - t0;
                    lat[0] = n;
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        int total = 0;
        for (long[] l : latencies) {
            total += (int) l[0];
        }
        long[] all = new long[total];
        int i = 0;
        for (long[] l : latencies) {
            System.arraycopy(l, 1, all, i, (int) l[0]);
            i += (int) l[0];
        }
        Arrays.sort(all);
        System.out.printf(Locale.ROOT, "%s: %d clients, %d s, events and timeline endpoints: %,d requests, %.0f requests/s, %d errors %s%n",
                what, clients, seconds, total, total / (double) seconds, errors.get(), errorKinds);
        System.out.printf(Locale.ROOT, "latency ms: p50 %.1f  p90 %.1f  p99 %.1f  p99.9 %.1f  max %.1f%n",
                pct(all, 50), pct(all, 90), pct(all, 99), pct(all, 99.9), all.length == 0 ? 0 : all[all.length - 1] / 1e6);
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)] / 1e6;
    }

    private static String pick(SplittableRandom rnd, List<String> actors) {
        // The busiest actors are asked for most, as analysts would.
        return actors.get((int) Math.floor(Math.pow(rnd.nextDouble(), 2) * actors.size()));
    }

    private static String events(SplittableRandom rnd, List<String> actors) {
        String[] sorts = {"date", "date", "goldstein", "mentions", "code"};
        StringBuilder q = new StringBuilder("/api/events?limit=50&sort=").append(sorts[rnd.nextInt(sorts.length)])
                .append("&offset=").append(50 * (int) Math.floor(Math.pow(rnd.nextDouble(), 3) * 20));
        switch (rnd.nextInt(4)) {
            case 0 -> q.append("&actor=").append(pick(rnd, actors));
            case 1 -> q.append("&dyad=").append(pick(rnd, actors)).append(',').append(pick(rnd, actors));
            case 2 -> q.append("&actor=").append(pick(rnd, actors)).append("&quad_class=").append(1 + rnd.nextInt(4));
            default -> q.append("&code=").append(String.format(Locale.ROOT, "%02d", 1 + rnd.nextInt(20)));
        }
        return q.toString();
    }

    private static String timeline(SplittableRandom rnd, List<String> actors) {
        String a = pick(rnd, actors);
        String b = pick(rnd, actors);
        if (rnd.nextBoolean()) {
            return "/api/dyads/timeline?period=week&a=" + a + "&b=" + b;
        }
        int quarter = rnd.nextInt(12);
        java.time.LocalDate since = java.time.LocalDate.of(2023, 1, 1).plusMonths(3L * quarter);
        return "/api/dyads/timeline?period=day&a=" + a + "&b=" + b + "&since=" + since + "&until=" + since.plusMonths(3).minusDays(1);
    }
}
