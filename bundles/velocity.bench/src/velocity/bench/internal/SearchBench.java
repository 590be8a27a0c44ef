package velocity.bench.internal;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import velocity.core.metadata.ColumnInfo;
import velocity.core.metadata.FunctionInfo;
import velocity.core.metadata.FunctionKind;
import velocity.core.metadata.TableInfo;
import velocity.core.metadata.TableKind;
import velocity.core.search.SearchEntry;
import velocity.core.search.SearchIndex;
import velocity.core.search.Searcher;

/**
 * {@code velocity bench search}: Open Anything's per-keystroke time on an index of 100,000 synthetic objects
 * (tables, views, columns and functions with names like a real schema's), next to a naive linear scan with
 * {@code String.contains} over the same names in the same run. No database is involved.
 */
final class SearchBench {

    static final int OBJECTS = 100_000;
    static final double GOAL_MS = 30;
    static final int LIMIT = 50;
    static final List<String> QUERIES = List.of("customer_orders", "ordit", "created_at", "invline", "pay sched",
            "getcustbal", "OrderItems", "zzq");

    private static final String[] WORDS = { "customer", "order", "item", "invoice", "line", "payment", "schedule",
            "product", "category", "supplier", "shipment", "address", "account", "balance", "ledger", "entry",
            "employee", "department", "salary", "review", "rating", "coupon", "discount", "cart", "session", "user",
            "role", "permission", "audit", "log", "event", "price", "stock", "warehouse", "location", "region",
            "country", "currency", "tax", "refund", "return", "subscription", "plan", "feature", "usage", "metric",
            "report", "snapshot", "history", "archive", "status", "contact", "note", "tag", "label", "media",
            "image", "file", "message", "thread" };
    private static final String[] COLUMNS = { "id", "name", "status", "created_at", "updated_at", "deleted_at",
            "amount", "quantity", "price", "description", "code", "email", "note", "total", "valid_from",
            "valid_to", "version", "owner_id", "external_ref", "is_active" };

    private final int runs;

    SearchBench(int runs) {
        this.runs = runs;
    }

    /** Wall-clock and CPU times per keystroke, in ms, sorted; and the wall times of each query's first key. */
    private record Timings(double[] wall, double[] cpu, double[] first) {
    }

    /** Builds the index, measures, prints the table; returns whether the goal was met. */
    boolean run(PrintStream out) {
        long start = System.nanoTime();
        List<SearchEntry> entries = objects(OBJECTS, new Random(42));
        SearchIndex index = new SearchIndex();
        index.replace(SearchIndex.catalogSource("bench"), entries);
        double buildMs = (System.nanoTime() - start) / 1e6;
        String[] names = entries.stream().map(SearchEntry::name).toArray(String[]::new);

        for (int warmUp = 0; warmUp < 2; warmUp++) {
            measure(1, (typed, searcher) -> searcher.search(typed, LIMIT, e -> true).size(), index);
            measure(1, (typed, searcher) -> containsScan(names, typed), index);
        }
        // Each side starts with the other's garbage collected, so neither pays for the other's.
        System.gc();
        Timings search = measure(runs, (typed, searcher) -> searcher.search(typed, LIMIT, e -> true).size(), index);
        System.gc();
        Timings baseline = measure(runs, (typed, searcher) -> containsScan(names, typed), index);

        out.printf(Locale.ROOT, "Open Anything: %,d objects indexed in %.0f ms; %d queries typed keystroke by keystroke,"
                + " %d runs, top %d; load average %.1f on %d cores%n%n", index.size(), buildMs, QUERIES.size(), runs,
                LIMIT, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "%-40s %10s %10s %10s %13s %11s %10s %8s%n", "per keystroke", "median_ms", "p95_ms",
                "max_ms", "first_key_p95", "cpu_p95_ms", "cpu_max_ms", "goal_ms");
        row(out, "fuzzy search (Velocity)", search);
        row(out, "String.contains linear scan (baseline)", baseline);
        double ratio = percentile(search.wall(), 50) / percentile(baseline.wall(), 50);
        boolean met = percentile(search.wall(), 95) < GOAL_MS && percentile(search.cpu(), 100) < GOAL_MS;
        out.printf(Locale.ROOT, "%nratio search/baseline (median): %.3f, i.e. %.1fx faster (p95: %.1fx)%n", ratio,
                1 / ratio, percentile(baseline.wall(), 95) / percentile(search.wall(), 95));
        double slowest = percentile(search.wall(), 100);
        out.printf(Locale.ROOT, "goal %s: 95%% of keystrokes under %.0f ms (%.2f ms) and none needing more than %.0f ms"
                + " of CPU (%.2f ms); the slowest took %.2f ms wall clock%s%n", met ? "met" : "MISSED", GOAL_MS,
                percentile(search.wall(), 95), GOAL_MS, percentile(search.cpu(), 100), slowest,
                slowest > 1.5 * percentile(search.cpu(), 100) ? ", most of it waiting for a core" : "");
        return met;
    }

