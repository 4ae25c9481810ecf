package org.relay.listening.channels;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.relay.listening.channels.ChannelException.Reason;

/**
 * Reads a file of mentions exported elsewhere (CSV or JSON Lines) row by row, without holding the
 * file in memory. Each row becomes a {@link RawPost} or a list of errors a person can fix in the
 * file; only a file that cannot be read at all fails as a whole. Thread-safe: it keeps no state.
 *
 * <p>Fields: {@code external_id}, {@code author}, {@code text} and {@code posted_at} (ISO-8601,
 * with an offset or else taken as UTC) are required; {@code url}, {@code followers}, {@code
 * in_reply_to} and {@code language} are optional; anything else is ignored.
 */
public final class MentionFileParser {

  public static final List<String> REQUIRED = List.of("external_id", "author", "text", "posted_at");
  public static final List<String> OPTIONAL =
      List.of("url", "followers", "in_reply_to", "language");

  /** The longest JSON Lines line read; a longer line is an invalid row, not a memory problem. */
  static final int MAX_LINE_CHARS = 1_000_000;

  private static final JsonProvider JSON = JsonProvider.provider();
  private static final Pattern SPACED_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d.*");

  /**
   * Reads the file and hands every row to {@code handler}, in order. The caller owns {@code in} and
   * closes it.
   *
   * @throws ChannelException when the file cannot be read at all: not UTF-8, a CSV without a
   *     required column or with an unterminated quote; rows already handed on stay handed on
   */
  public void parse(InputStream in, FileFormat format, RowHandler handler) throws ChannelException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(handler, "handler");
    CountingInputStream counted = new CountingInputStream(in);
    try {
      BufferedReader reader = utf8(counted);
      if (format == FileFormat.CSV) {
        parseCsv(reader, counted, handler);
      } else {
        parseJsonLines(reader, counted, handler);
      }
    } catch (IOException e) {
      throw unreadable(e, -1);
    }
  }

  private static void parseCsv(
      BufferedReader reader, CountingInputStream counted, RowHandler handler)
      throws ChannelException {
    CSVFormat csv = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
    CSVParser parser;
    try {
      // Not closed here: closing it would close the caller's stream.
      parser = CSVParser.builder().setReader(reader).setFormat(csv).get();
    } catch (IOException | UncheckedIOException e) {
      throw unreadable(e, 1);
    }
    Iterator<CSVRecord> records = parser.iterator();
    CSVRecord header = next(records, parser);
    if (header == null) {
      throw new ChannelException(
          Reason.INVALID_CONTENT,
          "The file is empty: its first row must name the columns " + columnList() + ".");
    }
    Map<String, Integer> columns = columns(header);
    for (CSVRecord record = next(records, parser); record != null; record = next(records, parser)) {
      if (record.stream().allMatch(value -> value == null || value.isBlank())) {
        continue; // spreadsheets export trailing rows of empty cells
      }
      long line = parser.getCurrentLineNumber() - lineBreaksIn(record);
      CSVRecord current = record;
      handler.handle(
          row(line, field -> value(current, columns.get(field)), new ArrayList<>()),
          counted.count());
    }
  }

  /**
   * The next record, or {@code null} at the end. Commons CSV reports unreadable input (bad UTF-8,
   * an unterminated quote) as unchecked exceptions while iterating.
   */
  private static CSVRecord next(Iterator<CSVRecord> records, CSVParser parser)
      throws ChannelException {
    try {
      return records.hasNext() ? records.next() : null;
    } catch (UncheckedIOException | IllegalStateException e) {
      throw unreadable(e, parser.getCurrentLineNumber() + 1);
    }
  }

  /** Column positions by lower-case name; fails if a required column is missing. */
  private static Map<String, Integer> columns(CSVRecord header) throws ChannelException {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      columns.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
    }
    List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
    if (missing.isEmpty()) {
      return columns;
    }
    String semicolons =
        header.size() == 1 && header.get(0).contains(";")
            ? " Its columns seem separated by semicolons: export it as CSV with commas."
            : "";
    throw new ChannelException(
        Reason.INVALID_CONTENT,
        "The file has no column "
            + String.join(", ", missing)
            + ". Its first row must name the columns "
            + columnList()
            + "; "
            + String.join(", ", OPTIONAL)
            + " are optional."
            + semicolons);
  }

  private static String value(CSVRecord record, Integer column) {
    return column == null || column >= record.size() ? null : record.get(column);
  }

  private static long lineBreaksIn(CSVRecord record) {
    return record.stream()
        .filter(Objects::nonNull)
        .mapToLong(
            value ->
                value.replace("\r\n", "\n").chars().filter(c -> c == '\n' || c == '\r').count())
        .sum();
  }

  private static void parseJsonLines(
      BufferedReader reader, CountingInputStream counted, RowHandler handler)
      throws ChannelException {
    long line = 0;
    try {
      for (String text = readLine(reader); text != null; text = readLine(reader)) {
        line++;
        if (text.isBlank()) {
          continue;
        }
        handler.handle(jsonRow(line, text), counted.count());
      }
    } catch (IOException e) {
      throw unreadable(e, line + 1);
    }
  }

  private static ParsedRow jsonRow(long line, String text) {
    if (text.length() > MAX_LINE_CHARS) {
      return new ParsedRow(
          line, null, List.of("the line is longer than " + MAX_LINE_CHARS + " characters"));
    }
    JsonValue value;
    try (JsonReader json = JSON.createReader(new StringReader(text))) {
      value = json.readValue();
    } catch (JsonException e) {
      return new ParsedRow(line, null, List.of("not valid JSON: " + e.getMessage()));
    }
    if (!(value instanceof JsonObject object)) {
      return new ParsedRow(line, null, List.of("not a JSON object"));
    }
    List<String> errors = new ArrayList<>();
    return row(line, field -> jsonField(object, field, errors), errors);
  }

  private static String jsonField(JsonObject object, String field, List<String> errors) {
    JsonValue value = object.get(field);
    if (value == null || value == JsonValue.NULL) {
      return null;
    }
    if (value instanceof JsonString string) {
      return string.getString();
    }
    if (value instanceof JsonNumber || value == JsonValue.TRUE || value == JsonValue.FALSE) {
      return value.toString();
    }
    errors.add(
        field
            + ": expected text or a number, not "
            + value.getValueType().name().toLowerCase(Locale.ROOT));
    return null;
  }

  /**
   * The next line without its terminator, or {@code null} at the end. A line longer than {@link
   * #MAX_LINE_CHARS} is read to its end but only its first characters are kept.
   */
  private static String readLine(BufferedReader reader) throws IOException {
    StringBuilder line = new StringBuilder();
    int c = reader.read();
    if (c < 0) {
      return null;
    }
    while (c >= 0 && c != '\n') {
      if (line.length() <= MAX_LINE_CHARS) {
        line.append((char) c);
      }
      c = reader.read();
    }
    int end = line.length();
    return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
  }

  /** A row's post from its fields, or every error in them. */
  private static ParsedRow row(long line, Function<String, String> field, List<String> errors) {
    String externalId = required(field, "external_id", errors);
    String author = required(field, "author", errors);
    String text = required(field, "text", errors);
    String postedAtText = required(field, "posted_at", errors);
    Instant postedAt = postedAtText == null ? null : postedAt(postedAtText, errors);

    String urlText = optional(field, "url");
    String url = PlainText.webAddress(urlText);
    if (urlText != null && url == null) {
      errors.add("url: '" + urlText + "' is not an http or https address");
    }
    String followersText = optional(field, "followers");
    Integer followers = followersText == null ? null : followers(followersText, errors);
    String languageText = optional(field, "language");
    String language = PlainText.languageCode(languageText);
    if (languageText != null && language == null) {
      errors.add("language: '" + languageText + "' is not a two-letter language code such as 'de'");
    }
    if (!errors.isEmpty()) {
      return new ParsedRow(line, null, errors);
    }
    RawPost post =
        new RawPost(
            externalId,
            author,
            followers,
            PlainText.cap(PlainText.tidy(text)),
            url,
            postedAt,
            optional(field, "in_reply_to"),
            language);
    return new ParsedRow(line, post, List.of());
  }

  private static String required(Function<String, String> field, String name, List<String> errors) {
    String value = optional(field, name);
    boolean reported = errors.stream().anyMatch(error -> error.startsWith(name + ":"));
    if (value == null && !reported) {
      errors.add(name + ": required, but empty");
    }
    return value;
  }

  private static String optional(Function<String, String> field, String name) {
    String value = field.apply(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** ISO-8601 with an offset, or without one taken as UTC; a space may stand for the "T". */
  private static Instant postedAt(String text, List<String> errors) {
    String iso = SPACED_DATE_TIME.matcher(text).matches() ? text.replaceFirst(" ", "T") : text;
    try {
      return OffsetDateTime.parse(iso).toInstant();
    } catch (DateTimeParseException withoutOffset) {
      try {
        return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException e) {
        errors.add("posted_at: '" + text + "' is not an ISO-8601 date-time");
        return null;
      }
    }
  }

  private static Integer followers(String text, List<String> errors) {
    try {
      int followers = Integer.parseInt(text);
      if (followers >= 0) {
        return followers;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    errors.add("followers: '" + text + "' is not a whole number of 0 or more");
    return null;
  }

  /** UTF-8, a leading byte order mark skipped, and bytes that are not UTF-8 refused. */
  private static BufferedReader utf8(InputStream in) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in);
    buffered.mark(3);
    byte[] start = buffered.readNBytes(3);
    boolean bom =
        start.length == 3
            && (start[0] & 0xFF) == 0xEF
            && (start[1] & 0xFF) == 0xBB
            && (start[2] & 0xFF) == 0xBF;
    if (!bom) {
      buffered.reset();
    }
    Reader decoded =
        new InputStreamReader(
            buffered,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    return new BufferedReader(decoded);
  }

  private static ChannelException unreadable(Exception e, long line) {
    String where = line > 0 ? " near line " + line : "";
    Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CharacterCodingException) {
        return new ChannelException(
            Reason.INVALID_CONTENT,
            "The file is not UTF-8 text"
                + where
                + ": save or export it as UTF-8 (in Excel: \"CSV UTF-8\") and import it again.",
            e);
      }
    }
    return new ChannelException(
        Reason.INVALID_CONTENT,
        "The file could not be read" + where + ": " + cause.getMessage(),
        e);
  }

  private static String columnList() {
    return String.join(", ", REQUIRED.subList(0, REQUIRED.size() - 1))
        + " and "
        + REQUIRED.get(REQUIRED.size() - 1);
  }
}
