/** The review queue of legal and PR: the drafts the review policy sent them. */
package org.relay.web.review;
