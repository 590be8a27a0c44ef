package velocity.bench.internal;

import java.util.Arrays;

/** The times of the repeated runs of one side of a measurement, in milliseconds. */
final class Samples {

    private final double[] millis;
    private int size;

    Samples(int runs) {
        this.millis = new double[runs];
    }

    /** Adds the time from {@code startNanos} to {@code endNanos}. */
    void add(long startNanos, long endNanos) {
        millis[size++] = (endNanos - startNanos) / 1e6;
    }

    double[] values() {
        return Arrays.copyOf(millis, size);
    }

    /** The median: the spread between runs is one-sided (GC, the OS), so the median is steadier than the mean. */
    double median() {
        double[] sorted = values();
        Arrays.sort(sorted);
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    double min() {
        return Arrays.stream(values()).min().orElse(Double.NaN);
    }

    boolean isEmpty() {
        return size == 0;
    }
}
