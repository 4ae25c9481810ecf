-- A refused submission counts once per rule for the revision it would have been, however often the
-- author submits it again: repeated findings measure habits, not retries.
alter table draft_finding add column refused_revision integer;
create unique index ux_draft_finding_refused
    on draft_finding (mention_id, author, rule_id, refused_revision);
