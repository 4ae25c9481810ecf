/** The signed-in employee's profile: their own social handles. */
package org.relay.web.profile;
