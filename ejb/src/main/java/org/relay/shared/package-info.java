/**
 * What every bounded context shares: the acting person ({@link org.relay.shared.Actor}), the domain
 * exceptions the portal and the API turn into messages, and Markdown made safe for pages. Depends
 * on nothing else in Relay.
 */
package org.relay.shared;
