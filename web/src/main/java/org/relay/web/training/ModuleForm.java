package org.relay.web.training;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.relay.training.ModuleDraft;

/** The editor's form of a module draft, questions and options included, bound field by field. */
public class ModuleForm implements Serializable {

  private String title;
  private String summary;
  private String content;
  private String externalUrl;
  private Integer passMark = 80;
  private int validityMonths = 12;
  private int dueDays = 14;
  private List<String> requiredRoles = new ArrayList<>();
  private List<String> requiredDepartments = new ArrayList<>();
  private List<String> coveredRules = new ArrayList<>();
  private List<QuestionForm> questions = new ArrayList<>();
  private boolean requiresRecertification;

  /** One question of the quiz. */
  public static class QuestionForm implements Serializable {
    private String text;
    private boolean multiple;
    private List<OptionForm> options = new ArrayList<>();

    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text;
    }

    public boolean isMultiple() {
      return multiple;
    }

    public void setMultiple(boolean multiple) {
      this.multiple = multiple;
    }

    public List<OptionForm> getOptions() {
      return options;
    }
  }

  /** One option of a question. */
  public static class OptionForm implements Serializable {
    private String text;
    private boolean correct;

    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text;
    }

    public boolean isCorrect() {
      return correct;
    }

    public void setCorrect(boolean correct) {
      this.correct = correct;
    }
  }

  static ModuleForm of(ModuleDraft draft) {
    ModuleForm form = new ModuleForm();
    form.title = draft.title();
    form.summary = draft.summary();
    form.content = draft.content();
    form.externalUrl = draft.externalUrl();
    form.passMark = draft.passMark() == null ? 80 : draft.passMark();
    form.validityMonths = draft.validityMonths();
    form.dueDays = draft.dueDays();
    form.requiredRoles = new ArrayList<>(draft.requiredRoles());
    form.requiredDepartments = new ArrayList<>(draft.requiredDepartments());
    form.coveredRules = new ArrayList<>(draft.coveredRules());
    form.requiresRecertification = false;
    for (ModuleDraft.Question q : draft.questions()) {
      QuestionForm question = new QuestionForm();
      question.text = q.text();
      question.multiple = q.multiple();
      for (ModuleDraft.Option o : q.options()) {
        OptionForm option = new OptionForm();
        option.text = o.text();
        option.correct = o.correct();
        question.options.add(option);
      }
      form.questions.add(question);
    }
    return form;
  }

  ModuleDraft toDraft() {
    return new ModuleDraft(
        title,
        summary,
        content,
        externalUrl,
        questions.isEmpty() ? null : passMark,
        validityMonths,
        dueDays,
        List.copyOf(requiredRoles),
        List.copyOf(requiredDepartments),
        List.copyOf(coveredRules),
        questions.stream()
            .map(
                q ->
                    new ModuleDraft.Question(
                        q.text,
                        q.multiple,
                        q.options.stream()
                            .map(o -> new ModuleDraft.Option(o.text, o.correct))
                            .toList()))
            .toList(),
        requiresRecertification);
  }

  void addQuestion() {
    QuestionForm question = new QuestionForm();
    question.options.add(new OptionForm());
    question.options.add(new OptionForm());
    questions.add(question);
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getContent() {
    return content;
  }

  public void setContent(String content) {
    this.content = content;
  }

  public String getExternalUrl() {
    return externalUrl;
  }

  public void setExternalUrl(String externalUrl) {
    this.externalUrl = externalUrl;
  }

  public Integer getPassMark() {
    return passMark;
  }

  public void setPassMark(Integer passMark) {
    this.passMark = passMark;
  }

  public int getValidityMonths() {
    return validityMonths;
  }

  public void setValidityMonths(int validityMonths) {
    this.validityMonths = validityMonths;
  }

  public int getDueDays() {
    return dueDays;
  }

  public void setDueDays(int dueDays) {
    this.dueDays = dueDays;
  }

  public List<String> getRequiredRoles() {
    return requiredRoles;
  }

  public void setRequiredRoles(List<String> requiredRoles) {
    this.requiredRoles = requiredRoles == null ? new ArrayList<>() : new ArrayList<>(requiredRoles);
  }

  public List<String> getRequiredDepartments() {
    return requiredDepartments;
  }

  public void setRequiredDepartments(List<String> requiredDepartments) {
    this.requiredDepartments =
        requiredDepartments == null ? new ArrayList<>() : new ArrayList<>(requiredDepartments);
  }

  public List<String> getCoveredRules() {
    return coveredRules;
  }

  public void setCoveredRules(List<String> coveredRules) {
    this.coveredRules = coveredRules == null ? new ArrayList<>() : new ArrayList<>(coveredRules);
  }

  public List<QuestionForm> getQuestions() {
    return questions;
  }

  public boolean isRequiresRecertification() {
    return requiresRecertification;
  }

  public void setRequiresRecertification(boolean requiresRecertification) {
    this.requiresRecertification = requiresRecertification;
  }
}
