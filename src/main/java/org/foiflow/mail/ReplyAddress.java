package org.foiflow.mail;

import java.util.Optional;

/**
 * A request's own reply address, written into the Reply-To of every email to its authority. The
 * inbound capability (org.foiflow.inbound) makes the addresses and reads the replies; mail only
 * asks, so that it does not depend on inbound.
 */
public interface ReplyAddress {

  /** The address for {@code reference}, or empty when FOI Flow has none to give. */
  Optional<String> forReference(String reference);
}
