package org.relay.training;

import java.util.List;

/** A module with all its versions, newest first (HR's view). */
public record ModuleDetail(ModuleSummary module, List<VersionView> versions) {

  /** The draft HR is working on, if any. */
  public VersionView draft() {
    return versions.stream().filter(v -> v.state() == VersionState.DRAFT).findFirst().orElse(null);
  }
}
