package org.clusterwright.keys;

import org.clusterwright.secrets.Secret;

import java.util.Objects;
import java.util.Optional;

/**
 * What the person chose for the cluster's key, the same for the wizard's buttons and the command line's options:
 * adopt the most common key, adopt one node's key, use a typed key, or generate a new one. A generated key is kept
 * once a plan made it ({@link #keeping}), so planning again (a toggled option) never rolls a new key.
 *
 * @param node         the node to adopt from, for {@link Kind#ADOPT_FROM}
 * @param key          the typed key, or the key a plan generated
 * @param confirmation what the person typed to replace an existing key
 */
public record KeyChoice(Kind kind, Optional<String> node, Optional<Secret> key, String confirmation) {

    public enum Kind { ADOPT_COMMON, ADOPT_FROM, TYPED, GENERATE }

    public KeyChoice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(key, "key");
        confirmation = confirmation == null ? "" : confirmation;
    }

    /** The default: the key most nodes (or the database's existing nodes) use. */
    public static KeyChoice adoptCommon() {
        return new KeyChoice(Kind.ADOPT_COMMON, Optional.empty(), Optional.empty(), "");
    }

    public static KeyChoice adoptFrom(String target) {
        return new KeyChoice(Kind.ADOPT_FROM, Optional.of(target), Optional.empty(), "");
    }

    public static KeyChoice typed(Secret key, String confirmation) {
        return new KeyChoice(Kind.TYPED, Optional.empty(), Optional.of(key), confirmation);
    }

    public static KeyChoice generate(String confirmation) {
        return new KeyChoice(Kind.GENERATE, Optional.empty(), Optional.empty(), confirmation);
    }

    /** This choice as a request, on top of {@code base} (which carries the installation and connection string). */
    public KeyRequest applyTo(KeyRequest base) {
        return switch (kind) {
            case ADOPT_COMMON -> base;
            case ADOPT_FROM -> base.adoptingFrom(node.orElseThrow());
            case TYPED -> base.withTypedKey(key.orElseThrow(), confirmation);
            case GENERATE -> key.map(generated -> base.generating(confirmation, generated))
                    .orElseGet(() -> base.generating(confirmation));
        };
    }

    /** The same choice, keeping the key {@code plan} generated, so the next plan decides the same key. */
    public KeyChoice keeping(KeyPlan plan) {
        if (kind != Kind.GENERATE || plan.decision() != KeyPlan.Decision.GENERATE || plan.key().isEmpty()) {
            return this;
        }
        String confirmed = plan.confirmation().isEmpty() ? confirmation : plan.confirmation();
        return new KeyChoice(Kind.GENERATE, Optional.empty(), plan.key(), confirmed);
    }

    @Override
    public String toString() {
        return "KeyChoice[" + kind + node.map(n -> " " + n).orElse("") + (key.isPresent() ? ", key given" : "") + "]";
    }
}
