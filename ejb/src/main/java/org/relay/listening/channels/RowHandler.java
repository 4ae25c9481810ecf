package org.relay.listening.channels;

/** Receives the rows of a mention file one at a time, as {@link MentionFileParser} reads them. */
@FunctionalInterface
public interface RowHandler {

  /**
   * @param row the row just read
   * @param bytesRead bytes of the file read so far, for a progress bar; it runs ahead of the row by
   *     at most the parser's read buffer (a few kilobytes)
   */
  void handle(ParsedRow row, long bytesRead);
}
