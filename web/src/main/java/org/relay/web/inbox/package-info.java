/** The inbox screen: the open mentions of the signed-in employee's departments. */
package org.relay.web.inbox;
