/**
 * Directory: departments and their members as Keycloak knows them (groups under {@code
 * /departments}), read with the admin client through the portal client's service account. Relay
 * keeps no user table of its own. Depends on {@code shared} and {@code infrastructure}.
 */
package org.relay.directory;
