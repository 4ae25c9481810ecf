/** Administration screens: for now the engagement steps that failed after all retries. */
package org.relay.web.admin;
