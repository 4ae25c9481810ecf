package org.relay.listening.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.relay.listening.channels.FeedReaderTest.fixtureBytes;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relay.listening.channels.ChannelException.Reason;

class MentionFileParserTest {

  private final MentionFileParser parser = new MentionFileParser();
  private final List<ParsedRow> rows = new ArrayList<>();
  private final List<Long> progress = new ArrayList<>();

  @Test
  void shouldReadQuotedMultilineCsvWithByteOrderMarkAndUnknownColumn() throws Exception {
    parse(fixtureBytes("mentions.csv"), FileFormat.CSV);

    assertThat(rows).extracting(ParsedRow::lineNumber).containsExactly(2L, 3L, 6L, 7L, 9L);
    assertThat(rows.get(0).post())
        .isEqualTo(
            new RawPost(
                "fb-1001",
                "Ana Lima",
                120,
                "Love the new XPS, \"best laptop\" ever",
                "https://social.example/p/1001",
                Instant.parse("2026-11-20T08:15:00Z"),
                null,
                "en"));
    RawPost waiting = rows.get(1).post();
    assertThat(waiting.text()).isEqualTo("Support kept me waiting.\nTwo weeks, no answer.");
    assertThat(waiting.postedAt())
        .as("a date-time without offset is UTC")
        .isEqualTo(Instant.parse("2026-11-21T10:00:00Z"));
    assertThat(waiting.inReplyTo()).isEqualTo("fb-1001");
    assertThat(waiting.url()).isNull();
    assertThat(waiting.authorFollowers()).isNull();
    RawPost multiline = rows.get(4).post();
    assertThat(multiline.text()).isEqualTo("Ends with\nmulti-line\ntext");
    assertThat(multiline.postedAt()).isEqualTo(Instant.parse("2026-11-22T12:30:00Z"));
  }

  @Test
  void shouldReportEveryFieldErrorOfAnInvalidCsvRow() throws Exception {
    parse(fixtureBytes("mentions.csv"), FileFormat.CSV);

    ParsedRow badDate = rows.get(2);
    assertThat(badDate.valid()).isFalse();
    assertThat(badDate.post()).isNull();
    assertThat(badDate.errors())
        .containsExactly(
            "posted_at: '2026-13-01' is not an ISO-8601 date-time",
            "followers: 'many' is not a whole number of 0 or more");
    assertThat(rows.get(3).errors())
        .containsExactly(
            "author: required, but empty",
            "url: 'ftp://x.example/1' is not an http or https address");
  }

  @Test
  void shouldRefuseACsvWithoutARequiredColumnBeforeAnyRow() {
    String csv = "external_id,author,text\nx-1,Ana,Hello\n";

    ChannelException failure = parseFailure(csv, FileFormat.CSV);

    assertThat(failure.reason()).isEqualTo(Reason.INVALID_CONTENT);
    assertThat(failure.getMessage())
        .isEqualTo(
            "The file has no column posted_at. Its first row must name the columns external_id,"
                + " author, text and posted_at; url, followers, in_reply_to, language are"
                + " optional.");
    assertThat(rows).isEmpty();
  }

  @Test
  void shouldSuspectSemicolonsWhenTheOnlyColumnContainsThem() {
    ChannelException failure =
        parseFailure(
            "external_id;author;text;posted_at\nx;y;z;2026-01-01T00:00:00Z\n", FileFormat.CSV);

    assertThat(failure.getMessage())
        .contains("no column external_id, author, text, posted_at")
        .endsWith("Its columns seem separated by semicolons: export it as CSV with commas.");
  }

  @Test
  void shouldRefuseAFileThatIsNotUtf8() {
    byte[] latin1 =
        "external_id,author,text,posted_at\nx-1,J\u00fcrgen,Gr\u00fc\u00dfe,2026-11-20T09:15:00Z\n"
            .getBytes(StandardCharsets.ISO_8859_1);

    ChannelException failure =
        catchThrowableOfType(ChannelException.class, () -> parse(latin1, FileFormat.CSV));

    assertThat(failure.getMessage()).startsWith("The file is not UTF-8 text").contains("CSV UTF-8");
  }

  @Test
  void shouldRefuseACsvWhoseQuoteIsNeverClosed() {
    ChannelException failure =
        parseFailure(
            "external_id,author,text,posted_at\nx-1,Ana,\"never closed,2026-11-20T09:15:00Z\n",
            FileFormat.CSV);

    assertThat(failure.getMessage()).startsWith("The file could not be read near line");
  }

