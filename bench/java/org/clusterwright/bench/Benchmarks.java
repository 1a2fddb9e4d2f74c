package org.clusterwright.bench;

import java.util.List;
import java.util.Locale;

/** Runs the benchmarks named on the command line (all when none) and prints figure, baseline and ratio. */
public final class Benchmarks {
    private static final List<Benchmark> ALL = List.of(new BlackHoleNodeBenchmark(), new BlackHoleDatabaseBenchmark(),
            StorageThroughputBenchmark.write(), StorageThroughputBenchmark.read(), new VerifyBenchmark(),
            new FirstPageBenchmark());

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals("--list")) {
            ALL.forEach(b -> System.out.println(b.name() + "  " + b.description()));
            return;
        }
        List<Benchmark> chosen = args.length == 0 ? ALL
                : ALL.stream().filter(b -> List.of(args).contains(b.name())).toList();
        boolean allWithin = true;
        for (Benchmark benchmark : chosen) {
            for (Benchmark.Measurement m : benchmark.measure()) {
                allWithin &= m.withinBound();
                System.out.printf(Locale.ROOT, "%-22s %s%s = %.3f %s; baseline %s = %.3f %s; %s %.3f (bound %s %.2f) %s%n",
                        benchmark.name(), m.isPaired() ? "median " : "", m.figure(), m.value(), m.unit(), m.baseline(),
                        m.baselineValue(), m.unit(), m.isPaired() ? "median of the rounds' ratios" : "ratio",
                        m.ratio(), m.atLeast() ? ">=" : "<=", m.bound(), m.withinBound() ? "OK" : "OUT");
            }
            benchmark.notes().forEach(note -> System.out.println("    " + note));
        }
        System.exit(allWithin ? 0 : 1);
    }
}
