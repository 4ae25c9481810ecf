import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * How long Camunda's DMN engine takes to evaluate Relay's routing decision, with the engine
 * settings Relay uses (Java FEEL for rules, JUEL for expressions) and with Camunda's defaults
 * (FEEL Scala for everything). Single-threaded; a warm-up round, then measured rounds. The
 * defaults need a copy of routing.dmn in FEEL (the committed one marks its expressions JUEL), which
 * bench/decisions.sh makes.
 *
 *   bench/decisions.sh
 */
public class DecisionBench {

  public static void main(String[] args) throws Exception {
    String model = Files.readString(Path.of(args[0]));
    boolean relaySettings = args.length > 1 && args[1].equals("relay");
    int evaluations = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.enableFeelLegacyBehavior(relaySettings);
    DmnEngine engine = configuration.buildEngine();
    DmnDecision routing =
        engine.parseDecision("routing", new ByteArrayInputStream(model.getBytes()));
    String[] topics = {"outage", "billing", "product", "complaint", "praise", "legal", "question"};
    String[] reach = {"UNKNOWN", "LOW", "MEDIUM", "HIGH"};
    String[] sentiment = {"POSITIVE", "NEUTRAL", "NEGATIVE"};
    Map<String, Object> last = null;
    for (int round = 0; round < 4; round++) {
      long started = System.nanoTime();
      for (int i = 0; i < evaluations; i++) {
        VariableMap variables =
            Variables.createVariables()
                .putValue("topic", topics[i % topics.length])
                .putValue("channel", i % 2 == 0 ? "webhook" : "mastodon")
                .putValue("urgent", i % 5 == 0)
                .putValue("reach", reach[i % reach.length])
                .putValue("sentiment", sentiment[i % sentiment.length]);
        last = engine.evaluateDecision(routing, variables).getSingleResult().getEntryMap();
      }
      double micros = (System.nanoTime() - started) / 1e3 / evaluations;
      System.out.printf(
          "%s round %d: %.1f µs per routing decision (%d evaluations)%n",
          round == 0 ? "warm-up" : "measured",
          round,
          micros,
          evaluations);
    }
    System.out.println("last result: " + last);
  }
}
