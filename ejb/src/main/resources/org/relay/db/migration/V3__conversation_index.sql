-- The conversation around a mention: the author's other mentions on the channel.
create index ix_mention_author on mention (channel, author, posted_at);
