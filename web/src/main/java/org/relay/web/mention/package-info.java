/** The mention screen: the post, its timeline, the draft editor, reviews and the actions. */
package org.relay.web.mention;
