create table activity (
    id            uuid          primary key,
    tenant        varchar(64)   not null,
    goal_id       uuid          not null references goal (id),
    title         varchar(1000) not null,
    description   varchar(4000),
    start_date    date,
    end_date      date,
    responsible   varchar(200),
    state         varchar(16)   not null,
    state_comment varchar(4000),
    version       bigint        not null,
    created_at    timestamptz   not null,
    created_by    varchar(200)  not null,
    updated_at    timestamptz   not null,
    updated_by    varchar(200)  not null,
    constraint activity_dates check (end_date is null or start_date is null or end_date >= start_date)
);
create index activity_goal on activity (tenant, goal_id);
