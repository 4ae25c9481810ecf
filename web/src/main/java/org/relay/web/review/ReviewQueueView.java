package org.relay.web.review;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.relay.engagement.ReviewService;
import org.relay.shared.Actor;

/** Backs {@code review/index.xhtml}: the reviews waiting for me, oldest first. */
@Named
@ViewScoped
public class ReviewQueueView implements Serializable {

  @Inject Actor actor;
  @Inject ReviewService reviews;

  private transient List<ReviewService.ReviewItem> items;

  @PostConstruct
  public void init() {
    items = reviews.queue(actor);
  }

  public List<ReviewService.ReviewItem> getItems() {
    if (items == null) {
      init();
    }
    return items;
  }
}
