-- Mentions as channels deliver them; unique per channel and the channel's own id.
create sequence mention_seq start with 1 increment by 50;

create table mention (
    id           bigint                   not null,
    version      integer                  not null,
    channel      varchar(40)              not null,
    external_id  varchar(200)             not null,
    author       varchar(200)             not null,
    text         varchar(10000)           not null,
    url          varchar(2000),
    posted_at    timestamp(6) with time zone not null,
    received_at  timestamp(6) with time zone not null,
    topic        varchar(60),
    constraint pk_mention primary key (id),
    constraint uk_mention_channel_external_id unique (channel, external_id)
);

create index ix_mention_received_at on mention (received_at);
