package org.relay.guidelines.rules;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds phone numbers in text with libphonenumber, for every region without flagging order numbers,
 * prices or dates.
 *
 * <p>International numbers ({@code +49 30 1234567}, {@code 0049 …}) are found for any country in
 * one pass with the unknown region. A national number only means something in its own region, so
 * each configured region (all by default) is searched with {@link Leniency#VALID}; since almost any
 * run of seven or more digits is a valid number somewhere, a national match counts only when it is
 * written like a phone number (a trunk prefix 0, an area code in brackets, digit groups) or follows
 * a word such as "call" or "phone", and never when it reads as an amount or a date.
 */
public final class PhoneNumbers {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  private static final Pattern IDD = Pattern.compile("(?<![\\d+])00(?=[1-9])");
  private static final Pattern DIGIT = Pattern.compile("\\d");
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
          "^\\s?(?:[$€£¥%]|eur|euro|euros|usd|dollars?|gbp|pounds?|chf|k\\b|m\\b|million|billion)");

  private PhoneNumbers() {}

  /** A phone number found in the text, as written there. */
  public record Found(int start, int end, String raw) {}

  /**
   * The phone numbers in the text, longest first where they overlap.
   *
   * @param regions two-letter region codes whose national numbers are looked for, or {@code ALL}
   */
  public static List<Found> in(String text, List<String> regions) {
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
    Set<String> searched =
        regions.isEmpty() || regions.contains("ALL")
            ? UTIL.getSupportedRegions()
            : Set.copyOf(regions);
    for (String region : searched) {
      for (PhoneNumberMatch match :
          UTIL.findNumbers(text, region, Leniency.VALID, Long.MAX_VALUE)) {
        if (looksLikeAPhoneNumber(text, match.start(), match.end(), match.rawString())) {
          found.add(new Found(match.start(), match.end(), match.rawString()));
        }
      }
    }
    return longestWithoutOverlap(found);
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
