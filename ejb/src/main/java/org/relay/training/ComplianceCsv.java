package org.relay.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.relay.training.ComplianceReport.PersonModule;

/**
 * The compliance report's rows as a CSV file for a spreadsheet or an audit: RFC 4180 (comma, CRLF,
 * a field quoted by Commons CSV when it holds a comma, quote or line break), a header row, UTF-8
 * with a byte-order mark so that spreadsheet programs read names outside ASCII right, and moments
 * in ISO 8601 UTC. A field that would start with {@code = + - @}, a tab or a carriage return is
 * prefixed with an apostrophe: names and titles come from people, and a spreadsheet would otherwise
 * run them as formulas (CSV injection).
 */
final class ComplianceCsv {

  /** The UTF-8 byte-order mark, written first. */
  static final char BOM = '\uFEFF';

  static final String[] HEADER = {
    "username",
    "name",
    "departments",
    "module",
    "status",
    "completed_at",
    "expires_at",
    "source",
    "due_at",
    "overdue",
    "last_reminded_at"
  };

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(HEADER).get();

  private ComplianceCsv() {}

  static void write(List<PersonModule> rows, Appendable out) {
    try {
      out.append(BOM);
      try (CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
        for (PersonModule row : rows) {
          csv.printRecord(
              cell(row.username()),
              cell(row.displayName()),
              cell(String.join(";", new TreeSet<>(row.departments()))),
              cell(row.moduleTitle()),
              cell(row.status()),
              cell(row.completedAt()),
              cell(row.expiresAt()),
              cell(row.source()),
              cell(row.dueAt()),
              cell(row.overdue()),
              cell(row.lastRemindedAt()));
        }
        csv.flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("The CSV export could not be written", e);
    }
  }

  /** The value as text a spreadsheet shows and never evaluates; empty for none. */
  static String cell(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }
}
