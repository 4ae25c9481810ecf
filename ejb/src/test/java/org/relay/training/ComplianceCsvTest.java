package org.relay.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.relay.training.ComplianceReport.PersonModule;

/** The CSV export: what a spreadsheet opens is data, never a formula, and reads back unchanged. */
class ComplianceCsvTest {

  private static final Instant DONE = Instant.parse("2026-03-14T10:00:00Z");

  @Test
  void shouldNeutraliseEveryCellThatASpreadsheetWouldRunAsAFormula() {
    String csv =
        export(
            row("=HYPERLINK(\"http://evil.example\",\"click\")", "+1 Sales", "-2", "@SUM(A1)"),
            row("\tTab", "\rReturn", "plain", "Ana, \"the\" trainer"));

    List<CSVRecord> records = parse(csv);
    assertThat(records.get(0).get("username"))
        .isEqualTo("'=HYPERLINK(\"http://evil.example\",\"click\")");
    assertThat(records.get(0).get("name")).isEqualTo("'+1 Sales");
    assertThat(records.get(0).get("departments")).isEqualTo("'-2");
    assertThat(records.get(0).get("module")).isEqualTo("'@SUM(A1)");
    assertThat(records.get(1).get("username")).isEqualTo("'\tTab");
    assertThat(records.get(1).get("name")).isEqualTo("'\rReturn");
    assertThat(records.get(1).get("departments")).isEqualTo("plain");
    assertThat(records.get(1).get("module"))
        .as("commas and quotes are quoted by the library, not mangled")
        .isEqualTo("Ana, \"the\" trainer");
  }

  @Test
  void shouldWriteUtf8WithAByteOrderMarkAHeaderAndIsoMomentsInCrlfLines() {
    String csv = export(row("zoë", "Zoë Ünal", "support", "Speaking for the company"));

    assertThat(csv).startsWith("\uFEFFusername,name,departments,module,status,");
    assertThat(csv).contains("\r\n").endsWith("\r\n");
    CSVRecord record = parse(csv).get(0);
    assertThat(record.get("name")).isEqualTo("Zoë Ünal");
    assertThat(record.get("completed_at")).isEqualTo("2026-03-14T10:00:00Z");
    assertThat(record.get("status")).isEqualTo("CURRENT");
    assertThat(record.get("due_at")).isEmpty();
  }

  private static PersonModule row(String username, String name, String department, String title) {
    return new PersonModule(
        username,
        name,
        Set.of(department),
        1,
        title,
        TrainingStatus.CURRENT,
        DONE,
        DONE.plusSeconds(3600),
        CompletionSource.QUIZ,
        null,
        null,
        null,
        false);
  }

  private static String export(PersonModule... rows) {
    StringBuilder out = new StringBuilder();
    ComplianceCsv.write(List.of(rows), out);
    return out.toString();
  }

  private static List<CSVRecord> parse(String csv) {
    try {
      return CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(new StringReader(csv.substring(1)))
          .getRecords();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
