package org.relay.guidelines.rules;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.relay.shared.InvalidInputException;
import org.relay.shared.InvalidInputException.FieldError;

/**
 * A rule's parameters, validated against its {@link Parameter}s: every list item trimmed and
 * non-empty, every pattern a valid regular expression that does not backtrack without end (see
 * {@link BoundedPattern}), every domain and region well formed, every ratio within 0 and 1.
 * Anything wrong is refused with every field named, so nothing half-valid is ever stored.
 */
public final class RuleParameters {

  private static final Pattern DOMAIN =
      Pattern.compile("(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,24}");
  private static final Set<String> CHANNEL_TYPES = Set.of("WEBHOOK", "FEED", "MASTODON", "FILE");
  private static final int MAX_ITEMS = 500;
  private static final int MAX_ITEM_LENGTH = 300;

  private final Map<String, Object> values;

  private RuleParameters(Map<String, Object> values) {
    this.values = values;
  }

  /**
   * Validates raw values (lists of strings or one string with a value per line; numbers or numeric
   * strings) for the given parameters, taking the default for any parameter not given.
   *
   * @throws InvalidInputException naming each refused parameter as {@code parameters.<name>}
   */
  public static RuleParameters validate(
      List<Parameter> parameters, Map<String, ?> raw, Map<String, Object> defaults) {
    Map<String, ?> given = raw == null ? Map.of() : raw;
    List<FieldError> errors = new ArrayList<>();
    for (String key : given.keySet()) {
      if (parameters.stream().noneMatch(p -> p.name().equals(key))) {
        errors.add(new FieldError("parameters." + key, "is not a parameter of this rule"));
      }
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (Parameter parameter : parameters) {
      Object value =
          given.containsKey(parameter.name())
              ? given.get(parameter.name())
              : defaults.get(parameter.name());
      String field = "parameters." + parameter.name();
      try {
        values.put(
            parameter.name(),
            parameter.kind().isList() ? list(parameter, value) : number(parameter, value));
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError(field, e.getMessage()));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException("The rule was not saved: nothing changed.", errors);
    }
    return new RuleParameters(values);
  }

  /** The values as stored: lists of strings and numbers. */
  public Map<String, Object> values() {
    return java.util.Collections.unmodifiableMap(values);
  }

  @SuppressWarnings("unchecked")
  public List<String> list(String name) {
    return (List<String>) values.getOrDefault(name, List.of());
  }

  public double ratio(String name) {
    return ((Number) values.get(name)).doubleValue();
  }

  public int count(String name) {
    return ((Number) values.get(name)).intValue();
  }

  /**
   * Case-insensitive, Unicode-aware patterns from a PATTERNS parameter, each evaluated on a budget
   * (see {@link BoundedPattern}).
   */
  public List<BoundedPattern> patterns(String name) {
    return list(name).stream().map(BoundedPattern::compile).toList();
  }

  private static List<String> list(Parameter parameter, Object value) {
    List<String> items = new ArrayList<>();
    if (value instanceof Collection<?> collection) {
      for (Object item : collection) {
        if (item != null) {
          items.add(item.toString());
        }
      }
    } else if (value != null) {
      items.addAll(value.toString().lines().toList());
    }
    List<String> clean = new ArrayList<>();
    for (String item : items) {
      String stripped = item.strip();
      if (stripped.isEmpty() || clean.contains(stripped)) {
        continue;
      }
      if (stripped.length() > MAX_ITEM_LENGTH) {
        throw new IllegalArgumentException(
            "'"
                + stripped.substring(0, 40)
                + "…' is longer than "
                + MAX_ITEM_LENGTH
                + " characters");
      }
      clean.add(checked(parameter.kind(), stripped));
    }
    if (clean.size() > MAX_ITEMS) {
      throw new IllegalArgumentException("at most " + MAX_ITEMS + " items");
    }
    return List.copyOf(clean);
  }

  private static String checked(Parameter.Kind kind, String item) {
    return switch (kind) {
      case PATTERNS -> {
        BoundedPattern.compile(item);
        yield item;
      }
      case COMPANY_PHRASES -> {
        int at = item.indexOf(DisclosureRule.COMPANY);
        if (at < 0 || item.indexOf(DisclosureRule.COMPANY, at + 1) >= 0) {
          throw new IllegalArgumentException(
              "the phrase "
                  + item
                  + " must name the company once: write "
                  + DisclosureRule.COMPANY
                  + " where the name goes, e.g. I work at "
                  + DisclosureRule.COMPANY);
        }
        yield item;
      }
      case DOMAINS -> {
        String domain = item.toLowerCase(Locale.ROOT);
        if (domain.startsWith("*.")) {
          domain = domain.substring(2);
        }
        try {
          domain = LinkRule.asciiDomain(domain);
        } catch (IllegalArgumentException e) {
          // left as written: the pattern below refuses it
        }
        if (!DOMAIN.matcher(domain).matches()) {
          throw new IllegalArgumentException(
              item + " is not a domain (write example.com, without https:// or a path)");
        }
        yield domain;
      }
      case REGIONS -> {
        String region = item.toUpperCase(Locale.ROOT);
        if (!region.equals("ALL")
            && !PhoneNumberUtil.getInstance().getSupportedRegions().contains(region)) {
          throw new IllegalArgumentException(
              item + " is not a region code (two letters, e.g. DE, US, or ALL)");
        }
        yield region;
      }
      case CHANNEL_TYPES -> {
        String type = item.toUpperCase(Locale.ROOT);
        if (!CHANNEL_TYPES.contains(type)) {
          throw new IllegalArgumentException(item + " is not a channel type " + CHANNEL_TYPES);
        }
        yield type;
      }
      default -> item;
    };
  }

  private static Number number(Parameter parameter, Object value) {
    BigDecimal number;
    try {
      number =
          value instanceof Number n
              ? new BigDecimal(n.toString())
              : new BigDecimal(value == null ? "" : value.toString().strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("must be a number");
    }
    if (parameter.kind() == Parameter.Kind.RATIO) {
      if (number.compareTo(BigDecimal.ZERO) < 0 || number.compareTo(BigDecimal.ONE) > 0) {
        throw new IllegalArgumentException("must be between 0 and 1, e.g. 0.8");
      }
      return number.doubleValue();
    }
    if (number.signum() < 0 || number.stripTrailingZeros().scale() > 0) {
      throw new IllegalArgumentException("must be a whole number from 0");
    }
    if (number.compareTo(BigDecimal.valueOf(100_000)) > 0) {
      throw new IllegalArgumentException("must be at most 100000");
    }
    return number.intValue();
  }
}
