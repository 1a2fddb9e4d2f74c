package org.clusterwright.database.tds;

import java.io.IOException;

/**
 * The client sent something the responder does not understand. It is an {@link IOException} so that it ends the
 * connection the same way a broken socket does, but the responder records it: it points at a gap in the
 * responder (or a driver change) rather than at a client that simply went away.
 */
final class TdsProtocolException extends IOException {
    TdsProtocolException(String message) {
        super(message);
    }
}
