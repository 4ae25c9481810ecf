/** The canned-message library page: PR and administrators maintain it, employees read it. */
package org.relay.web.canned;
