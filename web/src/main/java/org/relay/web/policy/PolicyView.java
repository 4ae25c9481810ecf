package org.relay.web.policy;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.relay.guidelines.PolicySectionView;
import org.relay.guidelines.PolicyService;
import org.relay.shared.Actor;
import org.relay.shared.RelayException;
import org.relay.web.Messages;

/**
 * Backs {@code policy/index.xhtml}: the policy's sections; administrators rewrite one at a time.
 */
@Named
@ViewScoped
public class PolicyView implements Serializable {

  @Inject Actor actor;
  @Inject PolicyService policy;

  private transient List<PolicySectionView> sections;
  private String editing;
  private String title;
  private String body;

  @PostConstruct
  public void init() {
    sections = policy.sections();
  }

  public void edit(PolicySectionView section) {
    editing = section.key();
    title = section.title();
    body = section.markdown();
  }

  public void save() {
    try {
      PolicySectionView saved = policy.rewrite(actor, editing, title, body);
      Messages.info("Saved", "The section \"" + saved.title() + "\" is updated.");
      editing = null;
    } catch (RelayException e) {
      Messages.refused(e);
    }
    sections = policy.sections();
  }

  public List<PolicySectionView> getSections() {
    if (sections == null) {
      init();
    }
    return sections;
  }

  public String getEditing() {
    return editing;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }
}
