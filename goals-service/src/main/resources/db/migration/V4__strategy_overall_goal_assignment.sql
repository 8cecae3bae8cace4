create table strategy (
    id          uuid          primary key,
    tenant      varchar(64)   not null,
    plan_id     uuid          not null references plan (id),
    name        varchar(200)  not null,
    description varchar(4000),
    ordinal     integer       not null,
    version     bigint        not null,
    created_at  timestamptz   not null,
    created_by  varchar(200)  not null,
    updated_at  timestamptz   not null,
    updated_by  varchar(200)  not null
);
create index strategy_plan on strategy (tenant, plan_id, ordinal);

create table overall_goal (
    id          uuid          primary key,
    tenant      varchar(64)   not null,
    strategy_id uuid          not null references strategy (id),
    parent_id   uuid          references overall_goal (id),
    title       varchar(500)  not null,
    description varchar(4000),
    ordinal     integer       not null,
    version     bigint        not null,
    created_at  timestamptz   not null,
    created_by  varchar(200)  not null,
    updated_at  timestamptz   not null,
    updated_by  varchar(200)  not null
);
create index overall_goal_strategy on overall_goal (tenant, strategy_id, ordinal);
create index overall_goal_parent on overall_goal (parent_id);

create table assignment (
    id              uuid          primary key,
    tenant          varchar(64)   not null,
    overall_goal_id uuid          not null references overall_goal (id),
    title           varchar(1000) not null,
    description     varchar(4000),
    version         bigint        not null,
    created_at      timestamptz   not null,
    created_by      varchar(200)  not null,
    updated_at      timestamptz   not null,
    updated_by      varchar(200)  not null
);
create index assignment_overall_goal on assignment (tenant, overall_goal_id);

create table assignment_unit (
    assignment_id uuid not null references assignment (id),
    unit_id       uuid not null references org_unit (id),
    primary key (assignment_id, unit_id)
);
