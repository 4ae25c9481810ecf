package org.relay.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every model keeps its history as long as the cleanup policy says (180 days, see the README's
 * RELAY_HISTORY_CLEANUP_WINDOW): records Relay must keep longer live in Relay's own tables.
 */
class ModelSettingsTest {

  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  private static final String CAMUNDA_DMN = "http://camunda.org/schema/1.0/dmn";

  @ParameterizedTest
  @ValueSource(strings = {"engagement.bpmn", "training.bpmn"})
  void shouldKeepEveryProcesssHistoryFor180Days(String model) throws Exception {
    List<String> ttls = attributes(model, "process", CAMUNDA);

    assertThat(ttls).isNotEmpty().containsOnly("P180D");
  }

  @ParameterizedTest
  @ValueSource(strings = {"routing.dmn", "review-policy.dmn"})
  void shouldKeepEveryDecisionsHistoryFor180Days(String model) throws Exception {
    List<String> ttls = attributes(model, "decision", CAMUNDA_DMN);

    assertThat(ttls).isNotEmpty().containsOnly("P180D");
  }

  private static List<String> attributes(String model, String element, String namespace)
      throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document document;
    try (InputStream in =
        ModelSettingsTest.class.getResourceAsStream("/org/relay/processes/" + model)) {
      document = factory.newDocumentBuilder().parse(in);
    }
    NodeList nodes = document.getElementsByTagNameNS("*", element);
    List<String> values = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      values.add(((Element) nodes.item(i)).getAttributeNS(namespace, "historyTimeToLive"));
    }
    return values;
  }
}
