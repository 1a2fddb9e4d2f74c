package org.clusterwright.storagepath;

/** A storage path that cannot be taken apart: the message says what is wrong, the remedy how to write it. */
public final class MalformedStoragePathException extends Exception {
    private final String remedy;

    public MalformedStoragePathException(String message, String remedy) {
        super(message);
        this.remedy = remedy;
    }

    public String remedy() {
        return remedy;
    }
}
