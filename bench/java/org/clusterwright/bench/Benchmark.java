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
     * costs (time), at least {@code bound} for rates (throughput), as {@code atLeast} says. A paired measurement
     * carries its own ratio: the median of the ratios of rounds in which figure and baseline were measured back to
     * back, which a busy moment on a shared machine cannot move the way it moves the best or the median of either
     * side alone.
     */
    record Measurement(String figure, double value, String baseline, double baselineValue, double bound, String unit,
                       boolean atLeast, double pairedRatio) {
        Measurement(String figure, double value, String baseline, double baselineValue, double maxRatio, String unit) {
            this(figure, value, baseline, baselineValue, maxRatio, unit, false, Double.NaN);
        }

        /** A rate over paired rounds: the median of the rounds' ratios to the baseline is at least the bound. */
        static Measurement paired(String figure, double[] values, String baseline, double[] baselineValues,
                                  double minRatio, String unit) {
            return overRounds(figure, values, baseline, baselineValues, minRatio, unit, true);
        }

        /** A cost over paired rounds: the median of the rounds' ratios to the baseline is at most the bound. */
        static Measurement pairedCost(String figure, double[] values, String baseline, double[] baselineValues,
                                      double maxRatio, String unit) {
            return overRounds(figure, values, baseline, baselineValues, maxRatio, unit, false);
        }

        private static Measurement overRounds(String figure, double[] values, String baseline, double[] baselineValues,
                                              double bound, String unit, boolean atLeast) {
            double[] ratios = new double[values.length];
            for (int i = 0; i < values.length; i++) {
                ratios[i] = values[i] / baselineValues[i];
            }
            return new Measurement(figure, median(values), baseline, median(baselineValues), bound, unit, atLeast,
                    median(ratios));
        }

        static double median(double[] values) {
            double[] sorted = values.clone();
            java.util.Arrays.sort(sorted);
            int middle = sorted.length / 2;
            return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }

        boolean isPaired() {
            return !Double.isNaN(pairedRatio);
        }

        double ratio() {
            return isPaired() ? pairedRatio : value / baselineValue;
        }

        boolean withinBound() {
            return atLeast ? ratio() >= bound : ratio() <= bound;
        }
    }
}
