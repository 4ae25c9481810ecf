package org.relay.training;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** One question of a version's quiz, with its options in order, each right or wrong. */
@Entity
@Table(name = "quiz_question")
public class QuizQuestion {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quiz_question_seq")
  @SequenceGenerator(
      name = "quiz_question_seq",
      sequenceName = "quiz_question_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "version_id")
  private ModuleVersion version;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false, length = 2000)
  private String text;

  @Column(nullable = false)
  private boolean multiple;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "quiz_option", joinColumns = @JoinColumn(name = "question_id"))
  @OrderColumn(name = "position")
  private List<Option> options = new ArrayList<>();

  protected QuizQuestion() {}

  QuizQuestion(ModuleVersion version, int position, ModuleDraft.Question drafted) {
    this.version = version;
    this.position = position;
    this.text = drafted.text().strip();
    this.multiple = drafted.multiple();
    for (ModuleDraft.Option option : drafted.options()) {
      options.add(new Option(option.text().strip(), option.correct()));
    }
  }

  QuizQuestion copyFor(ModuleVersion next) {
    QuizQuestion copy = new QuizQuestion();
    copy.version = next;
    copy.position = position;
    copy.text = text;
    copy.multiple = multiple;
    options.forEach(o -> copy.options.add(new Option(o.text, o.correct)));
    return copy;
  }

  Quiz.Question toQuestion() {
    return new Quiz.Question(
        text, multiple, options.stream().map(o -> new Quiz.Option(o.text, o.correct)).toList());
  }

  /** One answer to choose, right or wrong. */
  @Embeddable
  public static class Option {

    @Column(nullable = false, length = 500)
    private String text;

    @Column(nullable = false)
    private boolean correct;

    protected Option() {}

    Option(String text, boolean correct) {
      this.text = text;
      this.correct = correct;
    }
  }
}
