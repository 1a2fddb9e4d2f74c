package org.clusterwright.nodes;

import org.clusterwright.profile.ClusterNode;
import org.clusterwright.profile.Product;

/**
 * Opens the folder that holds a node's config file. The seam between deciding and touching: the key plan and
 * apply take one of these, so tests can put a folder in between that fails at a chosen moment.
 */
@FunctionalInterface
public interface ConfigFolderOpener {

    ConfigFolder open(ClusterNode node, Product product) throws NodeAccessException;
}
