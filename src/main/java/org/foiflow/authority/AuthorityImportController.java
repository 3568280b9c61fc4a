package org.foiflow.authority;

import org.foiflow.input.SentValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Map;
import org.foiflow.security.RequestAccess;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * {@code POST /api/authorities/import}: upserts authorities from a user's CSV, sent as the request
 * body (text/csv) or as the multipart field {@code file}. All or nothing: a bad row gives 400 with
 * {"error": "line N: ..."} and stores nothing. Editors and administrators only: every request's
 * emails go to the addresses in the directory.
 */
@RestController
public class AuthorityImportController {

  /**
   * Ample for WhatDoTheyKnow's export of every authority (a few MB) and 100,000 rows; stops an
   * endless body from filling the memory. The multipart limit (spring.servlet.multipart) matches.
   */
  static final int MAX_BYTES = 64 * 1024 * 1024;
  private static final String TOO_LARGE = "the CSV is larger than " + MAX_BYTES / (1024 * 1024) + " MB; split the file";

  private final AuthorityImport authorityImport;
  private final RequestAccess access;

  public AuthorityImportController(AuthorityImport authorityImport, RequestAccess access) {
    this.authorityImport = authorityImport;
    this.access = access;
  }

  @PostMapping(
      path = "/api/authorities/import",
      consumes = {"text/csv", "application/csv", MediaType.TEXT_PLAIN_VALUE})
  public AuthorityImport.Result importBody(
      InputStream body, @RequestHeader(value = "Content-Type") String contentType)
      throws IOException {
    access.requireEditor();
    return importCsv(body, MediaType.parseMediaType(contentType).getCharset());
  }

  @PostMapping(path = "/api/authorities/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public AuthorityImport.Result importFile(@RequestPart("file") MultipartFile file)
      throws IOException {
    access.requireEditor();
    try (InputStream in = file.getInputStream()) {
      return importCsv(in, charsetOf(file.getContentType()));
    }
  }

  private AuthorityImport.Result importCsv(InputStream in, Charset charset) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw new MaxUploadSizeExceededException(MAX_BYTES);
    }
    return authorityImport.importCsv(new StringReader(decode(bytes, charset)));
  }

  /** Strict decoding: a wrongly encoded file would otherwise store garbled names. */
  private static String decode(byte[] bytes, Charset charset) {
    Charset actual = charset == null ? StandardCharsets.UTF_8 : charset;
    try {
      return actual
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new AuthorityCsvException(
          "the CSV is not valid " + actual.name() + "; save it as UTF-8 or name its charset");
    }
  }

  private static Charset charsetOf(String contentType) {
    try {
      return contentType == null ? null : MediaType.parseMediaType(contentType).getCharset();
    } catch (IllegalArgumentException e) {
      return null; // browsers label uploads loosely; fall back to UTF-8
    }
  }

  /** A body over {@link #MAX_BYTES}, or a multipart file over spring.servlet.multipart.max-file-size. */
  @ExceptionHandler(MaxUploadSizeExceededException.class)
  @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
  Map<String, String> tooLarge(MaxUploadSizeExceededException e) {
    return Map.of("error", TOO_LARGE);
  }

  @ExceptionHandler(AuthorityCsvException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  Map<String, String> badCsv(AuthorityCsvException e) {
    return Map.of("error", e.getMessage());
  }

  @ExceptionHandler({IllegalCharsetNameException.class, UnsupportedCharsetException.class})
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  Map<String, String> unknownCharset(IllegalArgumentException e) {
    return Map.of("error", "unknown charset " + SentValue.quoted(e.getMessage()));
  }

  @ExceptionHandler(MissingServletRequestPartException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  Map<String, String> missingFile(MissingServletRequestPartException e) {
    return Map.of("error", "multipart field '" + e.getRequestPartName() + "' is missing");
  }

  /** Two imports adding the same new name at once: the later one is rolled back. */
  @ExceptionHandler(DuplicateKeyException.class)
  @ResponseStatus(HttpStatus.CONFLICT)
  Map<String, String> concurrentImport(DuplicateKeyException e) {
    return Map.of("error", "another import changed the directory at the same time; try again");
  }
}
