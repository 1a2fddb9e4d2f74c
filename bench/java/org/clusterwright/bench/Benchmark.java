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

    /** A measured figure, its baseline from the same run, and the bound the ratio must stay at or under. */
    record Measurement(String figure, double value, String baseline, double baselineValue, double maxRatio, String unit) {
        double ratio() {
            return value / baselineValue;
        }

        boolean withinBound() {
            return ratio() <= maxRatio;
        }
    }
}
