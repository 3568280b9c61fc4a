package org.foiflow.authority;

import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** Calls the authority endpoints as `admin`, whose password the test configuration sets. */
final class AuthorityApi {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT =
      new ParameterizedTypeReference<>() {};

  private final TestRestTemplate http;

  AuthorityApi(TestRestTemplate http) {
    this.http = http.withBasicAuth("admin", "Test-Owner-Secret-1");
  }

  /** Bytes, not a String: RestTemplate would encode a text/csv String as ISO-8859-1. */
  ResponseEntity<Map<String, Object>> importBody(byte[] csv, String contentType) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType(contentType));
    return http.exchange(
        "/api/authorities/import", HttpMethod.POST, new HttpEntity<>(csv, headers), JSON_OBJECT);
  }

  ResponseEntity<Map<String, Object>> importFile(String field, byte[] csv) {
    HttpHeaders partHeaders = new HttpHeaders();
    partHeaders.setContentType(MediaType.parseMediaType("text/csv"));
    var file =
        new ByteArrayResource(csv) {
          @Override
          public String getFilename() {
            return "authorities.csv";
          }
        };
    var form = new LinkedMultiValueMap<String, Object>();
    form.add(field, new HttpEntity<>(file, partHeaders));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return http.exchange(
        "/api/authorities/import", HttpMethod.POST, new HttpEntity<>(form, headers), JSON_OBJECT);
  }

  /**
   * The CSV as the multipart field {@code file}, written out by hand: RestTemplate would give the
   * part a length of its own, which the server checks before reading anything.
   */
  ResponseEntity<Map<String, Object>> importFileAsBrowsersDo(byte[] csv) {
    String boundary = "foiflow-test-boundary";
    byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"authorities.csv\"\r\n"
        + "Content-Type: text/csv\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    byte[] body = new byte[head.length + csv.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(csv, 0, body, head.length, csv.length);
    System.arraycopy(tail, 0, body, head.length + csv.length, tail.length);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType("multipart/form-data; boundary=" + boundary));
    return http.exchange(
        "/api/authorities/import", HttpMethod.POST, new HttpEntity<>(body, headers), JSON_OBJECT);
  }

  /** The query goes in as a URI variable, which the template encodes exactly once. */
  ResponseEntity<AuthoritySearchController.Entry[]> search(String q) {
    return q == null
        ? http.getForEntity("/api/authorities", AuthoritySearchController.Entry[].class)
        : http.getForEntity("/api/authorities?q={q}", AuthoritySearchController.Entry[].class, q);
  }
}
