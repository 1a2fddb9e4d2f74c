package org.clusterwright.storage.apply;

import java.io.IOException;

/** A product API call that did not do what was asked: what happened and what to do. Never holds the API key. */
public final class ApplyException extends IOException {
    private final String remedy;

    public ApplyException(String message, String remedy) {
        super(message);
        this.remedy = remedy;
    }

    public String remedy() {
        return remedy;
    }
}
