package org.relay.guidelines.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.relay.guidelines.Finding;
import org.relay.guidelines.Severity;

/**
 * What the mention's channel takes: a reply longer than the channel's limit is blocked; Markdown on
 * a channel that shows plain text, and more hashtags than the channel's etiquette allows, are
 * warned about.
 */
public final class ChannelRule implements GuidelineRule {

  public static final String ID = "channel";

  public static final RuleType TYPE =
      new RuleType(
          ID,
          "Channel limits",
          "Replies fit the channel they are published on.",
          PolicyLinks.CHANNELS,
          List.of(
              new Parameter(
                  "maxHashtags",
                  Parameter.Kind.COUNT,
                  "Most hashtags in a reply",
                  "More reads as spam"),
              new Parameter(
                  "markdownChannelTypes",
                  Parameter.Kind.CHANNEL_TYPES,
                  "Channels that render Markdown",
                  "Elsewhere **bold** and [links](…) show as typed")),
          Map.of("maxHashtags", 3, "markdownChannelTypes", List.of()),
          ChannelRule::new);

  private static final Pattern HASHTAG = Pattern.compile("(?<![\\w&])#[\\p{L}\\p{N}_]+");
  private static final Pattern MARKDOWN =
      Pattern.compile(
          "\\*\\*[^*\\n]+\\*\\*|__[^_\\n]+__|\\[[^\\]\\n]+\\]\\([^)\\s]+\\)|(?m)^#{1,6} ");

  private final int maxHashtags;
  private final List<String> markdownChannels;

  ChannelRule(RuleParameters parameters) {
    maxHashtags = parameters.count("maxHashtags");
    markdownChannels = parameters.list("markdownChannelTypes");
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(DraftUnderCheck draft) {
    String text = draft.text();
    List<Finding> findings = new ArrayList<>();
    if (text.strip().length() > draft.maxLength()) {
      findings.add(
          finding(
              Severity.BLOCK,
              "The reply has "
                  + text.strip().length()
                  + " characters; this channel takes at most "
                  + draft.maxLength()
                  + ".",
              "The channel refuses or cuts longer replies, and a cut reply says something else.",
              "Shorten it to " + draft.maxLength() + " characters."));
    }
    long hashtags = HASHTAG.matcher(text).results().count();
    if (hashtags > maxHashtags) {
      findings.add(
          finding(
              Severity.WARN,
              "The reply has " + hashtags + " hashtags.",
              "A reply full of hashtags reads as marketing or spam, not as a person answering.",
              "Keep at most " + maxHashtags + "."));
    }
    if (!markdownChannels.contains(draft.channelType()) && MARKDOWN.matcher(text).find()) {
      findings.add(
          finding(
              Severity.WARN,
              "The reply uses Markdown, which this channel shows as typed.",
              "Asterisks, brackets and hashes appear literally and make the reply hard to read.",
              "Write plain text, and paste links as they are."));
    }
    return findings;
  }

  private static Finding finding(Severity severity, String message, String why, String fix) {
    return new Finding(
        ID, severity, message, why, fix, PolicyLinks.to(PolicyLinks.CHANNELS), null, null);
  }
}
