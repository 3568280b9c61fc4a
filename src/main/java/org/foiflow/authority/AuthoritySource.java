package org.foiflow.authority;

/** Where a directory row came from; decides whether the shipped list may overwrite it. */
enum AuthoritySource {
  /** From the CSV shipped with FOI Flow. */
  SHIPPED,
  /** Uploaded by a user; the shipped list never overwrites it. */
  IMPORTED
}
