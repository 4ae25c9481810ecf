package org.relay.guidelines.rules;

import java.net.IDN;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relay.guidelines.Finding;
import org.relay.guidelines.Severity;

/**
 * Links only to allow-listed domains (and their subdomains). Finds addresses with a scheme, with
 * {@code www.} or {@code //}, and bare domains with a path or a common top-level domain, also when
 * the dot is written {@code [.]} or {@code (dot)}; the domain of an e-mail address or a fediverse
 * handle is not a link. The host is read as a browser reads it: after any user name and password
 * ({@code https://allowed.example@evil.example} goes to evil.example), before a port, path, query
 * or fragment, a backslash ending it like a slash, percent-escapes decoded, and international names
 * compared in their ASCII (punycode) form, so a look-alike letter makes another domain.
 */
public final class LinkRule implements GuidelineRule {

  public static final String ID = "links";

  public static final RuleType TYPE =
      new RuleType(
          ID,
          "Links",
          "Replies link only to sites the company vouches for.",
          PolicyLinks.LINKS,
          List.of(
              new Parameter(
                  "allowedDomains",
                  Parameter.Kind.DOMAINS,
                  "Allowed domains",
                  "example.com also allows docs.example.com")),
          Map.of("allowedDomains", List.of()),
          LinkRule::new);

  private static final Pattern HIDDEN_DOT =
      Pattern.compile("\\s*[\\[({]\\s*(?:\\.|dot)\\s*[\\])}]\\s*", Pattern.CASE_INSENSITIVE);
  private static final String HOST = "(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+";
  private static final Pattern LINK =
      Pattern.compile(
          "(?<![@\\w.-])(?:(?:https?|hxxps?|ftp)://|(?<![:/])//(?=[\\p{L}\\p{N}])|www\\.)"
              + "[^\\s<>\"']+"
              // Without a scheme, a user name before a host that has a path or a port.
              + "|(?<![@\\w.-])[^\\s@/\\\\<>\"']+@"
              + HOST
              + "\\p{L}{2,24}(?=[/\\\\]|:\\d|[?#][^\\s])[^\\s<>\"']*"
              + "|(?<![@\\w.-])"
              + HOST
              + "(?:\\p{L}{2,24}(?=/)[^\\s<>\"']*"
              + "|(?:com|org|net|io|co|de|fr|uk|es|it|nl|eu|info|biz|ly|me|app|dev|ai|gl|gg|tv"
              + "|us|ca|au|ch|at|be|se|no|dk|fi|pl|pt|ru|cn|jp|in|br|xyz|link|site|online|shop"
              + "|social)\\b(?!\\.\\p{L}))",
          Pattern.CASE_INSENSITIVE);

  private final List<String> allowed;

  LinkRule(RuleParameters parameters) {
    allowed = parameters.list("allowedDomains").stream().map(LinkRule::asciiDomain).toList();
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(DraftUnderCheck draft) {
    String text =
        HIDDEN_DOT
            .matcher(java.text.Normalizer.normalize(draft.text(), java.text.Normalizer.Form.NFKC))
            .replaceAll(".");
    Set<String> refused = new LinkedHashSet<>();
    Matcher link = LINK.matcher(text);
    while (link.find()) {
      String host = hostOf(link.group());
      if (!host.isEmpty() && !isAllowed(host)) {
        refused.add(host);
      }
    }
    return refused.stream().map(this::finding).toList();
  }

  /**
   * The host of a link as a browser would go to it, lower case and in ASCII (punycode), without
   * scheme, user name, password, port, path, trailing dots or punctuation; empty when it has none.
   */
  static String hostOf(String link) {
    String rest = link.replaceFirst("^(?i)(?:[a-z][a-z0-9+.-]*:)?//", "");
    int end = rest.length();
    for (char delimiter : new char[] {'/', '\\', '?', '#'}) {
      int at = rest.indexOf(delimiter);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    String authority = rest.substring(0, end);
    String host = authority.substring(authority.lastIndexOf('@') + 1);
    host = host.startsWith("[") ? host : host.split(":", 2)[0];
    host = host.replaceAll("[.,;!)\\]]+$", "");
    host = percentDecoded(host);
    try {
      host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      // Not a name a browser would resolve either; compared as written, it matches no domain.
      host = host.toLowerCase(Locale.ROOT);
    }
    host = host.replaceAll("\\.+$", "");
    return host.startsWith("www.") ? host.substring(4) : host;
  }

  private static String percentDecoded(String host) {
    if (host.indexOf('%') < 0) {
      return host;
    }
    try {
      return URLDecoder.decode(host.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return host;
    }
  }

  private boolean isAllowed(String host) {
    return allowed.stream().anyMatch(d -> host.equals(d) || host.endsWith("." + d));
  }

  /** An allowed domain as links are compared with it: ASCII (punycode), lower case. */
  static String asciiDomain(String domain) {
    return IDN.toASCII(domain, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
  }

  private Finding finding(String host) {
    return new Finding(
        ID,
        Severity.BLOCK,
        "The reply links to " + host + ", which is not on the list of allowed sites.",
        "A link is a recommendation: an unknown site may be a scam, a competitor, or a page"
            + " that changes after the reply is published.",
        allowed.isEmpty()
            ? "Remove the link; no site is allowed yet (an administrator can allow domains)."
            : "Remove the link, or link to an allowed site (such as "
                + String.join(", ", allowed.subList(0, Math.min(3, allowed.size())))
                + "); an administrator can allow more.",
        PolicyLinks.to(PolicyLinks.LINKS),
        null,
        null);
  }
}
