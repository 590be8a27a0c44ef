package velocity.bench.internal;

import java.util.Locale;

/**
 * What a measurement must achieve: Velocity's median under a time, or under a multiple of raw JDBC's.
 *
 * @param text how the report states it
 * @param limit the milliseconds, or the ratio
 * @param ratio whether {@code limit} is a ratio to the baseline
 * @param strict whether the limit itself fails
 */
record Goal(String text, double limit, boolean ratio, boolean strict) {

    static Goal atMostMillis(double ms) {
        return new Goal(String.format(Locale.ROOT, "<= %.0f ms", ms), ms, false, false);
    }

    static Goal underMillis(double ms) {
        return new Goal(String.format(Locale.ROOT, "< %.1f s", ms / 1000), ms, false, true);
    }

    static Goal atMostRatio(double r) {
        return new Goal(String.format(Locale.ROOT, "<= %.2fx raw", r), r, true, false);
    }

    /** No goal: the figure is shown for comparison and always passes. */
    static Goal none() {
        return new Goal("-", Double.POSITIVE_INFINITY, true, false);
    }

    boolean met(double velocityMs, double ratioToBaseline) {
        double value = ratio ? ratioToBaseline : velocityMs;
        if (Double.isNaN(value)) {
            return false;
        }
        return strict ? value < limit : value <= limit;
    }
}
