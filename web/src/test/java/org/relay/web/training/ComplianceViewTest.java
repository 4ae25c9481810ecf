package org.relay.web.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.when;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.relay.shared.Actor;
import org.relay.training.ComplianceReport;
import org.relay.training.ComplianceReport.Cell;
import org.relay.training.ComplianceReport.DepartmentRow;
import org.relay.training.ComplianceReport.ModuleRef;
import org.relay.training.ComplianceService;

/** HR's completion chart shows departments and modules named by people: as text, never as code. */
@ExtendWith(MockitoExtension.class)
class ComplianceViewTest {

  private static final String TITLE = "</script><script>alert(1)</script>";
  private static final String DEPARTMENT = "sales\"</script><img src=x onerror=alert(2)>";

  @Mock ComplianceService compliance;

  @Test
  void shouldSerialiseTitlesIntoTheChartSoThatTheyCannotEndItsScript() {
    Actor hana = new Actor("hana", "Hana", Set.of("hr"), Set.of("employee", "hr"));
    when(compliance.report(hana))
        .thenReturn(
            new ComplianceReport(
                List.of(new ModuleRef(1, TITLE, 1)),
                List.of(new DepartmentRow(DEPARTMENT, List.of(new Cell(1, 2, 1, 0, 1, 0)))),
                List.of()));
    when(compliance.overdue(any())).thenReturn(List.of());
    when(compliance.expiring(any(), anyInt())).thenReturn(List.of());
    when(compliance.suggestions(any())).thenReturn(List.of());
    ComplianceView view = new ComplianceView();
    view.actor = hana;
    view.compliance = compliance;
    view.load();

    String chart = view.getChart();

    assertThat(chart).doesNotContain("</script>", "<script>", "<img");
    JsonObject data = Json.createReader(new StringReader(chart)).readObject().getJsonObject("data");
    assertThat(data.getJsonArray("labels").getString(0)).isEqualTo(DEPARTMENT);
    assertThat(data.getJsonArray("datasets").getJsonObject(0).getString("label")).isEqualTo(TITLE);
  }
}
