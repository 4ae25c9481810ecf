/**
 * Guidelines: the checks a reply must pass before it is published, each finding explaining which
 * rule, why it exists and how to fix it. Pure logic over configuration; depends on nothing else in
 * Relay.
 */
package org.relay.guidelines;
