package org.foiflow.inbound;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.foiflow.mail.ReplyAddress;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each request's reply address, {@code foi+FOI-2026-0042-<token>@domain}: the token is an HMAC
 * of the reference, so nobody can make the address of a request they were not given, and a
 * tampered address matches nothing. The secret is in the database, made once by the first node
 * that needs it, so every node gives and recognises the same addresses.
 */
@Component
public class ReplyAddresses implements ReplyAddress {

  /** 20 hex digits, 80 bits: unguessable, and short enough that people do not break the address. */
  static final int TOKEN_LENGTH = 20;

  private static final Pattern TAGGED =
      Pattern.compile("\\+(FOI-\\d{4}-\\d{4,6})-([0-9a-f]{" + TOKEN_LENGTH + "})@", Pattern.CASE_INSENSITIVE);

  private final JdbcClient jdbc;
  private final InboundSettings settings;
  private final TransactionTemplate ownTransaction;
  private volatile byte[] secret;

  ReplyAddresses(JdbcClient jdbc, InboundSettings settings, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.settings = settings;
    // The secret is made in a transaction of its own: the caller's may roll back (a failed send),
    // and this node would then give addresses that no other node recognises.
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Override
  public Optional<String> forReference(String reference) {
    return Optional.of(address(reference));
  }

  public String address(String reference) {
    return settings.localPart() + "+" + reference + "-" + token(reference) + "@" + settings.domain();
  }

  /**
   * The reference whose genuine reply address appears in {@code text} (a header, quoted or in
   * angle brackets, any case), or empty: a wrong token never names a request.
   */
  public Optional<String> referenceIn(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String lower = text.toLowerCase(Locale.ROOT);
    String mailbox = settings.localPart().toLowerCase(Locale.ROOT);
    String domain = "@" + settings.domain().toLowerCase(Locale.ROOT);
    Matcher matcher = TAGGED.matcher(text);
    while (matcher.find()) {
      boolean ours = lower.startsWith(mailbox, matcher.start() - mailbox.length())
          && lower.startsWith(domain, matcher.end() - 1);
      String reference = matcher.group(1).toUpperCase(Locale.ROOT);
      if (ours && MessageDigest.isEqual(
          token(reference).getBytes(StandardCharsets.US_ASCII),
          matcher.group(2).toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
        return Optional.of(reference);
      }
    }
    return Optional.empty();
  }

  String token(String reference) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
      byte[] digest = mac.doFinal(reference.getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(digest).substring(0, TOKEN_LENGTH);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  private byte[] secret() {
    byte[] known = secret;
    if (known == null) {
      known = HexFormat.of().parseHex(storedOrNewSecret());
      secret = known;
    }
    return known;
  }

  /** Two nodes starting together: one insert wins, and both read the winner's secret. */
  private String storedOrNewSecret() {
    return ownTransaction.execute(status -> stored()).orElseGet(() -> {
      byte[] fresh = new byte[32];
      new SecureRandom().nextBytes(fresh);
      try {
        ownTransaction.executeWithoutResult(status ->
            jdbc.sql("INSERT INTO inbound_secret (id, secret) VALUES (1, ?)").param(HexFormat.of().formatHex(fresh)).update());
      } catch (DuplicateKeyException lostTheRace) {
        // another node made it at the same moment: its secret is the one
      }
      return ownTransaction.execute(status -> stored()).orElseThrow();
    });
  }

  private Optional<String> stored() {
    return jdbc.sql("SELECT secret FROM inbound_secret WHERE id = 1").query(String.class).optional();
  }
}