  @Test
  void shouldReadJsonLinesSkippingBlankLinesAndReportingMalformedOnes() throws Exception {
    parse(fixtureBytes("mentions.jsonl"), FileFormat.JSONL);

    assertThat(rows).extracting(ParsedRow::lineNumber).containsExactly(1L, 3L, 4L, 5L, 6L);
    assertThat(rows.get(0).post())
        .isEqualTo(
            new RawPost(
                "tw-1",
                "@ana",
                42,
                "Screen flickers 😞",
                null,
                Instant.parse("2026-11-20T09:15:00Z"),
                null,
                "en"));
    assertThat(rows.get(1).errors()).singleElement().asString().startsWith("not valid JSON: ");
    RawPost reply = rows.get(2).post();
    assertThat(reply.postedAt()).isEqualTo(Instant.parse("2026-11-21T08:00:00Z"));
    assertThat(reply.url()).isEqualTo("https://social.example/tw-3");
    assertThat(reply.inReplyTo()).isEqualTo("tw-1");
    assertThat(rows.get(3).errors()).containsExactly("not a JSON object");
    RawPost numeric = rows.get(4).post();
    assertThat(numeric.externalId()).isEqualTo("42");
    assertThat(numeric.authorFollowers()).isEqualTo(7);
  }

  @Test
  void shouldReportFieldsOfTheWrongJsonType() throws Exception {
    parse(
        "{\"external_id\":\"x\",\"author\":{\"name\":\"Ana\"},\"text\":\"t\",\"posted_at\":\"2026-11-20T09:15:00Z\"}\n"
            .getBytes(StandardCharsets.UTF_8),
        FileFormat.JSONL);

    assertThat(rows.get(0).errors())
        .containsExactly("author: expected text or a number, not object");
  }

  @Test
  void shouldReportBytesReadUpToTheWholeFile() throws Exception {
    byte[] file = fixtureBytes("mentions.jsonl");

    parse(file, FileFormat.JSONL);

    assertThat(progress).isSorted().last().isEqualTo((long) file.length);
  }

  @Test
  void shouldStreamALargeFileRowByRow() throws Exception {
    int rowCount = 20_000;
    long[] firstProgress = {-1};
    long[] seen = {0};

    parser.parse(
        new GeneratedCsv(rowCount),
        FileFormat.CSV,
        (row, bytesRead) -> {
          if (firstProgress[0] < 0) {
            firstProgress[0] = bytesRead;
          }
          if (row.valid()) {
            seen[0]++;
          }
        });

    assertThat(seen[0]).isEqualTo(rowCount);
    assertThat(firstProgress[0])
        .as("the first row arrives before the file is read")
        .isLessThan(64 * 1024);
  }

  private void parse(byte[] file, FileFormat format) throws ChannelException {
    parser.parse(
        new ByteArrayInputStream(file),
        format,
        (row, bytesRead) -> {
          rows.add(row);
          progress.add(bytesRead);
        });
  }

  private ChannelException parseFailure(String file, FileFormat format) {
    return catchThrowableOfType(
        ChannelException.class, () -> parse(file.getBytes(StandardCharsets.UTF_8), format));
  }

  /** A CSV made up while it is read, so no test holds a big file in memory. */
  private static final class GeneratedCsv extends InputStream {

    private final int rows;
    private int next;
    private byte[] chunk = "external_id,author,text,posted_at\n".getBytes(StandardCharsets.UTF_8);
    private int position;

    GeneratedCsv(int rows) {
      this.rows = rows;
    }

    @Override
    public int read() {
      return refill() ? chunk[position++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (length == 0) {
        return 0;
      }
      if (!refill()) {
        return -1;
      }
      int n = Math.min(length, chunk.length - position);
      System.arraycopy(chunk, position, buffer, offset, n);
      position += n;
      return n;
    }

    private boolean refill() {
      if (position < chunk.length) {
        return true;
      }
      if (next == rows) {
        return false;
      }
      next++;
      String row =
          "gen-" + next + ",Author " + next + ",\"Text, row " + next + "\",2026-11-20T09:15:00Z\n";
      chunk = row.getBytes(StandardCharsets.UTF_8);
      position = 0;
      return true;
    }
  }
}
