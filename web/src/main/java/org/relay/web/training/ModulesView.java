package org.relay.web.training;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.relay.shared.Actor;
import org.relay.shared.RelayException;
import org.relay.training.ModuleService;
import org.relay.training.ModuleSummary;
import org.relay.training.PublishResult;
import org.relay.web.Messages;

/** Backs {@code training/modules.xhtml}: HR's modules, with publishing and retiring. */
@Named
@ViewScoped
public class ModulesView implements Serializable {

  @Inject Actor actor;
  @Inject ModuleService modules;

  private List<ModuleSummary> all = List.of();

  @PostConstruct
  public void init() {
    load();
  }

  public void load() {
    try {
      all = modules.modules(actor);
    } catch (RelayException e) {
      Messages.refused(e);
    }
  }

  /** Publishes the draft as listed: if someone saved it since, the refusal says so. */
  public void publish(long id, String revision) {
    try {
      PublishResult result = modules.publish(actor, id, revision);
      Messages.info(
          "Published",
          "\""
              + result.module().title()
              + "\" version "
              + result.module().publishedVersion()
              + " is in force; assigned to "
              + result.assigned()
              + (result.assigned() == 1 ? " person" : " people")
              + (result.directoryReachable()
                  ? "."
                  : " (the directory could not be read: people get it when they sign in)."));
    } catch (RelayException e) {
      Messages.refused(e);
    }
    load();
  }

  public void retire(long id) {
    try {
      ModuleSummary retired = modules.retire(actor, id);
      Messages.info("Retired", "\"" + retired.title() + "\" is required of nobody any more.");
    } catch (RelayException e) {
      Messages.refused(e);
    }
    load();
  }

  public List<ModuleSummary> getAll() {
    return all;
  }
}
