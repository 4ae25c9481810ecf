package org.relay.workflow;

import jakarta.enterprise.inject.spi.BeanManager;
import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

/**
 * Resolves names in process expressions first as process variables (the engine's own resolvers),
 * then as {@code @Named} CDI beans, so {@code ${classifyMentionDelegate}} reaches a CDI bean on any
 * thread, including the job executor's.
 */
class CdiExpressionManager extends JuelExpressionManager {

  private final BeanManager beanManager;

  CdiExpressionManager(BeanManager beanManager) {
    this.beanManager = beanManager;
  }

  @Override
  protected ELResolver createElResolver() {
    CompositeELResolver resolver = new CompositeELResolver();
    resolver.add(super.createElResolver());
    resolver.add(new CdiBeanElResolver(beanManager));
    return resolver;
  }
}
