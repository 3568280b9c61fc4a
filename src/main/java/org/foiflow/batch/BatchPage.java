package org.foiflow.batch;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /batches/BATCH-YYYY-NNNN}: the batch page, one static page that reads its reference from the address. */
@Controller
class BatchPage {

  @GetMapping("/batches/{reference:BATCH-\\d{4}-\\d{4,6}}")
  String page() {
    return "forward:/batches/batch.html";
  }
}
