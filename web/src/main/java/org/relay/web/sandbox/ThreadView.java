package org.relay.web.sandbox;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.relay.engagement.EngagementService;
import org.relay.engagement.MentionDetail;
import org.relay.shared.Actor;

/** Backs {@code sandbox/thread.xhtml?mention=ID}. */
@Named
@ViewScoped
public class ThreadView implements Serializable {

  @Inject Actor actor;
  @Inject EngagementService engagement;

  private long mention;
  private transient MentionDetail detail;

  public MentionDetail getDetail() {
    if (detail == null && mention > 0) {
      detail = engagement.detail(actor, mention);
    }
    return detail;
  }

  public long getMention() {
    return mention;
  }

  public void setMention(long mention) {
    this.mention = mention;
  }
}
