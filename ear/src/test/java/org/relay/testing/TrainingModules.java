package org.relay.testing;

import com.fasterxml.jackson.databind.JsonNode;
import org.relay.testing.RelayClient.Response;

/**
 * Training modules the black-box tests publish through the API as HR (hana), and their clean-up.
 * Every test module's title starts with {@link #PREFIX}; tests retire their modules afterwards, and
 * {@link #retireLeftovers} retires those an interrupted run left in force, so that no test module
 * ever gates the users other tests rely on.
 */
public final class TrainingModules {

  public static final String PREFIX = "[test] ";
  public static final String HR = "hana";

  private final RelayClient relay;

  public TrainingModules(RelayClient relay) {
    this.relay = relay;
  }

  /**
   * Publishes a module required of the department, with a quiz of two questions: the first single
   * choice (option 1 is right), the second multiple choice (options 0 and 2 are right). Returns its
   * id.
   */
  public long publishQuizFor(String department, String title) {
    Response created = relay.post("/api/training/modules", hr(), quizModule(department, title));
    if (created.status() != 201) {
      throw new IllegalStateException("HR could not create the module: " + created);
    }
    long id = created.json().get("module").get("id").asLong();
    Response published = relay.post("/api/training/modules/" + id + "/publish", hr(), "");
    if (published.status() != 200) {
      throw new IllegalStateException("HR could not publish the module: " + published);
    }
    return id;
  }

  /** The answers that pass the quiz of {@link #publishQuizFor}, for version 1. */
  public static String rightAnswers() {
    return "{\"version\":1,\"answers\":[[1],[0,2]]}";
  }

  public void retire(long id) {
    relay.post("/api/training/modules/" + id + "/retire", hr(), "");
  }

  /** Retires every test module still in force (left by an interrupted run). */
  public void retireLeftovers() {
    Response all = relay.get("/api/training/modules?all=true", hr());
    if (all.status() != 200) {
      throw new IllegalStateException("HR could not list the modules: " + all);
    }
    for (JsonNode module : all.json()) {
      if (module.get("title").asText().startsWith(PREFIX) && !module.get("retired").asBoolean()) {
        retire(module.get("id").asLong());
      }
    }
  }

  public static String quizModule(String department, String title) {
    return """
        {"title":"%s%s","summary":"How we speak for the company","content":"## Say who you are\\n\\nEvery reply says that you work here.",
         "passMark":100,"validityMonths":12,"dueDays":14,"requiredRoles":[],"requiredDepartments":["%s"],
         "coveredRules":["disclosure"],"requiresRecertification":false,
         "questions":[
           {"text":"What does every reply say?","multiple":false,
            "options":[{"text":"Nothing about me","correct":false},{"text":"That I work here","correct":true}]},
           {"text":"Which posts go to PR first?","multiple":true,
            "options":[{"text":"A journalist's question","correct":true},{"text":"How to export data","correct":false},
                       {"text":"A boycott","correct":true}]}]}"""
        .formatted(PREFIX, title, department);
  }

  private String hr() {
    return relay.userToken(HR);
  }
}
