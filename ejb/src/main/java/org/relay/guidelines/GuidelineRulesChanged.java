package org.relay.guidelines;

/** Fired when an administrator changed a rule's settings. */
public record GuidelineRulesChanged(String ruleId) {}
