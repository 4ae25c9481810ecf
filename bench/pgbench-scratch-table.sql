-- The ceiling for bench/run.sh: a scratch table shaped like Relay's mention row (same columns,
-- same indexes), filled by bench/pgbench-17-inserts.sql and dropped after the run.
set client_min_messages = warning;
drop table if exists bench_scratch_mention;
create table bench_scratch_mention (
    id           bigint generated always as identity,
    version      integer                  not null,
    channel      varchar(40)              not null,
    external_id  varchar(200)             not null,
    author       varchar(200)             not null,
    text         varchar(10000)           not null,
    url          varchar(2000),
    posted_at    timestamp(6) with time zone not null,
    received_at  timestamp(6) with time zone not null,
    topic        varchar(60),
    state        varchar(30) default 'NEW' not null,
    hot_issue    boolean default false not null,
    constraint pk_bench_scratch_mention primary key (id),
    constraint uk_bench_scratch_mention unique (channel, external_id)
);
create index ix_bench_scratch_received_at on bench_scratch_mention (received_at);
create index ix_bench_scratch_state on bench_scratch_mention (state);
create index ix_bench_scratch_author on bench_scratch_mention (channel, author, posted_at);
