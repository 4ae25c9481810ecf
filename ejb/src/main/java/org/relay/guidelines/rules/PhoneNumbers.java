package org.relay.guidelines.rules;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds phone numbers in text with libphonenumber, for every region without flagging order numbers,
 * prices, years or dates. Built once per configuration of the personal-data rule; each check reads
 * the text twice, whatever the number of regions.
 *
 * <p>International numbers ({@code +49 30 1234567}, {@code 0049 …}) are found for any country in
 * one {@link PhoneNumberUtil#findNumbers} pass with the unknown region and {@link Leniency#VALID}.
 * A national number only means something in its own region, and almost any run of seven or more
 * digits is a valid number somewhere, so national numbers are taken from one scan for phone-shaped
 * runs of digits: a run counts when it is written like a phone number (a trunk prefix 0, an area
 * code in brackets, digit groups) or follows a word such as "call" or "phone", never when it reads
 * as an amount or a date, and only when libphonenumber finds it valid in one of the configured
 * regions (all by default).
 */
public final class PhoneNumbers {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  private static final Pattern IDD = Pattern.compile("(?<![\\d+])00(?=[1-9])");
  private static final Pattern DIGIT = Pattern.compile("\\d");

  /** A run of digits, digit groups and bracketed area codes, as phone numbers are written. */
  private static final Pattern NATIONAL_CANDIDATE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}+.,])(?:\\(\\d{1,6}\\)|\\d)"
              + "(?:[ \\u00A0.\\-/]{0,2}(?:\\(\\d{1,6}\\)|\\d)){6,20}(?![\\p{L}\\p{N}])");

  private static final Pattern GROUPS = Pattern.compile("\\d+[\\s.\\-/)]+\\(?\\d+[\\s.\\-/]+\\d+");
  private static final Pattern DATE =
      Pattern.compile("\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4}");
  private static final Pattern THOUSANDS =
      Pattern.compile("\\d{1,3}(?:[.,\\s]\\d{3})+(?:[.,]\\d{1,2})?");
  private static final Pattern PHONE_CUE =
      Pattern.compile(
          "(?:call|phone|tel|telephone|mobile|cell|whatsapp|sms|text me|ring|fax|number is"
              + "|reach (?:me|us) (?:at|on))\\W{0,3}(?:me\\W{1,3})?(?:at|on)?\\W{0,3}$");
  private static final Pattern MONEY_BEFORE =
      Pattern.compile("(?:[$€£¥]|price|cost|costs|pay|paid|total|amount|eur|usd|gbp)\\W{0,3}$");
  private static final Pattern MONEY_AFTER =
      Pattern.compile(
          "^\\s?(?:[$€£¥%]|eur|euro|euros|usd|dollars?|gbp|pounds?|chf|k\\b|m\\b|million|billion"
              + "|units?|pieces?|pcs|items?|copies|orders?|users?|customers?|people)");

  /** Regions in which a national number is looked up, the most common first. */
  private final List<String> regions;

  /**
   * @param regions two-letter region codes whose national numbers are looked for, or {@code ALL}
   */
  public PhoneNumbers(List<String> regions) {
    if (regions.isEmpty() || regions.contains("ALL")) {
      List<String> all = new ArrayList<>(List.of("US", "GB", "DE", "FR", "IN", "ES", "IT", "NL"));
      UTIL.getSupportedRegions().stream().sorted().filter(r -> !all.contains(r)).forEach(all::add);
      this.regions = List.copyOf(all);
    } else {
      this.regions = List.copyOf(regions);
    }
  }

  /** A phone number found in the text, as written there. */
  public record Found(int start, int end, String raw) {}

  /** The phone numbers in the text, longest first where they overlap. */
  public List<Found> in(String text) {
    if (text == null || DIGIT.matcher(text).results().count() < 7) {
      return List.of();
    }
    List<Found> found = new ArrayList<>();
    // The international access code 00 read as +, keeping every offset: "0049" -> " +49".
    String international = IDD.matcher(text).replaceAll(" +");
    for (PhoneNumberMatch match :
        UTIL.findNumbers(international, "ZZ", Leniency.VALID, Long.MAX_VALUE)) {
      found.add(
          new Found(
              match.start(), match.end(), text.substring(match.start(), match.end()).strip()));
    }
    Matcher candidate = NATIONAL_CANDIDATE.matcher(text);
    while (candidate.find()) {
      String raw = candidate.group();
      if (looksLikeAPhoneNumber(text, candidate.start(), candidate.end(), raw)
          && validInARegion(raw)) {
        found.add(new Found(candidate.start(), candidate.end(), raw));
      }
    }
    return longestWithoutOverlap(found);
  }

  /**
   * Only for the few runs that look like phone numbers; stops at the first region it is valid in.
   */
  private boolean validInARegion(String raw) {
    for (String region : regions) {
      try {
        PhoneNumber number = UTIL.parse(raw, region);
        if (UTIL.isValidNumberForRegion(number, region)) {
          return true;
        }
      } catch (NumberParseException e) {
        // not a number of this region
      }
    }
    return false;
  }

  private static boolean looksLikeAPhoneNumber(String text, int start, int end, String raw) {
    long digits = DIGIT.matcher(raw).results().count();
    if (digits < 7 || digits > 15 || raw.startsWith("+")) {
      return false;
    }
    String before = text.substring(Math.max(0, start - 30), start).toLowerCase(Locale.ROOT);
    String after = text.substring(end, Math.min(text.length(), end + 12)).toLowerCase(Locale.ROOT);
    if (DATE.matcher(raw).matches()
        || THOUSANDS.matcher(raw).matches()
        || MONEY_BEFORE.matcher(before).find()
        || MONEY_AFTER.matcher(after).find()) {
      return false;
    }
    boolean cue = PHONE_CUE.matcher(before).find();
    boolean phoneShaped = raw.startsWith("0") || raw.startsWith("(") || GROUPS.matcher(raw).find();
    return cue || phoneShaped;
  }

  private static List<Found> longestWithoutOverlap(List<Found> found) {
    List<Found> byLength =
        found.stream()
            .sorted(Comparator.comparingInt((Found f) -> f.end() - f.start()).reversed())
            .toList();
    List<Found> kept = new ArrayList<>();
    for (Found candidate : byLength) {
      if (kept.stream()
          .noneMatch(k -> k.start() < candidate.end() && candidate.start() < k.end())) {
        kept.add(candidate);
      }
    }
    kept.sort(Comparator.comparingInt(Found::start));
    return kept;
  }

  /** Whether the number overlaps one of the spans (e.g. an order number found before). */
  static boolean overlaps(Found found, List<int[]> spans) {
    return spans.stream().anyMatch(s -> s[0] < found.end() && found.start() < s[1]);
  }
}
