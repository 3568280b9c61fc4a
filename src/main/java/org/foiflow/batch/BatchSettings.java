package org.foiflow.batch;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * foiflow.batch.*.
 *
 * @param letterInterval the time between two letters of one batch (at most one email every 10
 *     seconds by default), so that a batch to 400 bodies does not look like a spam run
 * @param chunkSize how many members one job starts, in one transaction
 * @param maxMembers the most authorities one batch may go to
 */
@ConfigurationProperties(prefix = "foiflow.batch")
public record BatchSettings(
    @DefaultValue("PT10S") Duration letterInterval,
    @DefaultValue("25") int chunkSize,
    @DefaultValue("2000") int maxMembers) {}
