package org.foiflow.requestpage;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The pages' addresses: /requests/ is the list, /requests/FOI-2026-0042 a request's page. Both
 * are static pages reading /api/requests; the reference is read by the page from its address.
 */
@Controller
class RequestPages {

  @GetMapping({"/requests", "/requests/"})
  String list() {
    return "forward:/requests/index.html";
  }

  @GetMapping("/requests/{reference:FOI-\\d{4}-\\d{4,8}}")
  String request() {
    return "forward:/requests/request.html";
  }
}
