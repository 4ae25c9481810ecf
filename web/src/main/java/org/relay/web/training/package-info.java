/**
 * The training pages: an employee's modules, taking a module and its certificate; HR's modules,
 * editor and compliance; the gate notice on the pages where mentions are answered, the menu badge,
 * and the sign-in recorder that lets training assign modules on a first sign-in.
 */
package org.relay.web.training;
