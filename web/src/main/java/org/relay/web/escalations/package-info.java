/** The department lead's escalations: overdue mentions and the lead's own queue. */
package org.relay.web.escalations;
