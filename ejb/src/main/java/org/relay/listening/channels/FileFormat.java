package org.relay.listening.channels;

/** The formats a mention file may come in, both UTF-8 with or without a byte order mark. */
public enum FileFormat {
  /** RFC 4180 CSV whose first row names the columns. */
  CSV,
  /** One JSON object per line. */
  JSONL
}
