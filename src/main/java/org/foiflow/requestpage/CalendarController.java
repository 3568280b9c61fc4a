package org.foiflow.requestpage;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.foiflow.contract.PublicAddress;
import org.foiflow.contract.Today;
import org.foiflow.security.RequestAccess;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The user's deadlines calendar: GET /api/me/calendar gives its secret address, POST renews it
 * (the old address answers 404 from then on); the feed itself, /calendar/{token}.ics, is outside
 * /api and needs no login, as calendar apps subscribe without one.
 */
@RestController
public class CalendarController {

  static final String ME = "/api/me/calendar";
  static final String FEED = "/calendar/";

  private final CalendarTokens tokens;
  private final UserDeadlines deadlines;
  private final RequestAccess access;
  private final Today today;
  private final PublicAddress publicAddress;

  CalendarController(
      CalendarTokens tokens,
      UserDeadlines deadlines,
      RequestAccess access,
      Today today,
      PublicAddress publicAddress) {
    this.tokens = tokens;
    this.deadlines = deadlines;
    this.access = access;
    this.today = today;
    this.publicAddress = publicAddress;
  }

  @GetMapping(ME)
  public Map<String, String> address() {
    return Map.of("url", url(tokens.tokenOf(caller())));
  }

  @PostMapping(ME)
  public Map<String, String> renew() {
    return Map.of("url", url(tokens.renew(caller())));
  }

  @GetMapping(FEED + "{token}.ics")
  public ResponseEntity<String> feed(@PathVariable("token") String token) {
    String owner = token.matches("[A-Za-z0-9_-]{43}") ? tokens.owner(token).orElse(null) : null;
    if (owner == null) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN).body("no such calendar\n");
    }
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
        .body(CalendarFeed.of(deadlines.of(owner), publicAddress.baseUrl(), today.now().toInstant()));
  }

  private String caller() {
    return access.callerId().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
  }

  private String url(String token) {
    return publicAddress.baseUrl() + FEED + token + ".ics";
  }
}
