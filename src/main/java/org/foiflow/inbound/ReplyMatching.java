package org.foiflow.inbound;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a message's request, first hit wins: the request's reply address (with a genuine token)
 * in a header that names where the message was delivered; an answer to an email FOI Flow sent;
 * for a bounce, the returned original; the reference in the subject or text together with a
 * sender at the authority's domain. Anything else is held, with the guesses and why.
 */
class ReplyMatching {

  private static final Pattern REFERENCE = Pattern.compile("\\bFOI-(\\d{4})-(\\d{4,6})\\b", Pattern.CASE_INSENSITIVE);
  /** An address of our mailbox with a request in it, whatever its token: a guess, never a match. */
  private static final Pattern TAGGED_REFERENCE = Pattern.compile("\\+(FOI-\\d{4}-\\d{4,6})-", Pattern.CASE_INSENSITIVE);
  private static final Pattern OUR_MESSAGE_ID = Pattern.compile("<foiflow-outbox-\\d{1,18}\\.[^@>\\s]{1,32}@foiflow>");
  private static final int MAX_GUESSES = 5;

  private final ReplyAddresses addresses;
  private final RequestFacts requests;

  ReplyMatching(ReplyAddresses addresses, RequestFacts requests) {
    this.addresses = addresses;
    this.requests = requests;
  }

  Match match(ReadReply reply) {
    for (String header : reply.addressed()) {
      Optional<String> reference = addresses.referenceIn(header);
      if (reference.isPresent()) {
        return Match.to(reference.get(), "its reply address is in " + header.substring(0, header.indexOf(':')));
      }
    }
    for (String id : reply.answers()) {
      Optional<String> reference = requests.sentWithMessageId(id);
      if (reference.isPresent()) {
        return Match.to(reference.get(), "it answers the email FOI Flow sent as " + id);
      }
    }
    if (reply.bounce()) {
      Optional<Match> returned = returnedOriginal(reply.returned() + "\n" + reply.text());
      if (returned.isPresent()) {
        return returned.get();
      }
    }
    String domain = domain(reply.sender());
    List<String> guesses = new ArrayList<>();
    for (String reference : namedReferences(reply)) {
      Optional<String> authority = requests.authorityEmail(reference);
      if (authority.isEmpty()) {
        continue;
      }
      String authorityDomain = domain(authority.get());
      if (!domain.isEmpty() && (domain.equals(authorityDomain) || domain.endsWith("." + authorityDomain))) {
        return Match.to(reference, "it names " + reference + " and comes from " + domain + ", the authority's domain");
      }
      guesses.add(reference + ": named in the message, but the sender "
          + (domain.isEmpty() ? "has no address" : "is at " + domain + ", not " + authorityDomain));
    }
    for (String reference : taggedReferences(reply)) {
      if (requests.authorityEmail(reference).isPresent() && guesses.stream().noneMatch(g -> g.startsWith(reference + ":"))) {
        guesses.add(reference + ": sent to its reply address, but the token is wrong (retyped or changed)");
      }
    }
    String reason = reply.bounce()
        ? "a bounce that names no email FOI Flow sent"
        : "no request's reply address, no answer to an FOI Flow email, and no reference from its authority's domain";
    List<String> shown = guesses.stream().limit(MAX_GUESSES).toList();
    return Match.held(reason, shown.isEmpty() ? null : ReplyReader.cut(String.join("\n", shown), 1000));
  }

  private Optional<Match> returnedOriginal(String returned) {
    Optional<String> byAddress = addresses.referenceIn(returned);
    if (byAddress.isPresent()) {
      return Optional.of(Match.to(byAddress.get(), "a bounce of an email with the request's reply address"));
    }
    Matcher ids = OUR_MESSAGE_ID.matcher(returned);
    while (ids.find()) {
      Optional<String> reference = requests.sentWithMessageId(ids.group());
      if (reference.isPresent()) {
        return Optional.of(Match.to(reference.get(), "a bounce of the email FOI Flow sent as " + ids.group()));
      }
    }
    return Optional.empty();
  }

  private static Set<String> namedReferences(ReadReply reply) {
    Set<String> found = new LinkedHashSet<>();
    for (String text : new String[] {reply.subject(), reply.text()}) {
      Matcher matcher = REFERENCE.matcher(text == null ? "" : text);
      while (matcher.find() && found.size() < MAX_GUESSES) {
        found.add("FOI-" + matcher.group(1) + "-" + matcher.group(2));
      }
    }
    return found;
  }

  private static Set<String> taggedReferences(ReadReply reply) {
    Set<String> found = new LinkedHashSet<>();
    for (String header : reply.addressed()) {
      Matcher matcher = TAGGED_REFERENCE.matcher(header);
      while (matcher.find() && found.size() < MAX_GUESSES) {
        found.add(matcher.group(1).toUpperCase(Locale.ROOT));
      }
    }
    return found;
  }

  private static String domain(String address) {
    int at = address == null ? -1 : address.lastIndexOf('@');
    return at < 0 ? "" : address.substring(at + 1).strip().toLowerCase(Locale.ROOT).replaceAll("[>\\s]", "");
  }
}
