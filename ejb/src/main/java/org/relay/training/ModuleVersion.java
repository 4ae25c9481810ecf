package org.relay.training;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One version of a module: what it teaches (Markdown, or a link to material elsewhere), its quiz
 * and pass mark, who must take it and for how long a completion counts. A draft changes until HR
 * publishes it; from then on it never changes, so a completion always names exactly what the
 * employee took.
 */
@Entity
@Table(name = "module_version")
@NamedQuery(
    name = "ModuleVersion.findByModule",
    query = "select v from ModuleVersion v where v.module.id = :moduleId order by v.number desc")
@NamedQuery(
    name = "ModuleVersion.findInForce",
    query =
        "select v from ModuleVersion v join fetch v.module where v.number ="
            + " v.module.publishedVersion and v.module.retiredAt is null order by v.module.id")
@NamedQuery(
    name = "ModuleVersion.find",
    query = "select v from ModuleVersion v where v.module.id = :moduleId and v.number = :number")
public class ModuleVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "module_version_seq")
  @SequenceGenerator(
      name = "module_version_seq",
      sequenceName = "module_version_seq",
      allocationSize = 50)
  private Long id;

  @Version
  @Column(name = "lock_version")
  private int lockVersion;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "module_id")
  private TrainingModule module;

  @Column(nullable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private VersionState state;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(length = 2000)
  private String summary;

  @Column(length = 100000)
  private String content;

  @Column(name = "external_url", length = 2000)
  private String externalUrl;

  @Column(name = "pass_mark")
  private Integer passMark;

  @Column(name = "validity_months", nullable = false)
  private int validityMonths;

  @Column(name = "due_days", nullable = false)
  private int dueDays;

  @Column(name = "requires_recertification", nullable = false)
  private boolean requiresRecertification;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "module_version_role", joinColumns = @JoinColumn(name = "version_id"))
  @Column(name = "role", length = 100)
  private Set<String> requiredRoles = new TreeSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "module_version_department",
      joinColumns = @JoinColumn(name = "version_id"))
  @Column(name = "department", length = 100)
  private Set<String> requiredDepartments = new TreeSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "module_version_rule", joinColumns = @JoinColumn(name = "version_id"))
  @Column(name = "rule_id", length = 60)
  private Set<String> coveredRules = new TreeSet<>();

  @OneToMany(mappedBy = "version", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<QuizQuestion> questions = new ArrayList<>();

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 200)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 200)
  private String updatedBy;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "published_by", length = 200)
  private String publishedBy;

  protected ModuleVersion() {}

  ModuleVersion(TrainingModule module, int number, String by, Instant at) {
    this.module = module;
    this.number = number;
    this.state = VersionState.DRAFT;
    this.createdBy = by;
    this.createdAt = at;
    this.updatedBy = by;
    this.updatedAt = at;
  }

  /** The next version's draft, starting as a copy of this one. */
  ModuleVersion nextDraft(String by, Instant at) {
    ModuleVersion next = new ModuleVersion(module, number + 1, by, at);
    next.title = title;
    next.summary = summary;
    next.content = content;
    next.externalUrl = externalUrl;
    next.passMark = passMark;
    next.validityMonths = validityMonths;
    next.dueDays = dueDays;
    next.requiredRoles = new TreeSet<>(requiredRoles);
    next.requiredDepartments = new TreeSet<>(requiredDepartments);
    next.coveredRules = new TreeSet<>(coveredRules);
    for (QuizQuestion question : questions) {
      next.questions.add(question.copyFor(next));
    }
    return next;
  }

  /** HR's edit of the draft (the caller has validated it). */
  void revise(ModuleDraft draft, String by, Instant at) {
    if (state != VersionState.DRAFT) {
      throw new IllegalStateException("Version " + number + " is published and cannot change.");
    }
    title = draft.title().strip();
    summary = blankToNull(draft.summary());
    content = blankToNull(draft.content());
    externalUrl = blankToNull(draft.externalUrl());
    validityMonths = draft.validityMonths();
    dueDays = draft.dueDays();
    requiresRecertification = draft.requiresRecertification();
    requiredRoles = new TreeSet<>(clean(draft.requiredRoles()));
    requiredDepartments = new TreeSet<>(clean(draft.requiredDepartments()));
    coveredRules = new TreeSet<>(clean(draft.coveredRules()));
    List<ModuleDraft.Question> drafted = draft.questions() == null ? List.of() : draft.questions();
    passMark = drafted.isEmpty() ? null : draft.passMark();
    questions.clear();
    for (int i = 0; i < drafted.size(); i++) {
      questions.add(new QuizQuestion(this, i, drafted.get(i)));
    }
    updatedBy = by;
    updatedAt = at;
  }

  void publish(String by, Instant at) {
    state = VersionState.PUBLISHED;
    publishedBy = by;
    publishedAt = at;
  }

  void supersede() {
    state = VersionState.SUPERSEDED;
  }

  /** Whether this version asks the person with these roles and departments to take it. */
  public Requirement requirement() {
    return new Requirement(requiredRoles, requiredDepartments);
  }

  /** The quiz of this version (none when it has no question). */
  public Quiz quiz() {
    return new Quiz(
        questions.stream().map(QuizQuestion::toQuestion).toList(), passMark == null ? 0 : passMark);
  }

  public boolean hasQuiz() {
    return !questions.isEmpty();
  }

  private static List<String> clean(List<String> names) {
    return names == null
        ? List.of()
        : names.stream().filter(n -> n != null && !n.isBlank()).map(String::strip).toList();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public Long getId() {
    return id;
  }

  /** Changes with every save: what an editor saw, to tell whether someone saved since. */
  public int getLockVersion() {
    return lockVersion;
  }

  public TrainingModule getModule() {
    return module;
  }

  public int getNumber() {
    return number;
  }

  public VersionState getState() {
    return state;
  }

  public String getTitle() {
    return title;
  }

  public String getSummary() {
    return summary;
  }

  public String getContent() {
    return content;
  }

  public String getExternalUrl() {
    return externalUrl;
  }

  public Integer getPassMark() {
    return passMark;
  }

  public int getValidityMonths() {
    return validityMonths;
  }

  public int getDueDays() {
    return dueDays;
  }

  public boolean isRequiresRecertification() {
    return requiresRecertification;
  }

  public Set<String> getRequiredRoles() {
    return requiredRoles;
  }

  public Set<String> getRequiredDepartments() {
    return requiredDepartments;
  }

  public Set<String> getCoveredRules() {
    return coveredRules;
  }

  public List<QuizQuestion> getQuestions() {
    return questions;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public String getPublishedBy() {
    return publishedBy;
  }
}
