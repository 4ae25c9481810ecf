-- Training after its review.
-- A version that requires re-certification lets completions of earlier versions count until its
-- grace period ends (its due days after publication); null: no such version, or none yet.
alter table training_module add column recertify_grace_until timestamp(6) with time zone;

-- Notification audiences carry their kind, so that they are matched exactly and a username never
-- reads as HR's or a lead's audience: user:<username>, lead:<department>, role:hr.
update training_notification set audience = 'role:hr' where audience = 'hr';
update training_notification set audience = 'user:' || audience
    where audience not like 'lead:%' and audience <> 'role:hr';
