/** Crises: the banner every page shows while one is active, and PR's page to raise and end them. */
package org.relay.web.crises;
