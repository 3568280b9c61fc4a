package org.foiflow.authority;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tags of an authority: lower-case words separated by spaces, as WhatDoTheyKnow writes them
 * ("police police-scotland"), with "key:value" tags such as "charity:12345" allowed.
 */
public final class AuthorityTags {

  public static final int MAX_TAG = 60;
  /** The database column's size. */
  static final int MAX_STORED = 1000;
  private static final Pattern TAG = Pattern.compile("[a-z0-9][a-z0-9:._-]{0," + (MAX_TAG - 1) + "}");

  private AuthorityTags() {}

  /** Whether {@code tag} is a tag FOI Flow can store and search for. */
  public static boolean isTag(String tag) {
    return tag != null && TAG.matcher(tag).matches();
  }

  /** The tags of a cell, lower-cased, duplicates dropped; empty for null or blank. */
  static List<String> parse(String cell) {
    if (cell == null || cell.isBlank()) {
      return List.of();
    }
    return List.copyOf(new LinkedHashSet<>(Arrays.asList(cell.strip().toLowerCase(Locale.ROOT).split("\\s+"))));
  }

  /** The first tag that is not one, or null. */
  static String firstInvalid(List<String> tags) {
    return tags.stream().filter(t -> !isTag(t)).findFirst().orElse(null);
  }

  /** As stored: a space at each end, so that LIKE '% tag %' finds a whole tag; null for none. */
  static String stored(List<String> tags) {
    return tags.isEmpty() ? null : " " + String.join(" ", tags) + " ";
  }

  /**
   * Tags of a list FOI Flow does not control (WhatDoTheyKnow's): those that are not tags, and
   * those beyond the column's size, are left out instead of refusing thousands of rows.
   */
  static List<String> lenient(String cell) {
    StringBuilder kept = new StringBuilder(" ");
    List<String> tags = new java.util.ArrayList<>();
    for (String tag : parse(cell)) {
      if (isTag(tag) && kept.length() + tag.length() + 1 <= MAX_STORED) {
        kept.append(tag).append(' ');
        tags.add(tag);
      }
    }
    return List.copyOf(tags);
  }
}