    private static void row(PrintStream out, String label, Timings t) {
        out.printf(Locale.ROOT, "%-40s %10.2f %10.2f %10.2f %13.2f %11.2f %10.2f %8.0f%n", label,
                percentile(t.wall(), 50), percentile(t.wall(), 95), percentile(t.wall(), 100),
                percentile(t.first(), 95), percentile(t.cpu(), 95), percentile(t.cpu(), 100), GOAL_MS);
    }

    /** One keystroke's work: the text typed so far, and the searcher of the query (unused by the baseline). */
    @FunctionalInterface
    private interface Keystroke {
        int run(String typed, Searcher searcher);
    }

    /**
     * Types every query key by key, {@code runs} times, with a fresh searcher per query as a dialog opened
     * anew.
     */
    private static Timings measure(int runs, Keystroke keystroke, SearchIndex index) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> wall = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        List<Double> first = new ArrayList<>();
        int sink = 0;
        for (int r = 0; r < runs; r++) {
            for (String query : QUERIES) {
                Searcher searcher = index.searcher();
                for (int k = 1; k <= query.length(); k++) {
                    String typed = query.substring(0, k);
                    long c0 = threads.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    sink += keystroke.run(typed, searcher);
                    double ms = (System.nanoTime() - t0) / 1e6;
                    cpu.add((threads.getCurrentThreadCpuTime() - c0) / 1e6);
                    wall.add(ms);
                    if (k == 1) {
                        first.add(ms);
                    }
                }
            }
        }
        if (sink == Integer.MIN_VALUE) {
            throw new IllegalStateException("unreachable: keeps the results alive");
        }
        return new Timings(sorted(wall), sorted(cpu), sorted(first));
    }

    /** What a first attempt does: lower-case every name and keep those containing the text. */
    private static int containsScan(String[] names, String typed) {
        String query = typed.toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        for (String name : names) {
            if (name.toLowerCase(Locale.ROOT).contains(query)) {
                found.add(name);
            }
        }
        return Math.min(LIMIT, found.size());
    }

    private static double[] sorted(List<Double> times) {
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted;
    }

    static double percentile(double[] sorted, int p) {
        int at = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, at))];
    }

    /** Tables of one to three words in twenty schemas, their columns, a view in ten and a function in twenty. */
    static List<SearchEntry> objects(int count, Random random) {
        List<SearchEntry> entries = new ArrayList<>(count);
        int t = 0;
        while (entries.size() < count) {
            String schema = "app_" + (t % 20);
            String table = tableName(random, t);
            boolean view = t % 10 == 9;
            entries.add(SearchEntry.table("bench", new TableInfo(schema, view ? table + "_view" : table,
                    view ? TableKind.VIEW : TableKind.TABLE, null, -1)));
            int columns = 4 + random.nextInt(6);
            for (int c = 0; c < columns && entries.size() < count; c++) {
                String column = c == 0 ? "id" : random.nextInt(3) == 0
                        ? WORDS[random.nextInt(WORDS.length)] + "_id" : COLUMNS[random.nextInt(COLUMNS.length)];
                entries.add(SearchEntry.column("bench", schema, table, new ColumnInfo(column, c + 1, "integer",
                        java.sql.Types.INTEGER, -1, -1, -1, true, null, false, false, null)));
            }
            if (t % 20 == 0 && entries.size() < count) {
                String function = "get_" + WORDS[random.nextInt(WORDS.length)] + "_" + WORDS[random.nextInt(WORDS.length)];
                entries.add(SearchEntry.function("bench", new FunctionInfo(schema, function, FunctionKind.FUNCTION,
                        "p_id bigint", "numeric", "sql", null)));
            }
            t++;
        }
        return entries;
    }

    private static String tableName(Random random, int t) {
        int words = 1 + random.nextInt(3);
        StringBuilder name = new StringBuilder();
        boolean camel = t % 9 == 0;
        for (int w = 0; w < words; w++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            if (camel) {
                name.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
            } else {
                name.append(w > 0 ? "_" : "").append(word).append(w == words - 1 && random.nextBoolean() ? "s" : "");
            }
        }
        return name + (t >= 2_000 ? "_" + t % 1_000 : "");
    }
}
