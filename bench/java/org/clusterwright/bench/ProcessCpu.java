package org.clusterwright.bench;

import java.lang.management.ManagementFactory;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** CPU time of this JVM (all its threads, JIT and GC included) and of a child command, in milliseconds. */
final class ProcessCpu {
    // bash's `times`: the shell's user and system time, then its children's: "0m0.120s 0m0.080s"
    private static final Pattern TIMES = Pattern.compile("(\\d+)m(\\d+(?:\\.\\d+)?)s (\\d+)m(\\d+(?:\\.\\d+)?)s");

    private ProcessCpu() {
    }

    static double thisJvmMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e6;
    }

    /** Wraps {@code command} so that bash prints its CPU time after it: read it back with {@link #childMillis}. */
    static String[] timed(String... command) {
        String[] wrapped = new String[command.length + 3];
        wrapped[0] = "bash";
        wrapped[1] = "-c";
        wrapped[2] = "\"$0\" \"$@\"; status=$?; times; exit $status";
        System.arraycopy(command, 0, wrapped, 3, command.length);
        return wrapped;
    }

    /** The children's user plus system time from the output of a {@link #timed} command. */
    static double childMillis(String output) {
        Matcher times = TIMES.matcher(output);
        double last = Double.NaN;
        while (times.find()) {
            last = (Integer.parseInt(times.group(1)) * 60 + Double.parseDouble(times.group(2))
                    + Integer.parseInt(times.group(3)) * 60 + Double.parseDouble(times.group(4))) * 1000;
        }
        return last;
    }
}
