package org.foiflow.authority;

import static org.foiflow.input.SentValue.quoted;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.foiflow.contract.IsoDates;
import org.foiflow.contract.Regime;
import org.foiflow.deadline.SchoolTerms;
import org.foiflow.input.SpreadsheetFormulas;
import org.springframework.stereotype.Component;

/**
 * Reads authorities from CSV with the columns name,foi_email,default_regime[,website][,term_dates]
 * [,short_name][,tags][,email_source][,email_checked_on] (term_dates: a school's terms, {@link
 * SchoolTerms}; tags separated by spaces; foi_email may be empty: the authority needs an address;
 * header row required, any column order, header case ignored), or WhatDoTheyKnow's export
 * {@code all-authorities.csv} (Name, Short name, Tags, Home page, ...), which has no addresses
 * and no law: its new authorities are under UK_FOIA until someone says otherwise. Every row is validated before anything is
 * returned, so a caller either gets the whole file or an {@link AuthorityCsvException} naming the
 * first bad line and field.
 */
@Component
public class AuthorityCsv {

  public static final int MAX_ROWS = 100_000;

  static final String NAME = "name";
  static final String EMAIL = "foi_email";
  static final String REGIME = "default_regime";
  static final String WEBSITE = "website";
  static final String TERM_DATES = "term_dates";
  static final String SHORT_NAME = "short_name";
  static final String TAGS = "tags";
  static final String EMAIL_SOURCE = "email_source";
  static final String EMAIL_CHECKED_ON = "email_checked_on";
  /** WhatDoTheyKnow's column for the website; its presence (without foi_email) marks its export. */
  static final String WDTK_HOME_PAGE = "home page";
  static final String WDTK_SHORT_NAME = "short name";
  private static final List<String> REQUIRED = List.of(NAME, EMAIL, REGIME);
  /** Record component to CSV column, in the order problems are reported. */
  private static final Map<String, String> COLUMN_OF =
      Map.of("name", NAME, "email", EMAIL, "regime", REGIME, "website", WEBSITE, "termDates", TERM_DATES,
          "shortName", SHORT_NAME, "emailSource", EMAIL_SOURCE);
  private static final List<String> COLUMN_ORDER =
      List.of(NAME, EMAIL, REGIME, WEBSITE, TERM_DATES, SHORT_NAME, TAGS, EMAIL_SOURCE, EMAIL_CHECKED_ON);
  private static final String REGIME_CODES =
      Arrays.stream(Regime.values()).map(Regime::name).collect(Collectors.joining(", ", "(", ")"));

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setIgnoreHeaderCase(true)
          .setTrim(true)
          .setAllowMissingColumnNames(true)
          .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_EMPTY)
          // Blank lines come through as records so that record start lines match file lines.
          .setIgnoreEmptyLines(false)
          .get();

  /**
   * One valid data row and the file line it starts on; {@code fromWhatDoTheyKnow}: its address
   * and law are not given, so an import keeps those an authority already has.
   */
  public record Row(long line, Authority authority, boolean fromWhatDoTheyKnow) {
    public Row(long line, Authority authority) {
      this(line, authority, false);
    }
  }

  private final Validator validator;

  public AuthorityCsv(Validator validator) {
    this.validator = validator;
  }

  /** Parses and validates the whole CSV; the reader is not closed. */
  public List<Row> parse(Reader csv) {
    try (CSVParser parser = open(csv)) {
      boolean whatDoTheyKnow = isWhatDoTheyKnow(parser);
      if (!whatDoTheyKnow) {
        checkHeader(parser);
      }
      List<Row> rows = new ArrayList<>();
      Map<String, Long> lineOfName = new HashMap<>();
      var records = parser.iterator();
      while (true) {
        long line = parser.getCurrentLineNumber() + 1;
        if (!hasNext(records, line)) {
          return rows;
        }
        CSVRecord record = records.next();
        if (isBlank(record)) {
          continue;
        }
        if (rows.size() == MAX_ROWS) {
          throw new AuthorityCsvException(line, String.format(Locale.UK, "more than %,d rows; split the file", MAX_ROWS));
        }
        Authority authority = whatDoTheyKnow ? fromWhatDoTheyKnow(record, line) : toAuthority(record, line);
        Long firstLine = lineOfName.putIfAbsent(Authority.nameKey(authority.name()), line);
        if (firstLine != null) {
          throw new AuthorityCsvException(
              line, NAME + " " + quoted(authority.name()) + " is already on line " + firstLine);
        }
        rows.add(new Row(line, authority, whatDoTheyKnow));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Opens the parser, which reads the header line straight away. */
  private static CSVParser open(Reader csv) throws IOException {
    try {
      return CSVParser.parse(withoutByteOrderMark(csv), FORMAT);
    } catch (IllegalArgumentException e) {
      // With missing column names allowed, a repeated column is the only header Commons CSV rejects.
      throw new AuthorityCsvException(1, "the header names a column twice");
    } catch (CSVException e) {
      throw new AuthorityCsvException(1, "malformed CSV (" + e.getMessage() + ")");
    }
  }

  private static boolean isWhatDoTheyKnow(CSVParser parser) {
    Set<String> columns =
        parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    return columns.contains(WDTK_HOME_PAGE) && columns.contains(NAME) && !columns.contains(EMAIL);
  }

  /** A row of WhatDoTheyKnow's export: name, short name, tags and home page; no address, no law. */
  private Authority fromWhatDoTheyKnow(CSVRecord record, long line) {
    String website = value(record, WDTK_HOME_PAGE);
    // Its home pages are often written without the scheme ("www.example.gov.uk").
    if (website != null && !website.matches("(?i)https?://.*")) {
      website = "https://" + website;
    }
    Authority authority =
        new Authority(
            value(record, NAME), null, Regime.UK_FOIA, website, null, value(record, WDTK_SHORT_NAME),
            AuthorityTags.lenient(value(record, TAGS)), null, null);
    Map<String, String> problems = problems(authority, record, List.of(NAME, WDTK_SHORT_NAME));
    if (problems.containsKey(WEBSITE)) {
      // A home page we cannot use is no reason to refuse the body.
      authority =
          new Authority(authority.name(), null, Regime.UK_FOIA, null, null, authority.shortName(), authority.tags(), null, null);
      problems.remove(WEBSITE);
    }
    firstProblem(problems, line);
    return authority;
  }

  private static void checkHeader(CSVParser parser) {
    Set<String> columns =
        parser.getHeaderNames().stream()
            .map(h -> h.toLowerCase(Locale.ROOT))
            .collect(Collectors.toSet());
    for (String column : REQUIRED) {
      if (!columns.contains(column)) {
        throw new AuthorityCsvException(
            1,
            "missing column '" + column + "' (expected name,foi_email,default_regime[,website][,term_dates])");
      }
    }
  }

  /** The parser reads ahead when asked for the next record; malformed quoting surfaces here. */
  private static boolean hasNext(Iterator<CSVRecord> records, long line) {
    try {
      return records.hasNext();
    } catch (UncheckedIOException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new AuthorityCsvException(line, "malformed CSV (" + cause.getMessage() + ")");
    }
  }

  private Authority toAuthority(CSVRecord record, long line) {
    String code = value(record, REGIME);
    Regime regime = code == null ? null : regime(code);
    List<String> tags = AuthorityTags.parse(value(record, TAGS));
    String checked = value(record, EMAIL_CHECKED_ON);
    LocalDate checkedOn = null;
    Map<String, String> dateProblem = new HashMap<>();
    if (checked != null) {
      try {
        checkedOn = IsoDates.parse(checked);
      } catch (DateTimeParseException e) {
        dateProblem.put(EMAIL_CHECKED_ON, EMAIL_CHECKED_ON + " " + quoted(checked) + " is not a date (YYYY-MM-DD)");
      }
    }
    Authority authority =
        new Authority(
            value(record, NAME), value(record, EMAIL), regime, value(record, WEBSITE), value(record, TERM_DATES),
            value(record, SHORT_NAME), tags, value(record, EMAIL_SOURCE), checkedOn);
    Map<String, String> problems = problems(authority, record, List.of(NAME, EMAIL, WEBSITE, SHORT_NAME, EMAIL_SOURCE));
    problems.putAll(dateProblem);
    String badTag = AuthorityTags.firstInvalid(tags);
    if (badTag != null) {
      problems.put(TAGS, TAGS + ": " + quoted(badTag) + " is not a tag (lower-case letters, digits, - _ . : and at most "
          + AuthorityTags.MAX_TAG + " characters; tags are separated by spaces)");
    } else if (tags.stream().mapToInt(t -> t.length() + 1).sum() + 1 > AuthorityTags.MAX_STORED) {
      problems.put(TAGS, TAGS + " are longer than " + AuthorityTags.MAX_STORED + " characters");
    }
    try {
      SchoolTerms.parse(authority.termDates());
    } catch (IllegalArgumentException e) {
      problems.putIfAbsent(TERM_DATES, TERM_DATES + ": " + e.getMessage());
    }
    if (code != null && regime == null) {
      problems.put(REGIME, REGIME + " " + quoted(code) + " is not a known regime " + REGIME_CODES);
    }
    firstProblem(problems, line);
    return authority;
  }

  /** What the record's constraints say, and cells a spreadsheet would run as a formula. */
  private Map<String, String> problems(Authority authority, CSVRecord record, List<String> textColumns) {
    Map<String, String> problems = new HashMap<>();
    for (ConstraintViolation<Authority> v : validator.validate(authority)) {
      problems.putIfAbsent(column(v), describe(v));
    }
    for (String column : textColumns) {
      String text = value(record, column);
      if (SpreadsheetFormulas.startsFormula(text)) {
        problems.putIfAbsent(column, column + " " + quoted(text)
            + " starts with a character spreadsheets run as a formula (= + - @); remove it");
      }
    }
    return problems;
  }

  /** Reports the leftmost bad field, as a person reading the row would find it. */
  private static void firstProblem(Map<String, String> problems, long line) {
    for (String column : COLUMN_ORDER) {
      if (problems.containsKey(column)) {
        throw new AuthorityCsvException(line, problems.get(column));
      }
    }
    if (!problems.isEmpty()) {
      throw new AuthorityCsvException(line, problems.values().iterator().next());
    }
  }

  /** Regime codes are matched ignoring case; null when the code is unknown. */
  private static Regime regime(String code) {
    try {
      return Regime.valueOf(code.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }

  /** Trimmed value, or null when the column is absent or blank (so only @NotBlank reports it). */
  private static String value(CSVRecord record, String column) {
    if (!record.isSet(column)) {
      return null;
    }
    String value = record.get(column);
    return value.isBlank() ? null : value;
  }

  private static boolean isBlank(CSVRecord record) {
    return record.stream().allMatch(String::isBlank);
  }

  private static String column(ConstraintViolation<Authority> violation) {
    return COLUMN_OF.getOrDefault(violation.getPropertyPath().toString(), violation.getPropertyPath().toString());
  }

  private static String describe(ConstraintViolation<Authority> violation) {
    Object value = violation.getInvalidValue();
    String shown = value == null ? "" : " " + quoted(value);
    return column(violation) + shown + " " + violation.getMessage();
  }

  /** Spreadsheet programs often save UTF-8 CSV with a BOM, which would stick to the first column. */
  private static Reader withoutByteOrderMark(Reader csv) throws IOException {
    PushbackReader reader = new PushbackReader(csv, 1);
    int first = reader.read();
    if (first != -1 && first != '\uFEFF') {
      reader.unread(first);
    }
    return reader;
  }
}
