package org.relay.web.training;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.relay.directory.DirectoryService;
import org.relay.shared.Actor;
import org.relay.shared.RelayException;
import org.relay.shared.Roles;
import org.relay.training.ModuleDetail;
import org.relay.training.ModuleService;
import org.relay.training.PublishResult;
import org.relay.training.VersionView;
import org.relay.web.Messages;

/**
 * Backs {@code training/editor.xhtml}: HR writes a module's draft (content with a live preview,
 * outside material, who must take it, validity, the guideline rules it covers, the quiz) and
 * publishes it. Editing a published module starts the draft of its next version.
 */
@Named
@ViewScoped
public class ModuleEditorView implements Serializable {

  /** The guideline rules Relay checks drafts for (the field also takes others). */
  private static final List<String> KNOWN_RULES =
      List.of(
          "disclosure",
          "confidentiality",
          "personal-data",
          "authenticity",
          "tone",
          "links",
          "channel");

  @Inject Actor actor;
  @Inject ModuleService modules;
  @Inject DirectoryService directory;

  private Long id;
  private ModuleDetail detail;
  private ModuleForm form = new ModuleForm();
  private String preview = "";
  private List<String> departments;

  /** Loads the module named by the view parameter {@code id}, or starts a new one. */
  public void load() {
    if (id == null || detail != null) {
      return;
    }
    try {
      detail = modules.module(actor, id);
      VersionView basis = detail.draft() != null ? detail.draft() : detail.versions().get(0);
      form = ModuleForm.of(basis.content());
      form.setRequiresRecertification(
          detail.draft() != null && basis.content().requiresRecertification());
      refreshPreview();
    } catch (RelayException e) {
      Messages.refused(e);
    }
  }

  public void refreshPreview() {
    try {
      preview = modules.preview(actor, form.getContent());
    } catch (RelayException e) {
      preview = "";
    }
  }

  public void addQuestion() {
    form.addQuestion();
  }

  public void removeQuestion(ModuleForm.QuestionForm question) {
    form.getQuestions().remove(question);
  }

  public void addOption(ModuleForm.QuestionForm question) {
    question.getOptions().add(new ModuleForm.OptionForm());
  }

  public void removeOption(ModuleForm.QuestionForm question, ModuleForm.OptionForm option) {
    question.getOptions().remove(option);
  }

  public void save() {
    boolean creating = id == null;
    if (store()) {
      Messages.info(
          "Saved",
          "The draft of version "
              + detail.draft().number()
              + " of \""
              + detail.module().title()
              + "\" is saved; publish it when ready.");
      if (creating) {
        redirectToSelf();
      }
    }
  }

  public void publish() {
    boolean creating = id == null;
    if (!store()) {
      return;
    }
    try {
      PublishResult result = modules.publish(actor, id, detail.revision());
      detail = modules.module(actor, id);
      form.setRequiresRecertification(false);
      Messages.info(
          "Published",
          "Version "
              + result.module().publishedVersion()
              + " of \""
              + result.module().title()
              + "\" is in force; assigned to "
              + result.assigned()
              + (result.assigned() == 1 ? " person." : " people."));
    } catch (RelayException e) {
      Messages.refused(e);
    }
    if (creating) {
      redirectToSelf();
    }
  }

  /** Creates the module or saves its draft; false (with the reason shown) when refused. */
  private boolean store() {
    try {
      if (id == null) {
        detail = modules.create(actor, form.toDraft());
        id = detail.module().id();
      } else {
        detail =
            modules.saveDraft(actor, id, form.toDraft(), detail == null ? null : detail.revision());
      }
      return true;
    } catch (RelayException e) {
      Messages.refused(e);
      return false;
    }
  }

  /** Shows the new module at its own address, keeping the messages across the redirect. */
  private void redirectToSelf() {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    external.getFlash().setKeepMessages(true);
    try {
      external.redirect(external.getRequestContextPath() + "/training/editor.xhtml?id=" + id);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<String> getRoles() {
    Set<String> roles =
        new TreeSet<>(
            List.of(
                Roles.EMPLOYEE,
                Roles.DEPARTMENT_LEAD,
                Roles.LEGAL,
                Roles.PR,
                Roles.HR,
                Roles.ADMIN));
    roles.addAll(form.getRequiredRoles());
    return List.copyOf(roles);
  }

  public List<String> getDepartments() {
    if (departments == null) {
      departments = directory.departmentNames();
    }
    return departments;
  }

  public List<String> getKnownRules() {
    return KNOWN_RULES;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public ModuleDetail getDetail() {
    return detail;
  }

  public ModuleForm getForm() {
    return form;
  }

  public String getPreview() {
    return preview;
  }
}
