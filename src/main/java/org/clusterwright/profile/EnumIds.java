package org.clusterwright.profile;

import java.util.Arrays;
import java.util.function.Function;

/** Finds an enum constant by the id written in profile files, with a message that lists what is accepted. */
final class EnumIds {
    private EnumIds() {
    }

    @SafeVarargs
    static <E extends Enum<E>> E find(E[] values, String text, String what, Function<E, String>... names) {
        return Arrays.stream(values)
                .filter(value -> Arrays.stream(names).anyMatch(name -> name.apply(value).equalsIgnoreCase(text)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown " + what + " '" + text + "': expected "
                        + String.join(", ", Arrays.stream(values).map(names[0]).toList())));
    }
}
