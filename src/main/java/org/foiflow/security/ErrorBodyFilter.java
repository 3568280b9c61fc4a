package org.foiflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives a JSON body to an error answered with a bare status and nothing else (Camunda's REST login
 * filter answers 401 so): the body would otherwise be empty, with no word of what went wrong.
 * Errors sent with sendError go to {@link JsonErrorController} instead. Not the Camunda webapps'.
 */
class ErrorBodyFilter extends OncePerRequestFilter {

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return CamundaWebapps.serve(request);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var watched = new BodyWatchingResponse(response);
    chain.doFilter(request, watched);
    if (response.getStatus() >= 400 && !watched.answered && !response.isCommitted()) {
      Refusal.write(response, response.getStatus(), ErrorBody.forStatus(response.getStatus()));
    }
  }

  /** Notes whether the chain wrote a body or handed the error to the container. */
  private static final class BodyWatchingResponse extends HttpServletResponseWrapper {

    private boolean answered;

    BodyWatchingResponse(HttpServletResponse response) {
      super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      answered = true;
      return super.getOutputStream();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      answered = true;
      return super.getWriter();
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      answered = true;
      super.sendError(status, message);
    }

    @Override
    public void sendError(int status) throws IOException {
      answered = true;
      super.sendError(status);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
      answered = true;
      super.sendRedirect(location);
    }
  }
}
