package org.clusterwright.profile;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The load balancer in front of the nodes. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class LoadBalancerSettings extends Extensible {
    private String url;
    private String nodeHeader;

    /** The address users reach the cluster by, for example {@code https://proget.corp}. */
    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    /** A response header the balancer adds to name the serving node, for example {@code X-Served-By}. */
    public String getNodeHeader() {
        return nodeHeader;
    }

    public void setNodeHeader(String nodeHeader) {
        this.nodeHeader = nodeHeader;
    }
}
