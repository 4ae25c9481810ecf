/**
 * Audit: every transition of a mention (who, what, when, from which state to which, and the
 * comment), written in the transaction of the change it records. Depends on {@code shared} only.
 */
package org.relay.audit;
