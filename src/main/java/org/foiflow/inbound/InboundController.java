package org.foiflow.inbound;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.foiflow.input.InvalidParameter;
import org.foiflow.security.RequestAccess;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Upload of a reply (message/rfc822), the holding pen, a request's replies and their attachments,
 * and sending a bounced letter again; behind ApiAuthentication. Requesters reach only their own requests' replies.
 */
@RestController
class InboundController {

  static final int HELD_PAGE_SIZE = 200;
  private static final Pattern REFERENCE = Pattern.compile("FOI-\\d{4}-\\d{4,6}");

  private final Ingestion ingestion;
  private final Replies replies;
  private final ReceivedReplies stored;
  private final RequestAccess access;
  private final EngineRequestFacts requests;
  private final Resend resend;

  InboundController(
      Ingestion ingestion, Replies replies, ReceivedReplies stored, RequestAccess access, EngineRequestFacts requests,
      Resend resend) {
    this.ingestion = ingestion;
    this.replies = replies;
    this.stored = stored;
    this.access = access;
    this.requests = requests;
    this.resend = resend;
  }

  /** 201 MATCHED, 202 HELD, 200 DUPLICATE; 400 not an email, 413 too large, 403 someone else's request. */
  @PostMapping(path = "/api/inbound", consumes = "message/rfc822")
  ResponseEntity<Map<String, Object>> upload(InputStream body) throws IOException {
    byte[] raw = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, ingestion.maxSize() + 1));
    if (raw.length > ingestion.maxSize()) {
      throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE, "the message is larger than the limit of "
          + ingestion.maxSize() / (1024 * 1024) + " MB");
    }
    if (raw.length == 0) {
      throw new InvalidParameter("the body is empty: send the raw email as message/rfc822");
    }
    Ingestion.Outcome outcome;
    try {
      outcome = ingestion.ingest(raw, access.readableNow());
    } catch (ReplyReader.NotAMessage e) {
      throw new InvalidParameter(e.getMessage());
    } catch (Ingestion.NotYourRequest e) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, e.getMessage());
    }
    return switch (outcome.status()) {
      case MATCHED -> ResponseEntity.status(HttpStatus.CREATED)
          .body(Map.of("status", "MATCHED", "reference", outcome.reference(), "id", outcome.messageId()));
      case HELD -> ResponseEntity.status(HttpStatus.ACCEPTED)
          .body(Map.of("status", "HELD", "reason", outcome.reason(), "id", outcome.messageId()));
      case DUPLICATE -> ResponseEntity.ok(outcome.reference() == null
          ? Map.of("status", "DUPLICATE", "id", outcome.messageId())
          : Map.of("status", "DUPLICATE", "reference", outcome.reference(), "id", outcome.messageId()));
      case REFUSED -> throw new IllegalStateException("an upload is refused by an exception, not a status");
    };
  }

  @GetMapping("/api/inbound/held")
  List<StoredReply> held() {
    access.requireEditor();
    return ingestion.held(HELD_PAGE_SIZE);
  }

  /** Request body {"reference": "FOI-2026-0042"}: files a held message on that request and tells it. */
  @PostMapping("/api/inbound/held/{id}/assign")
  Map<String, Object> assign(@PathVariable long id, @RequestBody Map<String, Object> body) {
    access.requireEditor();
    Object given = body == null ? null : body.get("reference");
    if (!(given instanceof String reference) || !REFERENCE.matcher(reference).matches()) {
      throw new InvalidParameter("reference: give a request reference such as FOI-2026-0042");
    }
    if (access.asFoiFlow(() -> requests.request(reference)).isEmpty()) {
      throw new InvalidParameter("reference: there is no request " + reference);
    }
    if (!ingestion.assign(id, reference)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no held message " + id);
    }
    return Map.of("status", "MATCHED", "reference", reference, "id", id);
  }

  /** The request page's part: the reply address and the replies, for whoever may read the request. */
  @GetMapping("/api/requests/{reference}/replies")
  Map<String, Object> forRequest(@PathVariable String reference) {
    readable(reference);
    return Map.of("reference", reference, "replyAddress", replies.replyAddress(reference), "replies", replies.forReference(reference));
  }

  /** Body {"authorityEmail": "..."}: after a bounce, the request's letter goes again, to this address. */
  @PostMapping("/api/requests/{reference}/resend")
  Map<String, Object> resend(@PathVariable String reference, @RequestBody(required = false) Map<String, Object> body) {
    readable(reference);
    Object given = body == null ? null : body.get("authorityEmail");
    String address = given instanceof String text ? text.strip() : null;
    resend.resend(reference, address);
    return Map.of("status", "QUEUED", "reference", reference, "authorityEmail", address);
  }

  /** Always a download, never shown by the browser: attachments are the authority's files, not ours. */
  @GetMapping("/api/inbound/attachments/{id}")
  ResponseEntity<byte[]> attachment(@PathVariable long id) {
    ReceivedReplies.Download download = stored.attachment(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no attachment " + id));
    if (download.reference() == null) {
      access.requireEditor();
    } else {
      readable(download.reference());
    }
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(download.name(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .contentType(MediaType.APPLICATION_OCTET_STREAM)
        .body(download.content());
  }

  /** 404 alike for a request that does not exist and one the caller may not read. */
  private void readable(String reference) {
    if (!REFERENCE.matcher(reference).matches() || !access.readableNow().test(reference)
        || access.asFoiFlow(() -> requests.request(reference)).isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no request " + reference + " that you may read");
    }
  }
}
