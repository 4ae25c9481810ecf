/**
 * Engine integration: the embedded Camunda engine (bootstrap, CDI expressions, managed job threads)
 * and the thin delegates and adapters through which the process calls the services and the services
 * reach the process. The only package that imports Camunda.
 */
package org.relay.workflow;
