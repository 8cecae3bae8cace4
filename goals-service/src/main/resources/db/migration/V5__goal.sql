create table goal (
    id                  uuid          primary key,
    tenant              varchar(64)   not null,
    plan_id             uuid          not null references plan (id),
    owner_unit_id       uuid          not null references org_unit (id),
    overall_goal_id     uuid          references overall_goal (id),
    parent_goal_id      uuid          references goal (id),
    title               varchar(1000) not null,
    description         varchar(4000),
    follow_up_frequency varchar(16),
    gender_split        boolean       not null,
    version             bigint        not null,
    created_at          timestamptz   not null,
    created_by          varchar(200)  not null,
    updated_at          timestamptz   not null,
    updated_by          varchar(200)  not null
);
create index goal_plan on goal (tenant, plan_id);
create index goal_overall_goal on goal (overall_goal_id);
create index goal_owner on goal (owner_unit_id);
create index goal_parent on goal (parent_goal_id);

create table goal_co_owner (
    goal_id uuid not null references goal (id),
    unit_id uuid not null references org_unit (id),
    primary key (goal_id, unit_id)
);
create index goal_co_owner_unit on goal_co_owner (unit_id);
