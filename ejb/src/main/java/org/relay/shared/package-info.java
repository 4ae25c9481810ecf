/**
 * What every bounded context shares: the acting person ({@link org.relay.shared.Actor}) and the
 * domain exceptions the portal and the API turn into messages. Depends on nothing else in Relay.
 */
package org.relay.shared;
