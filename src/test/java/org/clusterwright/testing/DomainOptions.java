package org.clusterwright.testing;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How one test domain controller differs from the plain one: extra smb.conf options (such as
 * {@code ntlm auth = disabled}) and a clock offset, applied with faketime, for a DC whose time is off.
 */
public record DomainOptions(Map<String, String> options, Duration clockOffset) {
    public DomainOptions {
        options = Map.copyOf(options);
    }

    public static DomainOptions plain() {
        return new DomainOptions(Map.of(), Duration.ZERO);
    }

    public DomainOptions with(String option, String value) {
        Map<String, String> more = new LinkedHashMap<>(options);
        more.put(option, value);
        return new DomainOptions(more, clockOffset);
    }

    /** The DC's clock runs this far ahead of the machine's, as a DC with a wrong time would. */
    public DomainOptions clockAhead(Duration offset) {
        return new DomainOptions(options, offset);
    }
}
