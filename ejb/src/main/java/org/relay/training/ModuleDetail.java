package org.relay.training;

import java.util.List;

/**
 * A module with all its versions, newest first (HR's view).
 *
 * @param revision what the editor saw of the draft ("3.7": version 3, saved 7 times; "none": no
 *     draft): sent back when saving it, so that a save over someone else's is refused
 */
public record ModuleDetail(ModuleSummary module, List<VersionView> versions, String revision) {

  /** The draft HR is working on, if any. */
  public VersionView draft() {
    return versions.stream().filter(v -> v.state() == VersionState.DRAFT).findFirst().orElse(null);
  }
}
