/**
 * The policy page: the guidelines in plain language, which findings link to, and administrators
 * edit.
 */
package org.relay.web.policy;
