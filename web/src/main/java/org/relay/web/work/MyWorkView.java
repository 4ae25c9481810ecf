package org.relay.web.work;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.relay.engagement.EngagementService;
import org.relay.engagement.InboxItem;
import org.relay.shared.Actor;

/** Backs {@code work/index.xhtml}: mentions I claimed, and drafts sent back to me. */
@Named
@ViewScoped
public class MyWorkView implements Serializable {

  @Inject Actor actor;
  @Inject EngagementService engagement;

  private transient List<InboxItem> items;

  @PostConstruct
  public void init() {
    items = engagement.myWork(actor);
  }

  public List<InboxItem> getItems() {
    if (items == null) {
      init();
    }
    return items;
  }
}
