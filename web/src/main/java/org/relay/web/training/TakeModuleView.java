package org.relay.web.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.relay.shared.Actor;
import org.relay.shared.RelayException;
import org.relay.training.CompletionView;
import org.relay.training.ModuleToTake;
import org.relay.training.QuizAnswers;
import org.relay.training.QuizOutcome;
import org.relay.training.TrainingService;
import org.relay.web.Messages;
import org.relay.web.Times;

/**
 * Backs {@code training/module.xhtml}: reading a module (its content already cleaned by the
 * service's allow-list) and answering its quiz, or saying it was read when it has none.
 */
@Named
@ViewScoped
public class TakeModuleView implements Serializable {

  @Inject Actor actor;
  @Inject TrainingService training;

  private long id;
  private ModuleToTake module;
  private List<Answer> answers = new ArrayList<>();
  private QuizOutcome outcome;

  /** One question's answer: the chosen option for single choice, the chosen ones for multiple. */
  public static class Answer implements Serializable {
    private Integer single;
    private List<Integer> many = new ArrayList<>();

    public Integer getSingle() {
      return single;
    }

    public void setSingle(Integer single) {
      this.single = single;
    }

    public List<Integer> getMany() {
      return many;
    }

    public void setMany(List<Integer> many) {
      this.many = many == null ? new ArrayList<>() : new ArrayList<>(many);
    }

    List<Integer> chosen(boolean multiple) {
      return multiple ? List.copyOf(many) : single == null ? List.of() : List.of(single);
    }
  }

  /** Loads the module named by the view parameter {@code id}. */
  public void load() {
    try {
      module = training.module(actor, id);
      if (answers.size() != module.questions().size()) {
        answers = new ArrayList<>();
        module.questions().forEach(q -> answers.add(new Answer()));
      }
    } catch (RelayException e) {
      module = null;
      Messages.refused(e);
    }
  }

  public void submit() {
    if (module == null) {
      return;
    }
    List<List<Integer>> chosen = new ArrayList<>();
    for (int i = 0; i < module.questions().size(); i++) {
      chosen.add(answers.get(i).chosen(module.questions().get(i).multiple()));
    }
    try {
      outcome = training.takeQuiz(actor, id, new QuizAnswers(module.version(), chosen));
      if (outcome.passed()) {
        Messages.info(
            "Passed",
            "You scored "
                + outcome.score()
                + " % (pass mark "
                + outcome.passMark()
                + " %). Your certificate is valid through "
                + Times.lastDayBefore(outcome.completion().expiresAt())
                + ".");
      } else {
        Messages.info(
            "Not passed yet",
            "You scored "
                + outcome.score()
                + " % ("
                + outcome.right()
                + " of "
                + outcome.total()
                + " questions right); the pass mark is "
                + outcome.passMark()
                + " %. Read the module again"
                + (outcome.attemptsLeft() > 0
                    ? "; you may try " + outcome.attemptsLeft() + " more times today."
                    : " and try again tomorrow."));
      }
    } catch (RelayException e) {
      Messages.refused(e);
    }
    load();
  }

  public void confirmRead() {
    try {
      CompletionView done =
          training.confirmRead(actor, id, module == null ? null : module.version());
      Messages.info(
          "Completed",
          "\""
              + done.moduleTitle()
              + "\" is done; valid through "
              + Times.lastDayBefore(done.expiresAt())
              + ".");
    } catch (RelayException e) {
      Messages.refused(e);
    }
    load();
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public ModuleToTake getModule() {
    return module;
  }

  public List<Answer> getAnswers() {
    return answers;
  }

  public QuizOutcome getOutcome() {
    return outcome;
  }
}
