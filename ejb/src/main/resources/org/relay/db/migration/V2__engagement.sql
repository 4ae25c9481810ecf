-- Where a mention stands in its engagement, its drafts, reviews, publication and audit trail.
alter table mention add column state varchar(30) default 'NEW' not null;
alter table mention add column hot_issue boolean default false not null;
create index ix_mention_state on mention (state);

create sequence draft_seq start with 1 increment by 50;
create table draft (
    id          bigint                      not null,
    mention_id  bigint                      not null,
    revision    integer                     not null,
    author      varchar(200)                not null,
    text        varchar(5000)               not null,
    findings    varchar(20000)              not null,
    created_at  timestamp(6) with time zone not null,
    constraint pk_draft primary key (id),
    constraint fk_draft_mention foreign key (mention_id) references mention (id),
    constraint uk_draft_revision unique (mention_id, revision)
);

create sequence review_decision_seq start with 1 increment by 50;
create table review_decision (
    id          bigint                      not null,
    draft_id    bigint                      not null,
    kind        varchar(20)                 not null,
    reviewer    varchar(200)                not null,
    outcome     varchar(20)                 not null,
    comment     varchar(4000),
    decided_at  timestamp(6) with time zone not null,
    constraint pk_review_decision primary key (id),
    constraint fk_review_decision_draft foreign key (draft_id) references draft (id)
);

create sequence publication_seq start with 1 increment by 50;
create table publication (
    id               bigint                      not null,
    mention_id       bigint                      not null,
    draft_id         bigint                      not null,
    idempotency_key  varchar(100)                not null,
    channel          varchar(40)                 not null,
    text             varchar(5000)               not null,
    url              varchar(2000),
    published_at     timestamp(6) with time zone not null,
    constraint pk_publication primary key (id),
    constraint fk_publication_mention foreign key (mention_id) references mention (id),
    constraint fk_publication_draft foreign key (draft_id) references draft (id),
    constraint uk_publication_key unique (idempotency_key)
);

create sequence audit_event_seq start with 1 increment by 50;
create table audit_event (
    id           bigint                      not null,
    mention_id   bigint                      not null,
    occurred_at  timestamp(6) with time zone not null,
    actor        varchar(200)                not null,
    action       varchar(40)                 not null,
    from_state   varchar(30),
    to_state     varchar(30),
    detail       varchar(4000),
    constraint pk_audit_event primary key (id)
);
create index ix_audit_event_mention on audit_event (mention_id, occurred_at);
