package org.relay.workflow;

import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import java.beans.FeatureDescriptor;
import java.util.Collections;
import java.util.Iterator;
import java.util.Set;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.PropertyNotWritableException;

/**
 * Read-only EL resolver for top-level names that are {@code @Named} CDI beans. Uses the injected
 * {@link BeanManager} (a {@code java:comp} lookup is not available on job-executor threads).
 * Delegates should be {@code @ApplicationScoped}: a dependent bean would live as long as the
 * expression.
 */
class CdiBeanElResolver extends ELResolver {

  private final BeanManager beanManager;

  CdiBeanElResolver(BeanManager beanManager) {
    this.beanManager = beanManager;
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    Bean<?> bean = beanNamed(base, property);
    if (bean == null) {
      return null;
    }
    CreationalContext<?> creationalContext = beanManager.createCreationalContext(bean);
    Object reference = beanManager.getReference(bean, Object.class, creationalContext);
    context.setPropertyResolved(true);
    return reference;
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    Bean<?> bean = beanNamed(base, property);
    if (bean == null) {
      return null;
    }
    context.setPropertyResolved(true);
    return bean.getBeanClass();
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    if (beanNamed(base, property) != null) {
      throw new PropertyNotWritableException("CDI bean " + property + " cannot be replaced.");
    }
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    if (beanNamed(base, property) != null) {
      context.setPropertyResolved(true);
      return true;
    }
    return false;
  }

  @Override
  public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
    return Collections.emptyIterator();
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return base == null ? String.class : null;
  }

  private Bean<?> beanNamed(Object base, Object property) {
    if (base != null || !(property instanceof String name)) {
      return null;
    }
    Set<Bean<?>> beans = beanManager.getBeans(name);
    return beans.isEmpty() ? null : beanManager.resolve(beans);
  }
}
