/** Who is signed in: the actor built from the OIDC token WildFly verified, and signing out. */
package org.relay.web.security;
