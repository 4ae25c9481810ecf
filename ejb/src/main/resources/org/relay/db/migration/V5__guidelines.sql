-- Guidelines: administrators' rule parameters, the canned-message library, the policy in plain
-- language, employees' profile disclosures, every finding per author (for repeated findings),
-- threaded comments on drafts, and the holding statement PR attaches to a crisis.

-- One row per rule an administrator configured; a rule without a row runs with its defaults.
create table guideline_rule (
    rule_id     varchar(40)                 not null,
    version     integer                     not null,
    enabled     boolean                     not null,
    parameters  varchar(20000)              not null,
    updated_by  varchar(200)                not null,
    updated_at  timestamp(6) with time zone not null,
    constraint pk_guideline_rule primary key (rule_id)
);

create sequence canned_message_seq start with 1 increment by 50;
create table canned_message (
    id          bigint                      not null,
    version     integer                     not null,
    title       varchar(120)                not null,
    text        varchar(5000)               not null,
    topic       varchar(60),
    retired     boolean                     not null,
    uses        bigint                      not null,
    created_by  varchar(200)                not null,
    created_at  timestamp(6) with time zone not null,
    updated_by  varchar(200)                not null,
    updated_at  timestamp(6) with time zone not null,
    constraint pk_canned_message primary key (id)
);
create index ix_canned_message_topic on canned_message (topic);

-- The guidelines in plain language; findings link to a section by its key.
create table policy_section (
    section_key  varchar(40)                 not null,
    version      integer                     not null,
    position     integer                     not null,
    title        varchar(120)                not null,
    body         varchar(20000)              not null,
    updated_by   varchar(200)                not null,
    updated_at   timestamp(6) with time zone not null,
    constraint pk_policy_section primary key (section_key)
);
insert into policy_section (section_key, version, position, title, body, updated_by, updated_at) values
('transparency', 0, 1, 'Say who you are',
'When you answer in public, say that you work here, in every reply. A line such as *"I work at Relay on the support team"* or the hashtag **#relayemployee** is enough.

An employee who does not say so looks like a customer praising the company, and when that comes out, the company has lost more than the reply could ever win. Where the channel shows your profile and you registered a profile that says where you work, that counts too.',
 'relay', timestamp '2026-01-01 00:00:00'),
('confidentiality', 0, 2, 'Keep confidential things confidential',
'Unreleased products, internal project names, customers under a non-disclosure agreement, revenue and other figures the company has not published, and dates of launches nobody has announced stay inside.

If a reply needs one of them, legal reviews it first. That is not a punishment: it is how you can say more than you otherwise could.',
 'relay', timestamp '2026-01-01 00:00:00'),
('privacy', 0, 3, 'Protect people''s data',
'Never put an e-mail address, a phone number, an order, account or card number in a public reply, not even the customer''s own. A public reply is copied, indexed and kept.

Ask the person to send it privately, by direct message or through the support form, and continue there.',
 'relay', timestamp '2026-01-01 00:00:00'),
('tone', 0, 4, 'Sound like yourself, stay calm, promise only what is meant',
'Answer the person in front of you, in your own words: their name, their situation, what you will do. Canned messages are a starting point, never the reply; a reply that reads like a template is flagged.

Stay calm however the customer wrote: no hostile words, no capitals, no strings of exclamation marks. Promises of refunds, guarantees and admissions of fault bind the company, so PR reviews them; statements about legal liability go to legal.',
 'relay', timestamp '2026-01-01 00:00:00'),
('links', 0, 5, 'Link only to sites we vouch for',
'A link in a reply is a recommendation. Link only to the company''s own sites and the few others an administrator allowed; anything else may be a scam, a competitor, or a page that changes after the reply is published.',
 'relay', timestamp '2026-01-01 00:00:00'),
('channels', 0, 6, 'Fit the channel',
'Every channel has its limits: Mastodon takes 500 characters including the handle the reply starts with. Most channels show plain text, so **Markdown** appears as typed. Keep hashtags to a few.',
 'relay', timestamp '2026-01-01 00:00:00'),
('escalation', 0, 7, 'When to escalate, and who reviews',
'The review policy decides who reviews a draft, and the editor tells you before you submit: legal for confidential information and legal liability, PR for promises, tone, hot issues and every reply during a crisis, nobody when nothing needs it.

If a mention is bigger than your department (press, many angry customers, something that could become a crisis) escalate it: PR takes it over at high priority. During a crisis, PR may attach a holding statement: use it as the basis of your reply.',
 'relay', timestamp '2026-01-01 00:00:00');

-- What an employee's own profile says about where they work (used on channels that show it).
create table author_disclosure (
    username    varchar(200)                not null,
    statement   varchar(300)                not null,
    updated_at  timestamp(6) with time zone not null,
    constraint pk_author_disclosure primary key (username)
);

-- Every rule a submitted (or refused) draft broke, per author, for counting repeated findings.
create sequence draft_finding_seq start with 1 increment by 50;
create table draft_finding (
    id          bigint                      not null,
    draft_id    bigint,
    mention_id  bigint                      not null,
    author      varchar(200)                not null,
    rule_id     varchar(40)                 not null,
    severity    varchar(20)                 not null,
    found_at    timestamp(6) with time zone not null,
    constraint pk_draft_finding primary key (id)
);
create index ix_draft_finding_author on draft_finding (author, found_at);
create index ix_draft_finding_found_at on draft_finding (found_at);
create index ix_draft_finding_draft on draft_finding (draft_id);

-- Threaded comments on a draft revision, between its author and its reviewers.
create sequence draft_comment_seq start with 1 increment by 50;
create table draft_comment (
    id          bigint                      not null,
    mention_id  bigint                      not null,
    draft_id    bigint                      not null,
    parent_id   bigint,
    author      varchar(200)                not null,
    body        varchar(4000)               not null,
    created_at  timestamp(6) with time zone not null,
    constraint pk_draft_comment primary key (id),
    constraint fk_draft_comment_draft foreign key (draft_id) references draft (id),
    constraint fk_draft_comment_parent foreign key (parent_id) references draft_comment (id)
);
create index ix_draft_comment_mention on draft_comment (mention_id, created_at);

-- The statement PR wants every reply about a crisis to build on.
alter table crisis add column holding_statement varchar(2000);
alter table crisis add column holding_statement_by varchar(200);
alter table crisis add column holding_statement_at timestamp(6) with time zone;

-- The authenticity rule reads the replies published in the last 30 days.
create index ix_publication_published_at on publication (published_at);
