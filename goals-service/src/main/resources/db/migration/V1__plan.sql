create table plan (
    id         uuid         primary key,
    tenant     varchar(64)  not null,
    name       varchar(200) not null,
    from_year  integer      not null,
    to_year    integer      not null,
    status     varchar(16)  not null,
    version    bigint       not null,
    created_at timestamptz  not null,
    created_by varchar(200) not null,
    updated_at timestamptz  not null,
    updated_by varchar(200) not null
);
create index plan_tenant on plan (tenant, from_year);
