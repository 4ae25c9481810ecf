package org.relay.training;

import java.util.List;
import java.util.stream.Collectors;
import org.relay.shared.NotAllowedException;

/**
 * The actor lacks current training that is required of them, so they may not claim mentions or
 * submit drafts yet. {@link #missing()} names each module (with its id, so that the portal and API
 * clients can link to it).
 */
public class TrainingRequiredException extends NotAllowedException {

  private final transient List<MissingModule> missing;

  public TrainingRequiredException(List<MissingModule> missing) {
    super(
        "Complete your training before you answer mentions: "
            + missing.stream()
                .map(m -> "\"" + m.title() + "\" (" + m.reason() + ")")
                .collect(Collectors.joining(", "))
            + (missing.size() == 1 ? ". Take it" : ". Take them")
            + " under Training; listening stays open to you meanwhile.");
    this.missing = List.copyOf(missing);
  }

  public List<MissingModule> missing() {
    return missing;
  }

  @Override
  public String title() {
    return "Training required";
  }
}
