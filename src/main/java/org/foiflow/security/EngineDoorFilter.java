package org.foiflow.security;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.foiflow.contract.ProcessContract;
import org.foiflow.input.SentValue;
import org.foiflow.contract.Withdrawals;
import org.foiflow.security.EngineDoorRules.Door;
import org.foiflow.security.EngineRequestBody.Refused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards every door into the engine: Camunda's REST API at /engine-rest (HTTP Basic, for
 * scripts) and the webapps' APIs at /camunda/api (the browser session). In order: refuses a
 * state-changing call another site made ({@link CsrfGuard#crossSite}); logs the caller in
 * (/engine-rest) without inviting the browser to keep Basic credentials; refuses what
 * {@link EngineDoorRules} closes to the caller; reads and bounds a JSON body before the engine
 * parses it ({@link EngineRequestBody}); and answers the withdrawal of a request itself.
 */
class EngineDoorFilter extends OncePerRequestFilter {

  static final String ENGINE_REST = "/engine-rest";
  static final String WEBAPP_API = "/camunda/api";
  private static final String WEBAPP_ENGINE = "/engine";
  private static final Pattern NAMED_ENGINE = Pattern.compile("/engine/[^/]+(/.*)?");
  private static final Pattern START_BY_KEY = Pattern.compile("/process-definition/key/([^/]+)/.*");
  private static final Pattern START_BY_ID = Pattern.compile("/process-definition/([^/]+)/submit-form");
  private static final Set<String> METHOD_OVERRIDES = Set.of("X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override");
  private static final Logger LOG = LoggerFactory.getLogger(EngineDoorFilter.class);

  private final Logins logins;
  private final RepositoryService repositoryService;
  private final Withdrawals withdrawal;

  EngineDoorFilter(ProcessEngine engine, Withdrawals withdrawal) {
    this.logins = new Logins(engine);
    this.repositoryService = engine.getRepositoryService();
    this.withdrawal = withdrawal;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    boolean changes = CsrfGuard.changesState(request);
    if (changes && CsrfGuard.crossSite(request)) {
      Refusal.send(response, 403, "Forbidden", "Cross-site request refused: the engine API takes changes only from FOI Flow's own pages and from scripts");
      return;
    }
    String path = request.getServletPath() + Optional.ofNullable(request.getPathInfo()).orElse("");
    boolean engineRest = path.startsWith(ENGINE_REST + "/") || path.equals(ENGINE_REST);
    Optional<Caller> caller = engineRest ? logins.fromBasicCredentials(request) : logins.fromWebappSession(request);
    if (engineRest && caller.isEmpty()) {
      // No WWW-Authenticate: a browser asked for Basic credentials keeps them and sends them
      // with later requests, cross-site ones too.
      Refusal.send(response, 401, "Unauthorized", "Log in with HTTP Basic: a Camunda user name and password");
      return;
    }
    if (caller.isEmpty()) {
      chain.doFilter(request, response); // the webapps answer for themselves (login, 401)
      return;
    }
    String inside = engineRest ? path.substring(ENGINE_REST.length()) : path.substring(WEBAPP_API.length());
    String enginePath = enginePath(engineRest, inside);
    Door door = enginePath == null
        ? EngineDoorRules.webappCall(caller.get(), inside)
        : EngineDoorRules.engineCall(caller.get(), request.getMethod(), enginePath);
    if (!caller.get().isAdministrator() && METHOD_OVERRIDES.stream().anyMatch(h -> request.getHeader(h) != null)) {
      door = Door.REFUSE;
    }
    if (door == Door.REFUSE) {
      LOG.info("Refused {} {} to {}", request.getMethod(), path, caller.get().userId());
      Refusal.send(response, 403, "Forbidden",
          request.getMethod() + " " + SentValue.quoted(inside)
              + " is open to administrators only: requests are filed and tasks completed with submit-form, which checks them as the forms do");
      return;
    }
    HttpServletRequest toEngine = request;
    if (changes && isJson(request)) {
      byte[] body = readBounded(request);
      if (body == null) {
        Refusal.send(response, 413, "PayloadTooLarge", "The request body is larger than " + EngineRequestBody.MAX_BYTES / 1024 + " KB");
        return;
      }
      try {
        JsonNode json = EngineRequestBody.parse(body);
        if (door == Door.TASK_FORM || door == Door.START_BY_FORM) {
          EngineRequestBody.checkVariables(json.get("variables"), "variables");
        }
        if (door == Door.START_BY_FORM && !caller.get().isAdministrator() && !startsARequest(enginePath)) {
          Refusal.send(response, 403, "Forbidden", "Only FOI requests can be started here");
          return;
        }
        if (door == Door.MESSAGE) {
          withdraw(json, caller.get(), response);
          return;
        }
      } catch (Refused refused) {
        Refusal.send(response, 400, "InvalidRequestException", refused.getMessage());
        return;
      }
      toEngine = new BufferedBody(request, body);
    } else if (door == Door.START_BY_FORM || door == Door.TASK_FORM || door == Door.MESSAGE) {
      Refusal.send(response, 415, "UnsupportedMediaType", "Send the body as application/json");
      return;
    }
    if (engineRest) {
      HttpServletRequest call = toEngine;
      logins.runAs(caller.get(), () -> chain.doFilter(call, response));
    } else {
      chain.doFilter(toEngine, response);
    }
  }

  /** The path inside the engine API (/task/42/submit-form), or null for the webapps' own APIs. */
  private static String enginePath(boolean engineRest, String inside) {
    String enginePath = inside;
    if (!engineRest) {
      if (!inside.startsWith(WEBAPP_ENGINE + "/")) {
        return null;
      }
      enginePath = inside.substring(WEBAPP_ENGINE.length()); // /engine/default/task/...
    }
    Matcher named = NAMED_ENGINE.matcher(enginePath);
    if (named.matches()) {
      enginePath = named.group(1) == null ? "" : named.group(1);
    }
    return enginePath;
  }

  /** A start form may start only an FOI request or a batch: other diagrams have no form rules. */
  private boolean startsARequest(String enginePath) {
    Matcher byKey = START_BY_KEY.matcher(enginePath);
    if (byKey.matches()) {
      return startable(byKey.group(1));
    }
    Matcher byId = START_BY_ID.matcher(enginePath);
    if (!byId.matches()) {
      return false;
    }
    ProcessDefinition definition =
        repositoryService.createProcessDefinitionQuery().processDefinitionId(byId.group(1)).singleResult();
    return definition != null && startable(definition.getKey());
  }

  /** An FOI request, or a batch of them (issue 18): the two processes with start form rules. */
  private static boolean startable(String processKey) {
    return processKey.equals(ProcessContract.REQUEST_PROCESS) || processKey.equals(ProcessContract.BATCH_PROCESS);
  }

  /** The message door, for anyone but administrators: foi-withdraw with a reference, nothing else. */
  private void withdraw(JsonNode message, Caller caller, HttpServletResponse response) throws Refused, IOException {
    for (Iterator<String> names = message.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      JsonNode value = message.get(name);
      boolean harmless = name.equals("messageName") || name.equals("businessKey")
          || value.isNull() || (value.isBoolean() && !value.asBoolean()) || (value.isObject() && value.isEmpty());
      if (!harmless) {
        throw new Refused("Only messageName foi-withdraw and businessKey (the reference) may be sent, not " + SentValue.quoted(name));
      }
    }
    JsonNode messageName = message.path("messageName");
    if (!messageName.asText().equals(ProcessContract.WITHDRAW_MESSAGE)) {
      throw new Refused("messageName: only " + ProcessContract.WITHDRAW_MESSAGE + " may be sent");
    }
    JsonNode reference = message.path("businessKey");
    if (!reference.isTextual() || reference.asText().isBlank() || reference.asText().length() > 64) {
      throw new Refused("businessKey: give the reference of your request, e.g. FOI-2026-0042");
    }
    switch (logins.asEngine(() -> withdrawal.withdraw(reference.asText(), caller.userId(), caller.isEditor()))) {
      case WITHDRAWN -> response.setStatus(HttpServletResponse.SC_NO_CONTENT);
      case NOT_YOURS -> throw new Refused("businessKey: no open request " + SentValue.quoted(reference.asText()) + " that you filed");
      case CANNOT_NOW -> throw new Refused("Request " + SentValue.quoted(reference.asText()) + " cannot be withdrawn now");
    }
  }

  private static boolean isJson(HttpServletRequest request) {
    String type = request.getContentType();
    if (type == null) {
      return request.getContentLengthLong() != 0;
    }
    try {
      return MediaType.parseMediaType(type).isCompatibleWith(MediaType.APPLICATION_JSON);
    } catch (IllegalArgumentException malformed) {
      return true; // read and refused as JSON rather than handed on
    }
  }

  /** The body, or null when it is larger than the limit. */
  private static byte[] readBounded(HttpServletRequest request) throws IOException {
    if (request.getContentLengthLong() > EngineRequestBody.MAX_BYTES) {
      return null;
    }
    try (InputStream in = request.getInputStream()) {
      byte[] body = in.readNBytes(EngineRequestBody.MAX_BYTES + 1);
      return body.length > EngineRequestBody.MAX_BYTES ? null : body;
    }
  }

  /** The request with its body already read, for the engine to read again. */
  private static final class BufferedBody extends HttpServletRequestWrapper {
    private final byte[] body;

    BufferedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("synchronous reads only");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
