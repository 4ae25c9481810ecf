/** The "my work" screen: the mentions the signed-in employee owns. */
package org.relay.web.work;
