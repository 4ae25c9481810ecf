/** HR's pages: repeated guideline findings per employee. */
package org.relay.web.hr;
