package org.foiflow.authority;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/** Loads the UK public authorities shipped with FOI Flow into the directory at start-up. */
@Component
public class ShippedAuthorities implements ApplicationRunner {

  static final String RESOURCE = "authorities/uk-public-authorities.csv";
  private static final Logger LOG = LoggerFactory.getLogger(ShippedAuthorities.class);

  private final AuthorityCsv csv;
  private final AuthorityImport authorityImport;

  public ShippedAuthorities(AuthorityCsv csv, AuthorityImport authorityImport) {
    this.csv = csv;
    this.authorityImport = authorityImport;
  }

  @Override
  public void run(ApplicationArguments args) {
    List<Authority> shipped = read();
    AuthorityImport.Result result;
    try {
      result = authorityImport.loadShipped(shipped);
    } catch (DuplicateKeyException e) {
      // Another node sharing the database inserted the same rows meanwhile; now they exist.
      result = authorityImport.loadShipped(shipped);
    }
    LOG.info(
        "Authority directory: {} shipped authorities, {} added, {} refreshed",
        shipped.size(), result.imported(), result.updated());
  }

  List<Authority> read() {
    try (Reader reader =
        new InputStreamReader(
            new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8)) {
      return csv.parse(reader).stream().map(AuthorityCsv.Row::authority).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
  }
}
