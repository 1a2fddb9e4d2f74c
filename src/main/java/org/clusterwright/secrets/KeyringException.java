package org.clusterwright.secrets;

/**
 * A keyring that could not be used, told in words fit for the user and the log. The library's exception is
 * deliberately not kept as the cause: its text and its causes' texts are the library's, and a stack trace printed
 * anywhere would show them unchecked; only its kind and a first line, with any value we handed over masked, are kept.
 */
final class KeyringException extends Exception {
    private static final int LONGEST_DETAIL = 200;

    KeyringException(String message) {
        super(message);
    }

    /** {@code what} failed with {@code cause}; {@code values} are the secrets involved, masked if the text repeats them. */
    static KeyringException failed(String what, Throwable cause, String... values) {
        String detail = cause.getMessage() == null ? "" : cause.getMessage().strip().lines().findFirst().orElse("");
        for (String value : values) {
            if (value != null && !value.isEmpty()) {
                detail = detail.replace(value, Secret.MASK);
            }
        }
        if (detail.length() > LONGEST_DETAIL) {
            detail = detail.substring(0, LONGEST_DETAIL) + "...";
        }
        return new KeyringException(what + " failed: " + cause.getClass().getSimpleName()
                + (detail.isEmpty() ? "" : " (" + detail + ")"));
    }
}
