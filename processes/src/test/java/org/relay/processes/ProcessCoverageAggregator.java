package org.relay.processes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.community.process_test_coverage.core.export.CoverageStateJsonExporter;
import org.camunda.community.process_test_coverage.core.export.CoverageStateResult;
import org.camunda.community.process_test_coverage.core.model.Event;
import org.camunda.community.process_test_coverage.core.model.EventSource;
import org.camunda.community.process_test_coverage.core.model.Model;
import org.camunda.community.process_test_coverage.report.CoverageReportUtil;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Combines the per-class reports that camunda-process-test-coverage writes after each test class
 * into one report for the whole test run, as the library's Maven aggregator plugin would (it is not
 * published to Maven Central): {@code target/process-test-coverage/all/report.html} and {@code
 * report.json}, and a {@code summary.txt} with flow-node and sequence-flow coverage per process,
 * also printed to the build log. Registered with the JUnit Platform through {@code
 * META-INF/services}; only reports written during this run are combined.
 */
public class ProcessCoverageAggregator implements TestExecutionListener {

  private static final Path REPORTS = Path.of("target", "process-test-coverage");
  private static final Path AGGREGATE = REPORTS.resolve("all");

  private FileTime runStarted = FileTime.from(Instant.now());

  @Override
  public void testPlanExecutionStarted(TestPlan testPlan) {
    // File times may be coarser than the clock.
    runStarted = FileTime.from(Instant.now().minusSeconds(2));
  }

  @Override
  public void testPlanExecutionFinished(TestPlan testPlan) {
    List<String> reports = reportsOfThisRun();
    if (reports.isEmpty()) {
      return;
    }
    String combined =
        reports.stream().reduce(CoverageStateJsonExporter::combineCoverageStateResults).get();
    CoverageStateResult result = CoverageStateJsonExporter.readCoverageStateResult(combined);
    String json =
        CoverageStateJsonExporter.createCoverageStateResult(result.getSuites(), result.getModels());
    CoverageReportUtil.writeReport(
        json, false, AGGREGATE.toFile(), "report.json", Function.identity());
    CoverageReportUtil.writeReport(
        json, true, AGGREGATE.toFile(), "report.html", CoverageReportUtil::generateHtml);
    String summary =
        result.getModels().stream()
            .map(model -> summarize(model, result))
            .collect(Collectors.joining(System.lineSeparator()));
    write(AGGREGATE.resolve("summary.txt"), summary + System.lineSeparator());
    System.out.println(
        "Process test coverage (" + AGGREGATE + "):" + System.lineSeparator() + summary);
  }

  private List<String> reportsOfThisRun() {
    if (!Files.isDirectory(REPORTS)) {
      return List.of();
    }
    try (Stream<Path> classDirectories = Files.list(REPORTS)) {
      List<String> reports = new ArrayList<>();
      for (Path directory : classDirectories.filter(d -> !d.equals(AGGREGATE)).toList()) {
        Path report = directory.resolve("report.json");
        if (Files.isRegularFile(report)
            && Files.getLastModifiedTime(report).compareTo(runStarted) >= 0) {
          reports.add(Files.readString(report));
        }
      }
      return reports;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the process coverage reports", e);
    }
  }

  private static String summarize(Model model, CoverageStateResult result) {
    BpmnModelInstance bpmn =
        Bpmn.readModelFromStream(
            new ByteArrayInputStream(model.getXml().getBytes(StandardCharsets.UTF_8)));
    Set<String> flowNodes = ids(bpmn.getModelElementsByType(FlowNode.class));
    Set<String> sequenceFlows = ids(bpmn.getModelElementsByType(SequenceFlow.class));
    Collection<Event> events = result.getEvents(model.getKey());
    Set<String> passedNodes = passed(events, EventSource.FLOW_NODE, flowNodes);
    Set<String> takenFlows = passed(events, EventSource.SEQUENCE_FLOW, sequenceFlows);
    Set<String> missed = new TreeSet<>(flowNodes);
    missed.addAll(sequenceFlows);
    missed.removeAll(passedNodes);
    missed.removeAll(takenFlows);
    int covered = passedNodes.size() + takenFlows.size();
    int total = flowNodes.size() + sequenceFlows.size();
    return String.format(
        "%s: flow nodes %d/%d, sequence flows %d/%d, total %d/%d (%.1f %%, library ratio %.3f);"
            + " not covered: %s",
        model.getKey(),
        passedNodes.size(),
        flowNodes.size(),
        takenFlows.size(),
        sequenceFlows.size(),
        covered,
        total,
        100.0 * covered / total,
        result.calculateCoverage(model),
        missed.isEmpty() ? "none" : String.join(", ", missed));
  }

  private static Set<String> ids(Collection<? extends BaseElement> elements) {
    return elements.stream().map(BaseElement::getId).collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> passed(Collection<Event> events, EventSource source, Set<String> ids) {
    return events.stream()
        .filter(event -> event.getSource() == source)
        .map(Event::getDefinitionKey)
        .filter(ids::contains)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }
}
