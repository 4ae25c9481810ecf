package org.relay.web.training;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.relay.shared.Actor;
import org.relay.shared.CompanyZone;
import org.relay.shared.RelayException;
import org.relay.shared.Roles;
import org.relay.training.AssignmentView;
import org.relay.training.CompletionView;
import org.relay.training.ComplianceReport;
import org.relay.training.ComplianceReport.PersonModule;
import org.relay.training.ComplianceService;
import org.relay.training.RecordedCompletion;
import org.relay.training.Suggestion;
import org.relay.training.Trainee;
import org.relay.training.TrainingStatus;
import org.relay.web.ChartJson;
import org.relay.web.Messages;
import org.relay.web.Times;

/**
 * Backs {@code training/compliance.xhtml}: HR's matrix by department and module (a table and a
 * chart), who lacks what, the overdue and expiring lists, recording a completion done elsewhere,
 * reminders, the CSV export and the modules suggested to authors.
 */
@Named
@ViewScoped
public class ComplianceView implements Serializable {

  private static final String[] COLOURS = {
    "#2563eb", "#16a34a", "#f59e0b", "#dc2626", "#7c3aed", "#0891b2", "#db2777", "#65a30d"
  };

  @Inject Actor actor;
  @Inject ComplianceService compliance;

  private ComplianceReport report;
  private List<AssignmentView> overdue = List.of();
  private List<PersonModule> expiring = List.of();
  private List<Suggestion> suggestions = List.of();
  private List<PersonModule> filteredPeople;
  private List<Trainee> staff;

  private Long recordModule;
  private String recordUsername;
  private LocalDate recordDate = LocalDate.now(CompanyZone.get());
  private String recordNote;

  private boolean allowed;

  /**
   * Loads the report for HR. Anyone else gets the page's refusal with a 403 and nothing is asked of
   * the service (which would refuse too).
   */
  @PostConstruct
  public void init() {
    allowed = actor.hasRole(Roles.HR);
    if (!allowed) {
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .setResponseStatus(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    load();
  }

  public boolean isAllowed() {
    return allowed;
  }

  public void load() {
    try {
      report = compliance.report(actor);
      overdue = compliance.overdue(actor);
      expiring = compliance.expiring(actor, 30);
      suggestions = compliance.suggestions(actor);
    } catch (RelayException e) {
      Messages.refused(e);
    }
  }

  public void record() {
    try {
      CompletionView done =
          compliance.record(
              actor,
              new RecordedCompletion(
                  recordModule,
                  recordUsername,
                  recordDate == null ? null : recordDate.toString(),
                  recordNote));
      Messages.info(
          "Recorded",
          done.displayName()
              + " completed \""
              + done.moduleTitle()
              + "\"; valid through "
              + Times.lastDayBefore(done.expiresAt())
              + ".");
      recordNote = null;
      recordUsername = null;
    } catch (RelayException e) {
      Messages.refused(e);
    }
    load();
  }

  /** Reminds the person of one assignment now. */
  public void remind(long assignmentId) {
    send(List.of(assignmentId));
  }

  /** Reminds everyone whose assignment is overdue. */
  public void remindAllOverdue() {
    send(List.of());
  }

  private void send(List<Long> ids) {
    try {
      int sent = compliance.sendReminders(actor, ids);
      Messages.info(
          "Reminders sent", sent + (sent == 1 ? " reminder" : " reminders") + " sent now.");
    } catch (RelayException e) {
      Messages.refused(e);
    }
    load();
  }

  /** The report as a CSV file to download. */
  public StreamedContent getCsv() {
    StringBuilder out = new StringBuilder();
    compliance.exportCsv(actor, out);
    byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
    return DefaultStreamedContent.builder()
        .name("training-compliance.csv")
        .contentType("text/csv; charset=UTF-8")
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }

  /**
   * Chart.js configuration: per department, the share of required people with a valid completion of
   * each module.
   */
  public String getChart() {
    if (report == null) {
      return null;
    }
    JsonArrayBuilder labels = Json.createArrayBuilder();
    report.departments().forEach(row -> labels.add(row.department()));
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (int i = 0; i < report.modules().size(); i++) {
      JsonArrayBuilder data = Json.createArrayBuilder();
      int column = i;
      report
          .departments()
          .forEach(
              row -> {
                ComplianceReport.Cell cell = row.cells().get(column);
                if (cell.required() == 0) {
                  data.addNull();
                } else {
                  data.add(cell.percent());
                }
              });
      datasets.add(
          Json.createObjectBuilder()
              .add("label", report.modules().get(i).title())
              .add("data", data)
              .add("backgroundColor", COLOURS[i % COLOURS.length]));
    }
    return ChartJson.of(
        Json.createObjectBuilder()
            .add("type", "bar")
            .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
            .add(
                "options",
                Json.createObjectBuilder()
                    .add("animation", false)
                    .add("maintainAspectRatio", false)
                    .add(
                        "scales",
                        Json.createObjectBuilder()
                            .add(
                                "y",
                                Json.createObjectBuilder()
                                    .add("min", 0)
                                    .add("max", 100)
                                    .add(
                                        "title",
                                        Json.createObjectBuilder()
                                            .add("display", true)
                                            .add("text", "% with a valid completion")))))
            .build());
  }

  /** The people a completion can be recorded for: the directory's staff (read once per page). */
  public List<Trainee> getStaff() {
    if (!allowed) {
      return List.of();
    }
    if (staff == null) {
      staff = compliance.staff(actor);
    }
    return staff;
  }

  public List<TrainingStatus> getStatuses() {
    return List.of(TrainingStatus.values());
  }

  public ComplianceReport getReport() {
    return report;
  }

  public List<AssignmentView> getOverdue() {
    return overdue;
  }

  public List<PersonModule> getExpiring() {
    return expiring;
  }

  public List<Suggestion> getSuggestions() {
    return suggestions;
  }

  public List<PersonModule> getFilteredPeople() {
    return filteredPeople;
  }

  public void setFilteredPeople(List<PersonModule> filteredPeople) {
    this.filteredPeople = filteredPeople;
  }

  public Long getRecordModule() {
    return recordModule;
  }

  public void setRecordModule(Long recordModule) {
    this.recordModule = recordModule;
  }

  public String getRecordUsername() {
    return recordUsername;
  }

  public void setRecordUsername(String recordUsername) {
    this.recordUsername = recordUsername;
  }

  public LocalDate getRecordDate() {
    return recordDate;
  }

  public void setRecordDate(LocalDate recordDate) {
    this.recordDate = recordDate;
  }

  public String getRecordNote() {
    return recordNote;
  }

  public void setRecordNote(String recordNote) {
    this.recordNote = recordNote;
  }
}
