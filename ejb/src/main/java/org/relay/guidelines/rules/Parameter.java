package org.relay.guidelines.rules;

/**
 * One parameter an administrator sets on a rule: its name (the key in the rule's settings), what
 * kind of value it takes, and a label and help text for the admin page.
 */
public record Parameter(String name, Kind kind, String label, String help) {

  /** What a parameter holds, and so how it is validated and edited. */
  public enum Kind {
    /** Words or phrases, one per line. */
    TERMS(true),
    /** Phrases, one per line, each naming the company once with {@code {company}}. */
    COMPANY_PHRASES(true),
    /** Java regular expressions, one per line, matched case-insensitively. */
    PATTERNS(true),
    /** Internet domains, one per line ({@code example.com} allows its subdomains too). */
    DOMAINS(true),
    /** Two-letter region codes, one per line, or {@code ALL}. */
    REGIONS(true),
    /** Channel types, one per line (WEBHOOK, FEED, MASTODON, FILE). */
    CHANNEL_TYPES(true),
    /** A number from 0 to 1. */
    RATIO(false),
    /** A whole number from 0. */
    COUNT(false);

    private final boolean list;

    Kind(boolean list) {
      this.list = list;
    }

    public boolean isList() {
      return list;
    }
  }
}
