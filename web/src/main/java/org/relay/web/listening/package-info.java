/** The listening feed and the wallboard: what the public says, for every employee to watch. */
package org.relay.web.listening;
