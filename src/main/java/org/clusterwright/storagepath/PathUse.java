package org.clusterwright.storagepath;

/** Who will use the path: several servers of a cluster, or one server (a lab, a trial). */
public enum PathUse {
    CLUSTER, SINGLE_HOST
}
