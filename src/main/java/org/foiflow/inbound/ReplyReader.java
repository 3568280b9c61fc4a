package org.foiflow.inbound;

import jakarta.mail.BodyPart;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.SharedByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads a raw message with Jakarta Mail: sender, date, subject, the text (text/plain, else the
 * HTML as text through jsoup: HTML is never kept to be shown as HTML), the attachments, and what
 * matching needs. The parts are read from the one byte array, not copied.
 */
class ReplyReader {

  /** Kept text of one message; a longer one is cut (the raw message keeps it all). */
  static final int MAX_TEXT = 1_000_000;
  /** Beyond this nesting (forwarded within forwarded...) parts are not opened. */
  static final int MAX_DEPTH = 8;
  static final int MAX_ATTACHMENTS = 100;

  private static final Pattern MESSAGE_IDS = Pattern.compile("<[^<>\\s]{1,900}>");
  private static final List<String> ADDRESSED = List.of("To", "Cc", "Delivered-To", "X-Original-To", "Envelope-To", "Received");
  private static final Pattern AUTOMATIC_SUBJECT =
      Pattern.compile("^(automatic reply|auto(matic)?[- ]?reply|auto:|out of (the )?office|autoresponse)", Pattern.CASE_INSENSITIVE);
  private static final Pattern BOUNCE_SENDER = Pattern.compile("^(mailer-daemon|postmaster)@", Pattern.CASE_INSENSITIVE);

  private final Session session = Session.getInstance(new Properties());

  /** @throws NotAMessage when the bytes are not an email at all */
  ReadReply read(byte[] raw) {
    try {
      MimeMessage message = new MimeMessage(session, new SharedByteArrayInputStream(raw));
      if (!looksLikeEmail(message)) {
        throw new NotAMessage("this is not an email: it has no From, Date or Message-ID header");
      }
      var walk = new Walk();
      try {
        walk.part(message, 0);
      } catch (MessagingException | IOException broken) {
        // Malformed MIME (a boundary that never comes, a bad encoding): keep what was read, and
        // the body as it stands, so nothing is lost.
        walk.text.append(new String(raw, StandardCharsets.ISO_8859_1).substring(headerEnd(raw)));
      }
      String from = first(message, "From");
      return new ReadReply(
          raw,
          sha256(raw),
          messageId(message),
          sender(message),
          message.getSentDate() == null ? null : message.getSentDate().toInstant(),
          cut(decoded(message.getHeader("Subject", null)), 1000),
          cut(walk.text().strip(), MAX_TEXT),
          List.copyOf(walk.attachments),
          addressed(message),
          answers(message),
          automatic(message),
          walk.deliveryStatus != null || (from != null && BOUNCE_SENDER.matcher(sender(message)).find()),
          walk.deliveryStatus == null ? null : cut(walk.deliveryStatus, 1000),
          walk.returned.toString());
    } catch (MessagingException e) {
      throw new NotAMessage("this is not an email that can be read: " + oneLine(e.getMessage()));
    }
  }

  /** Bytes that are not an email: answered 400. */
  static class NotAMessage extends RuntimeException {
    NotAMessage(String message) {
      super(message);
    }
  }

  /** Walks the MIME tree once, collecting the text, the attachments and a bounce's report. */
  private static final class Walk {
    final StringBuilder plain = new StringBuilder();
    final StringBuilder html = new StringBuilder();
    final StringBuilder text = new StringBuilder();
    final StringBuilder returned = new StringBuilder();
    final List<ReadReply.Attachment> attachments = new ArrayList<>();
    String deliveryStatus;

    String text() {
      if (!text.isEmpty()) {
        return text.toString();
      }
      return !plain.isEmpty() ? plain.toString() : html.toString();
    }

    void part(Part part, int depth) throws MessagingException, IOException {
      if (depth > MAX_DEPTH) {
        return;
      }
      String type = baseType(part);
      boolean attached = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null;
      if (type.startsWith("multipart/")) {
        Multipart parts = (Multipart) part.getContent();
        boolean alternative = type.equals("multipart/alternative");
        for (int i = 0; i < parts.getCount(); i++) {
          BodyPart child = parts.getBodyPart(i);
          // In multipart/alternative the text/plain one is enough; the HTML one is the same text.
          if (alternative && !plain.isEmpty() && baseType(child).equals("text/html")) {
            continue;
          }
          part(child, depth + 1);
        }
      } else if (type.equals("message/delivery-status")) {
        deliveryStatus = deliveryStatus(new String(bytes(part.getInputStream()), StandardCharsets.ISO_8859_1));
      } else if (type.equals("text/rfc822-headers")) {
        returned.append(new String(bytes(part.getInputStream()), StandardCharsets.ISO_8859_1));
      } else if (type.equals("message/rfc822") && !attached) {
        MimeMessage inner = (MimeMessage) part.getContent();
        returned.append(headers(inner));
        plain.append("\n\n---------- Forwarded message ----------\nFrom: ").append(sender(inner))
            .append("\nSubject: ").append(decoded(inner.getHeader("Subject", null))).append("\n\n");
        Walk forwarded = new Walk();
        forwarded.part(inner, depth + 1);
        plain.append(forwarded.text());
        attachments.addAll(forwarded.attachments);
      } else if (!attached && type.equals("text/plain")) {
        plain.append(part.getContent());
      } else if (!attached && type.equals("text/html")) {
        html.append(htmlAsText(String.valueOf(part.getContent())));
      } else if (attachments.size() < MAX_ATTACHMENTS) {
        byte[] content = bytes(part.getInputStream());
        String name = part.getFileName() == null ? "attachment-" + (attachments.size() + 1) : decoded(part.getFileName());
        attachments.add(new ReadReply.Attachment(cut(safeName(name), 255), cut(type, 255), content.length, sha256(content), content));
      }
    }
  }

