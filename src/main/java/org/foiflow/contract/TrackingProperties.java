package org.foiflow.contract;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which process definitions deadline tracking looks at (foiflow.tracking.*). A value rather than
 * constants so tests can build the deadline list over fixture processes.
 *
 * @param requestProcessKey the process whose instances are FOI requests (one per reference)
 * @param processKeys every process whose user tasks belong to an FOI request
 */
@ConfigurationProperties("foiflow.tracking")
public record TrackingProperties(
    @DefaultValue("foi-request") String requestProcessKey,
    @DefaultValue({"foi-request", "internal-review", "regulator-complaint"}) List<String> processKeys) {}
