package org.relay.listening;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A word or phrase that marks a post as urgent, or as the sign of a crisis. */
@Entity
@Table(name = "listening_term")
@NamedQuery(
    name = "ListeningTerm.findByKind",
    query = "select t from ListeningTerm t where t.kind = :kind order by t.term")
public class ListeningTerm {

  /** What a term signals. */
  public enum Kind {
    URGENCY,
    CRISIS
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "listening_term_seq")
  @SequenceGenerator(
      name = "listening_term_seq",
      sequenceName = "listening_term_seq",
      allocationSize = 50)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Kind kind;

  @Column(nullable = false, length = 200)
  private String term;

  protected ListeningTerm() {}

  ListeningTerm(Kind kind, String term) {
    this.kind = kind;
    this.term = term;
  }

  public Long getId() {
    return id;
  }

  public Kind getKind() {
    return kind;
  }

  public String getTerm() {
    return term;
  }
}