  /** Text only: scripts and styles dropped, block elements on lines of their own. */
  static String htmlAsText(String html) {
    Document document = Jsoup.parse(html);
    document.select("script, style, head").remove();
    document.select("br").before("\n");
    document.select("p, div, tr, li, h1, h2, h3, h4, blockquote").before("\n");
    return document.body() == null ? "" : document.body().wholeText().replaceAll("[ \\t\\x0B\\f\\r]+\n", "\n")
        .replaceAll("\n{3,}", "\n\n").strip();
  }

  private static String deliveryStatus(String report) {
    List<String> said = new ArrayList<>();
    for (String line : report.split("\r?\n")) {
      String lower = line.toLowerCase(Locale.ROOT);
      if (lower.startsWith("status:") || lower.startsWith("diagnostic-code:") || lower.startsWith("final-recipient:")) {
        said.add(line.strip());
      }
    }
    return said.isEmpty() ? "the message could not be delivered" : String.join("; ", said);
  }

  private static boolean looksLikeEmail(MimeMessage message) throws MessagingException {
    return message.getHeader("From") != null || message.getHeader("Date") != null || message.getHeader("Message-ID") != null;
  }

  private static boolean automatic(MimeMessage message) throws MessagingException {
    String autoSubmitted = first(message, "Auto-Submitted");
    String precedence = first(message, "Precedence");
    String subject = decoded(message.getHeader("Subject", null));
    return (autoSubmitted != null && !autoSubmitted.strip().equalsIgnoreCase("no"))
        || message.getHeader("X-Autoreply") != null
        || message.getHeader("X-Autorespond") != null
        || (precedence != null && precedence.strip().equalsIgnoreCase("auto_reply"))
        || (subject != null && AUTOMATIC_SUBJECT.matcher(subject.strip()).find());
  }

  private static List<String> addressed(MimeMessage message) throws MessagingException {
    List<String> found = new ArrayList<>();
    for (String name : ADDRESSED) {
      String[] values = message.getHeader(name);
      if (values != null) {
        for (String value : values) {
          found.add(name + ": " + MimeUtility.unfold(value));
        }
      }
    }
    return found;
  }

  private static List<String> answers(MimeMessage message) throws MessagingException {
    List<String> ids = new ArrayList<>();
    for (String name : List.of("In-Reply-To", "References")) {
      String[] values = message.getHeader(name);
      for (String value : values == null ? new String[0] : values) {
        Matcher matcher = MESSAGE_IDS.matcher(value);
        while (matcher.find() && ids.size() < 100) {
          ids.add(matcher.group());
        }
      }
    }
    return ids;
  }

  private static String messageId(MimeMessage message) throws MessagingException {
    String id = first(message, "Message-ID");
    return id == null || id.isBlank() ? null : cut(id.strip(), 998);
  }

  private static String sender(MimeMessage message) throws MessagingException {
    String from = first(message, "From");
    if (from == null) {
      return "";
    }
    try {
      InternetAddress[] addresses = InternetAddress.parseHeader(from, false);
      return addresses.length == 0 ? cut(from, 1000) : cut(addresses[0].getAddress(), 1000);
    } catch (MessagingException unreadable) {
      return cut(from.strip(), 1000);
    }
  }

  private static String first(Part message, String name) throws MessagingException {
    String[] values = message.getHeader(name);
    return values == null || values.length == 0 ? null : values[0];
  }

  private static String headers(MimeMessage message) throws MessagingException {
    StringBuilder text = new StringBuilder();
    for (Header header : Collections.list(message.getAllHeaders())) {
      text.append(header.getName()).append(": ").append(header.getValue()).append('\n');
    }
    return text.toString();
  }

  private static String baseType(Part part) throws MessagingException {
    try {
      return new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
    } catch (MessagingException | NullPointerException unreadable) {
      return "application/octet-stream";
    }
  }

  static String decoded(String header) {
    if (header == null) {
      return null;
    }
    try {
      return MimeUtility.decodeText(MimeUtility.unfold(header));
    } catch (IOException undecodable) {
      return header;
    }
  }

  /** A file name as a name only: no directories, no control characters. */
  private static String safeName(String name) {
    String base = name.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"]", "_").strip();
    return base.isEmpty() ? "attachment" : base;
  }

  private static int headerEnd(byte[] raw) {
    String text = new String(raw, StandardCharsets.ISO_8859_1);
    int crlf = text.indexOf("\r\n\r\n");
    int lf = text.indexOf("\n\n");
    int end = crlf >= 0 && (lf < 0 || crlf < lf) ? crlf + 4 : lf >= 0 ? lf + 2 : text.length();
    return Math.min(end, text.length());
  }

  private static byte[] bytes(InputStream in) throws IOException {
    try (in; var out = new ByteArrayOutputStream()) {
      in.transferTo(out);
      return out.toByteArray();
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }

  private static String oneLine(String text) {
    return text == null ? "unreadable" : text.replaceAll("\\s+", " ").strip();
  }
}
