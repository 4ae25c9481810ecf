/** The sandbox channel's public-looking thread: a mention and the replies published to it. */
package org.relay.web.sandbox;
