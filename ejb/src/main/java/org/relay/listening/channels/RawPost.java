package org.relay.listening.channels;

import java.time.Instant;

/**
 * A post as a connector read it from its source, before listening queries, validation and
 * classification decide whether it becomes a mention.
 *
 * @param externalId the source's own id of the post (unique within one channel instance)
 * @param author the author's handle as the source shows it (e.g. {@code @ana@mastodon.social})
 * @param authorFollowers the author's followers where the source tells, else {@code null}
 * @param text plain text (connectors turn HTML into text before they hand a post on)
 * @param url the public link of the post, or {@code null}
 * @param postedAt when the author posted it
 * @param inReplyTo the source's id of the post this one answers, or {@code null}
 * @param language the source's own language tag where it gives one (ISO 639-1), else {@code null}
 */
public record RawPost(
    String externalId,
    String author,
    Integer authorFollowers,
    String text,
    String url,
    Instant postedAt,
    String inReplyTo,
    String language) {}
