-- Seeded rows take ids below 1001, where the sequences start.
-- Listening: channel instances and their status, listening queries, topics, urgency and crisis
-- terms, employees' own handles, crises, file imports, and what classification learns of a mention.

create sequence channel_seq start with 1001 increment by 50;
create table channel (
    id                    bigint                      not null,
    version               integer                     not null,
    code                  varchar(40)                 not null,
    type                  varchar(20)                 not null,
    name                  varchar(120)                not null,
    enabled               boolean                     not null,
    source_url            varchar(2000),
    access_token          varchar(500),
    hashtags              varchar(1000),
    search_terms          varchar(1000),
    watch_mentions        boolean                     not null,
    poll_seconds          integer                     not null,
    poll_state            varchar(8000),
    next_poll_at          timestamp(6) with time zone,
    last_poll_at          timestamp(6) with time zone,
    last_success_at       timestamp(6) with time zone,
    last_error            varchar(2000),
    posts_seen            bigint                      not null,
    noise                 bigint                      not null,
    errors                bigint                      not null,
    consecutive_failures  integer                     not null,
    constraint pk_channel primary key (id),
    constraint uk_channel_code unique (code)
);

-- Every installation starts with the webhook channel, so API clients can deliver at once, and a
-- channel for files imported from other tools.
insert into channel (id, version, code, type, name, enabled, watch_mentions, poll_seconds,
                     posts_seen, noise, errors, consecutive_failures)
values (1, 0, 'webhook', 'WEBHOOK', 'Webhook / API', true, false, 300,
        0, 0, 0, 0);
insert into channel (id, version, code, type, name, enabled, watch_mentions, poll_seconds,
                     posts_seen, noise, errors, consecutive_failures)
values (2, 0, 'file-import', 'FILE', 'File import', true, false, 300, 0, 0, 0, 0);

create sequence listening_query_seq start with 1 increment by 50;
create table listening_query (
    id           bigint                      not null,
    version      integer                     not null,
    name         varchar(120)                not null,
    expression   varchar(2000)               not null,
    languages    varchar(200),
    exclusions   varchar(2000),
    enabled      boolean                     not null,
    matched      bigint                      not null,
    noise        bigint                      not null,
    updated_by   varchar(200)                not null,
    updated_at   timestamp(6) with time zone not null,
    constraint pk_listening_query primary key (id),
    constraint uk_listening_query_name unique (name)
);

create sequence topic_seq start with 1001 increment by 50;
create table topic (
    id        bigint         not null,
    version   integer        not null,
    name      varchar(60)    not null,
    keywords  varchar(4000)  not null,
    position  integer        not null,
    constraint pk_topic primary key (id),
    constraint uk_topic_name unique (name)
);

-- The topics Relay shipped with in a properties file, now an administrator's to change.
insert into topic (id, version, name, keywords, position) values
    (1, 0, 'outage', 'outage, down, not loading, cannot log in, can''t log in, 503, 500 error, status page', 1);
insert into topic (id, version, name, keywords, position) values
    (2, 0, 'billing', 'invoice, refund, charged, billing, payment, subscription, overcharged', 2);
insert into topic (id, version, name, keywords, position) values
    (3, 0, 'legal', 'lawsuit, lawyer, gdpr, sue, terms of service, trademark', 3);
insert into topic (id, version, name, keywords, position) values
    (4, 0, 'press', 'journalist, reporter, press inquiry, comment for a story, interview request', 4);
insert into topic (id, version, name, keywords, position) values
    (5, 0, 'careers', 'job, hiring, internship, career, recruiter, application', 5);
insert into topic (id, version, name, keywords, position) values
    (6, 0, 'complaint', 'terrible, worst, disappointed, angry, unacceptable, awful, never again', 6);
insert into topic (id, version, name, keywords, position) values
    (7, 0, 'product', 'feature, roadmap, release, beta, feedback, api, integration', 7);

-- Urgency words raise a mention's priority; crisis terms raise a crisis on the mention's topic.
create sequence listening_term_seq start with 1001 increment by 50;
create table listening_term (
    id       bigint        not null,
    kind     varchar(20)   not null,
    term     varchar(200)  not null,
    constraint pk_listening_term primary key (id),
    constraint uk_listening_term unique (kind, term)
);
insert into listening_term (id, kind, term) values (1, 'URGENCY', 'urgent');
insert into listening_term (id, kind, term) values (2, 'URGENCY', 'asap');
insert into listening_term (id, kind, term) values (3, 'URGENCY', 'immediately');
insert into listening_term (id, kind, term) values (4, 'URGENCY', 'emergency');
insert into listening_term (id, kind, term) values (5, 'URGENCY', 'still down');
insert into listening_term (id, kind, term) values (6, 'CRISIS', 'data breach');
insert into listening_term (id, kind, term) values (7, 'CRISIS', 'recall');
insert into listening_term (id, kind, term) values (8, 'CRISIS', 'caught fire');
insert into listening_term (id, kind, term) values (9, 'CRISIS', 'boycott');
insert into listening_term (id, kind, term) values (10, 'CRISIS', 'class action');

-- Employees' own handles: their posts are employee voice, never routed nor counted as customers.
create sequence employee_handle_seq start with 1 increment by 50;
create table employee_handle (
    id          bigint                      not null,
    username    varchar(200)                not null,
    handle      varchar(200)                not null,
    created_at  timestamp(6) with time zone not null,
    constraint pk_employee_handle primary key (id),
    constraint uk_employee_handle unique (handle)
);
create index ix_employee_handle_username on employee_handle (username);

-- A crisis on a topic; active_topic is the topic while it lasts and null after, so that the
-- database allows one active crisis per topic.
create sequence crisis_seq start with 1 increment by 50;
create table crisis (
    id            bigint                      not null,
    version       integer                     not null,
    topic         varchar(60)                 not null,
    active_topic  varchar(60),
    reason        varchar(20)                 not null,
    detail        varchar(2000)               not null,
    started_at    timestamp(6) with time zone not null,
    started_by    varchar(200)                not null,
    ended_at      timestamp(6) with time zone,
    ended_by      varchar(200),
    end_note      varchar(2000),
    constraint pk_crisis primary key (id),
    constraint uk_crisis_active_topic unique (active_topic)
);

create sequence import_job_seq start with 1 increment by 50;
create table import_job (
    id            bigint                      not null,
    version       integer                     not null,
    channel       varchar(40)                 not null,
    file_name     varchar(300)                not null,
    format        varchar(10)                 not null,
    state         varchar(20)                 not null,
    total_bytes   bigint                      not null,
    read_bytes    bigint                      not null,
    rows_read     bigint                      not null,
    stored        bigint                      not null,
    duplicates    bigint                      not null,
    failed        bigint                      not null,
    report        varchar(20000),
    created_by    varchar(200)                not null,
    created_at    timestamp(6) with time zone not null,
    finished_at   timestamp(6) with time zone,
    constraint pk_import_job primary key (id)
);

alter table mention add column language varchar(8);
alter table mention add column sentiment varchar(10);
alter table mention add column sentiment_score double precision;
alter table mention add column author_followers integer;
alter table mention add column reach varchar(10);
alter table mention add column urgent boolean default false not null;
alter table mention add column employee_voice boolean default false not null;
alter table mention add column in_reply_to varchar(200);
-- Spike detection counts mentions per topic by when they were posted.
create index ix_mention_posted_at on mention (posted_at);
