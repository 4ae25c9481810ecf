package org.relay.guidelines;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.relay.guidelines.rules.PolicyLinks;
import org.relay.shared.Actor;
import org.relay.shared.Checks;
import org.relay.shared.Markdown;
import org.relay.shared.NotFoundException;
import org.relay.shared.Roles;

/**
 * The guidelines in plain language, section by section (transparency, confidentiality, privacy,
 * tone, links, channels, escalation). Everyone reads them; administrators rewrite them.
 */
@Stateless
public class PolicyService {

  private static final int MAX_BODY = 20000;

  @PersistenceContext private EntityManager em;

  public List<PolicySectionView> sections() {
    return em
        .createNamedQuery("PolicySection.findAll", PolicySection.class)
        .getResultList()
        .stream()
        .map(PolicyService::view)
        .toList();
  }

  public PolicySectionView rewrite(Actor actor, String key, String title, String body) {
    Checks.requireRole(actor, "Only administrators may change the policy.", Roles.ADMIN);
    PolicySection section = em.find(PolicySection.class, key);
    if (section == null) {
      throw new NotFoundException("No policy section " + key + ".");
    }
    if (title == null || title.isBlank() || title.strip().length() > 120) {
      throw Checks.invalid("The section was not saved.", "title", "give a title of 1 to 120");
    }
    if (body == null || body.isBlank()) {
      throw Checks.invalid("The section was not saved.", "body", "write the section");
    }
    if (body.length() > MAX_BODY) {
      throw Checks.invalid(
          "The section was not saved.", "body", "must be at most " + MAX_BODY + " characters");
    }
    section.rewrite(title.strip(), body.strip(), actor.username(), Instant.now());
    return view(section);
  }

  private static PolicySectionView view(PolicySection s) {
    return new PolicySectionView(
        s.getKey(),
        s.getTitle(),
        s.getBody(),
        Markdown.toSafeHtml(s.getBody()),
        PolicyLinks.to(s.getKey()),
        s.getUpdatedBy(),
        s.getUpdatedAt());
  }
}
