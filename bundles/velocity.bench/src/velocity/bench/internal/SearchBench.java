package velocity.bench.internal;

import java.io.PrintStream;
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

    /** Builds the index, measures, prints the table; returns whether the goal was met. */
    boolean run(PrintStream out) {
        long start = System.nanoTime();
        List<SearchEntry> entries = objects(OBJECTS, new Random(42));
        SearchIndex index = new SearchIndex();
        index.replace(SearchIndex.catalogSource("bench"), entries);
        double buildMs = (System.nanoTime() - start) / 1e6;
        String[] names = entries.stream().map(SearchEntry::name).toArray(String[]::new);

        measureSearch(index, 1);
        measureBaseline(names, 1);
        double[] search = measureSearch(index, runs);
        double[] baseline = measureBaseline(names, runs);

        out.printf(Locale.ROOT, "Open Anything: %,d objects indexed in %.0f ms; %d queries typed keystroke by keystroke,"
                + " %d runs, top %d%n%n", index.size(), buildMs, QUERIES.size(), runs, LIMIT);
        out.printf(Locale.ROOT, "%-40s %10s %10s %10s %9s %8s%n", "per keystroke", "median_ms", "p95_ms", "max_ms",
                "keystrokes", "goal_ms");
        row(out, "fuzzy search (Velocity)", search);
        row(out, "String.contains linear scan (baseline)", baseline);
        double ratio = percentile(search, 50) / percentile(baseline, 50);
        boolean met = percentile(search, 100) < GOAL_MS;
        out.printf(Locale.ROOT, "%nratio search/baseline (median): %.3f, i.e. %.1fx faster; goal %s: every keystroke"
                + " under %.0f ms (max %.2f ms)%n", ratio, 1 / ratio, met ? "met" : "MISSED", GOAL_MS,
                percentile(search, 100));
        return met;
    }

    private static void row(PrintStream out, String label, double[] times) {
        out.printf(Locale.ROOT, "%-40s %10.2f %10.2f %10.2f %9d %8.0f%n", label, percentile(times, 50),
                percentile(times, 95), percentile(times, 100), times.length, GOAL_MS);
    }

    /** A fresh searcher per query, as a dialog opened anew; each keystroke extends the text typed so far. */
    private static double[] measureSearch(SearchIndex index, int runs) {
        List<Double> times = new ArrayList<>();
        int sink = 0;
        for (int r = 0; r < runs; r++) {
            for (String query : QUERIES) {
                Searcher searcher = index.searcher();
                for (int k = 1; k <= query.length(); k++) {
                    String typed = query.substring(0, k);
                    long t0 = System.nanoTime();
                    sink += searcher.search(typed, LIMIT, e -> true).size();
                    times.add((System.nanoTime() - t0) / 1e6);
                }
            }
        }
        return finish(times, sink);
    }

    /** What a first attempt does: lower-case every name and keep those containing the text. */
    private static double[] measureBaseline(String[] names, int runs) {
        List<Double> times = new ArrayList<>();
        int sink = 0;
        for (int r = 0; r < runs; r++) {
            for (String query : QUERIES) {
                for (int k = 1; k <= query.length(); k++) {
                    String typed = query.substring(0, k).toLowerCase(Locale.ROOT);
                    long t0 = System.nanoTime();
                    List<String> found = new ArrayList<>();
                    for (String name : names) {
                        if (name.toLowerCase(Locale.ROOT).contains(typed)) {
                            found.add(name);
                        }
                    }
                    sink += Math.min(LIMIT, found.size());
                    times.add((System.nanoTime() - t0) / 1e6);
                }
            }
        }
        return finish(times, sink);
    }

    private static double[] finish(List<Double> times, int sink) {
        if (sink == Integer.MIN_VALUE) {
            throw new IllegalStateException("unreachable: keeps the results alive");
        }
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
