package org.clusterwright.cluster.detect;

import org.clusterwright.profile.Product;
import org.clusterwright.profile.VersionLine;

/**
 * The product and release line the nodes run, as step 1 proposes them; {@code text} says it for a person, and
 * {@code differs} is true when it is not what the profile says.
 */
public record LineProposal(Product product, VersionLine line, String text, boolean differs) {
}
