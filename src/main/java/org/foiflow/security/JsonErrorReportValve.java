package org.foiflow.security;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.MediaType;

/**
 * Tomcat's own error report, for what never reaches FOI Flow (a URL Tomcat cannot parse gets 400
 * before any servlet): the same JSON line as {@link JsonErrorController} instead of an HTML page.
 */
class JsonErrorReportValve extends ErrorReportValve {

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    try {
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(ErrorBody.forStatus(status));
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException unwritable) {
      // The connection is gone or the response already started: nothing more can be sent.
    }
  }
}
