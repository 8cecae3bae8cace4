-- The plans as reporting knows them, from styrkort.goals.
create table plan_summary (
    id            uuid         primary key,
    tenant        varchar(64)  not null,
    name          varchar(200) not null,
    from_year     integer      not null,
    to_year       integer      not null,
    status        varchar(16)  not null,
    event_version bigint       not null,
    updated_at    timestamptz  not null
);
create index plan_summary_tenant on plan_summary (tenant, from_year);
