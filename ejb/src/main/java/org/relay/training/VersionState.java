package org.relay.training;

/** Where a module version stands: HR edits a draft; a published version never changes again. */
public enum VersionState {
  DRAFT,
  PUBLISHED,
  SUPERSEDED
}
