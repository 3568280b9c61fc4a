package org.foiflow.deadline;

/**
 * A territory that has its own list of bank or public holidays. The codes are those of the
 * official UK table ({@code england-and-wales}, {@code scotland}, {@code northern-ireland}) plus
 * {@code us} and {@code ireland}; Spring binds them to the constants leniently.
 */
public enum Division {
  ENGLAND_AND_WALES("england-and-wales", "England and Wales"),
  SCOTLAND("scotland", "Scotland"),
  NORTHERN_IRELAND("northern-ireland", "Northern Ireland"),
  US("us", "United States (federal)"),
  IRELAND("ireland", "Ireland");

  private final String code;
  private final String label;

  Division(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static Division ofCode(String code) {
    for (Division division : values()) {
      if (division.code.equals(code)) {
        return division;
      }
    }
    throw new IllegalArgumentException("unknown holiday division: " + code);
  }
}
