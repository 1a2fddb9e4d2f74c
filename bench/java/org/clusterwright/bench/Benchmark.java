package org.clusterwright.bench;

/** One benchmark: it measures a figure and a baseline in the same run, and says the highest ratio it accepts. */
interface Benchmark {

    String name();

    String description();

    Measurement run() throws Exception;

    /** Every figure of the benchmark; most have one, some compare one run against several baselines. */
    default java.util.List<Measurement> measure() throws Exception {
        return java.util.List.of(run());
    }

    /** Lines printed under the figures after {@link #measure()}: what was seen that explains them. */
    default java.util.List<String> notes() {
        return java.util.List.of();
    }

    /**
     * A measured figure, its baseline from the same run, and the bound on their ratio: at most {@code bound} for
     * costs (time), at least {@code bound} for rates (throughput), as {@code atLeast} says.
     */
    record Measurement(String figure, double value, String baseline, double baselineValue, double bound, String unit,
                       boolean atLeast) {
        Measurement(String figure, double value, String baseline, double baselineValue, double maxRatio, String unit) {
            this(figure, value, baseline, baselineValue, maxRatio, unit, false);
        }

        double ratio() {
            return value / baselineValue;
        }

        boolean withinBound() {
            return atLeast ? ratio() >= bound : ratio() <= bound;
        }
    }
}
