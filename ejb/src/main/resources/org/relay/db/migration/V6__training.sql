-- Training: modules and their versions (a published version never changes), their quizzes and
-- requirements, completions with their expiry, quiz attempts, assignments with their reminders,
-- notifications for employees, leads and HR, and the employees Relay has seen sign in.

create sequence training_module_seq start with 1 increment by 50;
create table training_module (
    id                 bigint                      not null,
    lock_version       integer                     not null,
    title              varchar(200)                not null,
    published_version  integer                     not null,
    recertify_from     integer                     not null,
    created_at         timestamp(6) with time zone not null,
    created_by         varchar(200)                not null,
    retired_at         timestamp(6) with time zone,
    retired_by         varchar(200),
    constraint pk_training_module primary key (id)
);

-- One version of a module: a draft HR edits, the published one, or a superseded one.
create sequence module_version_seq start with 1 increment by 50;
create table module_version (
    id                        bigint                      not null,
    lock_version              integer                     not null,
    module_id                 bigint                      not null,
    number                    integer                     not null,
    state                     varchar(20)                 not null,
    title                     varchar(200)                not null,
    summary                   varchar(2000),
    content                   varchar(100000),
    external_url              varchar(2000),
    pass_mark                 integer,
    validity_months           integer                     not null,
    due_days                  integer                     not null,
    requires_recertification  boolean                     not null,
    created_at                timestamp(6) with time zone not null,
    created_by                varchar(200)                not null,
    updated_at                timestamp(6) with time zone not null,
    updated_by                varchar(200)                not null,
    published_at              timestamp(6) with time zone,
    published_by              varchar(200),
    constraint pk_module_version primary key (id),
    constraint fk_module_version_module foreign key (module_id) references training_module (id),
    constraint uk_module_version unique (module_id, number)
);

-- Who must take a version: anyone with one of its roles, or in one of its departments.
create table module_version_role (
    version_id  bigint        not null,
    role        varchar(100)  not null,
    constraint pk_module_version_role primary key (version_id, role),
    constraint fk_module_version_role foreign key (version_id) references module_version (id)
);
create table module_version_department (
    version_id  bigint        not null,
    department  varchar(100)  not null,
    constraint pk_module_version_department primary key (version_id, department),
    constraint fk_module_version_department foreign key (version_id) references module_version (id)
);
-- The guideline rules a version teaches, for suggesting it to authors who keep tripping them.
create table module_version_rule (
    version_id  bigint        not null,
    rule_id     varchar(60)   not null,
    constraint pk_module_version_rule primary key (version_id, rule_id),
    constraint fk_module_version_rule foreign key (version_id) references module_version (id)
);

create sequence quiz_question_seq start with 1 increment by 50;
create table quiz_question (
    id          bigint         not null,
    version_id  bigint         not null,
    position    integer        not null,
    text        varchar(2000)  not null,
    multiple    boolean        not null,
    constraint pk_quiz_question primary key (id),
    constraint fk_quiz_question_version foreign key (version_id) references module_version (id)
);
create index ix_quiz_question_version on quiz_question (version_id);
create table quiz_option (
    question_id  bigint        not null,
    position     integer       not null,
    text         varchar(500)  not null,
    correct      boolean       not null,
    constraint pk_quiz_option primary key (question_id, position),
    constraint fk_quiz_option_question foreign key (question_id) references quiz_question (id)
);

-- An employee completed a version: by passing its quiz, by reading a module without a quiz, or
-- as HR recorded (a workshop). Valid until expires_at.
create sequence training_completion_seq start with 1 increment by 50;
create table training_completion (
    id              bigint                      not null,
    module_id       bigint                      not null,
    version_number  integer                     not null,
    username        varchar(200)                not null,
    display_name    varchar(200)                not null,
    source          varchar(20)                 not null,
    score           integer,
    completed_at    timestamp(6) with time zone not null,
    expires_at      timestamp(6) with time zone not null,
    recorded_at     timestamp(6) with time zone not null,
    recorded_by     varchar(200)                not null,
    note            varchar(2000),
    constraint pk_training_completion primary key (id),
    constraint fk_training_completion_module foreign key (module_id) references training_module (id)
);
create index ix_training_completion_user on training_completion (username, module_id);
create index ix_training_completion_module on training_completion (module_id, expires_at);

create sequence quiz_attempt_seq start with 1 increment by 50;
create table quiz_attempt (
    id              bigint                      not null,
    module_id       bigint                      not null,
    version_number  integer                     not null,
    username        varchar(200)                not null,
    score           integer                     not null,
    passed          boolean                     not null,
    attempted_at    timestamp(6) with time zone not null,
    constraint pk_quiz_attempt primary key (id),
    constraint fk_quiz_attempt_module foreign key (module_id) references training_module (id)
);
create index ix_quiz_attempt_user on quiz_attempt (username, module_id);

-- A module assigned to an employee, due by due_at. open_key is "<module>:<username>" while the
-- assignment is open and null after, so that the database allows one open assignment per person
-- and module.
create sequence training_assignment_seq start with 1 increment by 50;
create table training_assignment (
    id                bigint                      not null,
    lock_version      integer                     not null,
    module_id         bigint                      not null,
    username          varchar(200)                not null,
    display_name      varchar(200)                not null,
    departments       varchar(1000)               not null,
    reason            varchar(30)                 not null,
    state             varchar(20)                 not null,
    open_key          varchar(250),
    assigned_at       timestamp(6) with time zone not null,
    due_at            timestamp(6) with time zone not null,
    reminders_sent    integer                     not null,
    last_reminded_at  timestamp(6) with time zone,
    escalated_at      timestamp(6) with time zone,
    closed_at         timestamp(6) with time zone,
    completion_id     bigint,
    constraint pk_training_assignment primary key (id),
    constraint fk_training_assignment_module foreign key (module_id) references training_module (id),
    constraint uk_training_assignment_open unique (open_key)
);
create index ix_training_assignment_user on training_assignment (username, state);
create index ix_training_assignment_state on training_assignment (state, due_at);

-- What Relay tells people about training: an employee (audience = username), a department's
-- leads (lead:<department>) or HR (hr).
create sequence training_notification_seq start with 1 increment by 50;
create table training_notification (
    id          bigint                      not null,
    audience    varchar(210)                not null,
    kind        varchar(30)                 not null,
    module_id   bigint,
    subject     varchar(200),
    message     varchar(1000)               not null,
    created_at  timestamp(6) with time zone not null,
    created_by  varchar(200)                not null,
    read_at     timestamp(6) with time zone,
    constraint pk_training_notification primary key (id)
);
create index ix_training_notification_audience on training_notification (audience, created_at);

-- The people Relay has seen sign in, with the departments and roles of their latest sign-in: the
-- first sign-in of someone new assigns the modules that apply to them.
create table known_employee (
    username       varchar(200)                not null,
    display_name   varchar(200)                not null,
    departments    varchar(1000)               not null,
    roles          varchar(1000)               not null,
    first_seen_at  timestamp(6) with time zone not null,
    last_seen_at   timestamp(6) with time zone not null,
    constraint pk_known_employee primary key (username)
);
