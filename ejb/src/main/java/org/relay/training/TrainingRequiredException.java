package org.relay.training;

import java.util.List;
import java.util.stream.Collectors;
import org.relay.shared.NotAllowedException;

/**
 * The actor (or the colleague a mention would be given to) lacks current training that is required
 * of them, so they may not claim mentions or submit drafts yet. {@link #missing()} names each
 * module (with its id, so that the portal and API clients can link to it).
 */
public class TrainingRequiredException extends NotAllowedException {

  private final transient List<MissingModule> missing;

  public TrainingRequiredException(List<MissingModule> missing) {
    this(
        "Complete your training before you answer mentions: "
            + names(missing)
            + (missing.size() == 1 ? ". Take it" : ". Take them")
            + " under Training; listening stays open to you meanwhile.",
        missing);
  }

  private TrainingRequiredException(String message, List<MissingModule> missing) {
    super(message);
    this.missing = List.copyOf(missing);
  }

  /** Someone else lacks the training, so the mention cannot be given to them. */
  public static TrainingRequiredException ofColleague(String name, List<MissingModule> missing) {
    return new TrainingRequiredException(
        name
            + " cannot take this mention before completing "
            + names(missing)
            + ": give it to someone trained, or ask them to take "
            + (missing.size() == 1 ? "it" : "them")
            + " first.",
        missing);
  }

  private static String names(List<MissingModule> missing) {
    return missing.stream()
        .map(m -> "\"" + m.title() + "\" (" + m.reason() + ")")
        .collect(Collectors.joining(", "));
  }

  public List<MissingModule> missing() {
    return missing;
  }

  @Override
  public String title() {
    return "Training required";
  }
}
