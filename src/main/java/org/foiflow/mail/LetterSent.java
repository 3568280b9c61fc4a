package org.foiflow.mail;

import java.time.Instant;

/**
 * A request's letter to the authority went (published as a Spring event in the send job's
 * transaction), so that what counts from the day it went can count from the day it really went.
 *
 * @param processInstanceId the request's process instance
 * @param sentAt when the SMTP server took it
 */
public record LetterSent(String processInstanceId, String reference, Instant sentAt) {}
