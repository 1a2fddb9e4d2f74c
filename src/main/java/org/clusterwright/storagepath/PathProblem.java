package org.clusterwright.storagepath;

/** What is wrong with a storage path and what to do; a blocking problem stops the storage step. */
public record PathProblem(boolean blocking, String message, String remedy) {
}
