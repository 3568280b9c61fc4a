package org.foiflow.inbound;

import java.util.Optional;

/** What matching needs to know of a request, open or closed. */
interface RequestFacts {

  /** The authority's FOI address of request {@code reference}; empty when there is no such request. */
  Optional<String> authorityEmail(String reference);

  /** The reference of the outbox email with this Message-ID, when FOI Flow sent it. */
  Optional<String> sentWithMessageId(String messageId);
}
