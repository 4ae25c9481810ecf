/**
 * Administration screens: channels and webhook clients, topics, terms and listening queries, file
 * imports, and the engagement steps that failed after all retries.
 */
package org.relay.web.admin;
