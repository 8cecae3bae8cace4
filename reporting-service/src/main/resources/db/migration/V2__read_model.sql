-- The read model fed by styrkort.goals, styrkort.outcomes and styrkort.budget: one table per
-- aggregate type, the latest state of each aggregate, shaped for the roll-up and report queries.
-- Nested parts of a state (targets, budget lines, follow-ups) are kept as the JSON text they came as.

alter table plan_summary add column owner_unit_id uuid;
alter table plan_summary add column adopted_date  date;
alter table plan_summary add column decision_ref  varchar(100);

create table org_unit (
    id            uuid         primary key,
    tenant        varchar(64)  not null,
    name          varchar(500) not null,
    kind          varchar(32),
    parent_id     uuid,
    code          varchar(100),
    retired       boolean      not null default false,
    event_version bigint       not null,
    updated_at    timestamptz  not null
);
create index org_unit_parent on org_unit (tenant, parent_id);

create table strategy (
    id            uuid          primary key,
    tenant        varchar(64)   not null,
    plan_id       uuid          not null,
    name          varchar(500)  not null,
    description   text,
    ordinal       integer       not null default 0,
    event_version bigint        not null,
    updated_at    timestamptz   not null
);
create index strategy_plan on strategy (tenant, plan_id, ordinal);

create table overall_goal (
    id            uuid          primary key,
    tenant        varchar(64)   not null,
    strategy_id   uuid          not null,
    parent_id     uuid,
    title         varchar(2000) not null,
    description   text,
    ordinal       integer       not null default 0,
    event_version bigint        not null,
    updated_at    timestamptz   not null
);
create index overall_goal_strategy on overall_goal (tenant, strategy_id);

create table goal (
    id                  uuid          primary key,
    tenant              varchar(64)   not null,
    plan_id             uuid          not null,
    owner_unit_id       uuid          not null,
    overall_goal_id     uuid,
    parent_goal_id      uuid,
    title               varchar(2000) not null,
    description         text,
    follow_up_frequency varchar(32),
    follow_up_level     varchar(200),
    gender_split        boolean       not null default false,
    event_version       bigint        not null,
    updated_at          timestamptz   not null
);
create index goal_plan on goal (tenant, plan_id);
create index goal_owner on goal (tenant, owner_unit_id);

create table indicator (
    id                  uuid          primary key,
    tenant              varchar(64)   not null,
    goal_id             uuid          not null,
    name                varchar(2000) not null,
    unit_of_measure     varchar(100),
    direction           varchar(32),
    follow_up_frequency varchar(32),
    gender_split        boolean       not null default false,
    tolerance           numeric,
    targets             text,
    event_version       bigint        not null,
    updated_at          timestamptz   not null
);
create index indicator_goal on indicator (tenant, goal_id);

create table activity (
    id            uuid          primary key,
    tenant        varchar(64)   not null,
    goal_id       uuid          not null,
    title         varchar(2000) not null,
    start_date    date,
    end_date      date,
    responsible   varchar(500),
    state         varchar(32),
    state_comment text,
    event_version bigint        not null,
    updated_at    timestamptz   not null
);
create index activity_goal on activity (tenant, goal_id);

create table goal_status (
    id              uuid         primary key,
    tenant          varchar(64)  not null,
    goal_id         uuid         not null,
    plan_id         uuid,
    org_unit_id     uuid,
    period          varchar(16)  not null,
    computed_status varchar(16),
    computed_reason varchar(64),
    assessed_status varchar(16),
    justification   text,
    status          varchar(16),
    indicators      text,
    event_version   bigint       not null,
    updated_at      timestamptz  not null
);
-- The roll-up reads one plan's goals with their status in one period.
create index goal_status_plan_period on goal_status (tenant, plan_id, period) include (goal_id, status);
create index goal_status_goal_period on goal_status (tenant, goal_id, period);

create table indicator_status (
    id            uuid         primary key,
    tenant        varchar(64)  not null,
    indicator_id  uuid         not null,
    goal_id       uuid,
    plan_id       uuid,
    org_unit_id   uuid,
    period        varchar(16)  not null,
    status        varchar(16),
    reason        varchar(64),
    value         numeric,
    women         numeric,
    men           numeric,
    value_kind    varchar(16),
    target        text,
    compared_with numeric,
    tolerance     numeric,
    event_version bigint       not null,
    updated_at    timestamptz  not null
);
create index indicator_status_plan_period on indicator_status (tenant, plan_id, period);

create table assessment (
    id               uuid         primary key,
    tenant           varchar(64)  not null,
    goal_id          uuid,
    indicator_id     uuid,
    plan_id          uuid,
    org_unit_id      uuid,
    period           varchar(16)  not null,
    computed_status  varchar(16),
    assessed_status  varchar(16),
    justification    text,
    analysis         text,
    planned_actions  text,
    forecast_value   numeric,
    forecast_status  varchar(16),
    event_version    bigint       not null,
    updated_at       timestamptz  not null
);
create index assessment_plan_period on assessment (tenant, plan_id, period);

create table measurement (
    id            uuid         primary key,
    tenant        varchar(64)  not null,
    indicator_id  uuid         not null,
    org_unit_id   uuid         not null,
    period        varchar(16)  not null,
    value_kind    varchar(16)  not null,
    total         numeric,
    women         numeric,
    men           numeric,
    source_system varchar(200),
    event_version bigint       not null,
    updated_at    timestamptz  not null
);
create index measurement_indicator on measurement (tenant, indicator_id, period);

create table budget_frame (
    id                uuid         primary key,
    tenant            varchar(64)  not null,
    org_unit_id       uuid         not null,
    year              integer      not null,
    kind              varchar(16)  not null,
    lines             text,
    adopted_net       numeric,
    adjustments_net   numeric,
    current_net       numeric,
    event_version     bigint       not null,
    updated_at        timestamptz  not null
);
create index budget_frame_unit_year on budget_frame (tenant, org_unit_id, year);

create table budget_adjustment (
    id             uuid          primary key,
    tenant         varchar(64)   not null,
    frame_id       uuid          not null,
    effective_year integer       not null,
    kind           varchar(16),
    part           varchar(16),
    amount         numeric       not null,
    reason         text,
    decision_ref   varchar(100),
    event_version  bigint        not null,
    updated_at     timestamptz   not null
);
create index budget_adjustment_frame on budget_adjustment (tenant, frame_id);

create table actual (
    id            uuid         primary key,
    tenant        varchar(64)  not null,
    org_unit_id   uuid         not null,
    year          integer      not null,
    month         integer      not null,
    category      varchar(32)  not null,
    amount        numeric      not null,
    event_version bigint       not null,
    updated_at    timestamptz  not null
);
create index actual_unit_year on actual (tenant, org_unit_id, year, month);

create table forecast (
    id            uuid         primary key,
    tenant        varchar(64)  not null,
    org_unit_id   uuid         not null,
    year          integer      not null,
    category      varchar(32)  not null,
    amount        numeric,
    run_rate      numeric,
    comment       text,
    event_version bigint       not null,
    updated_at    timestamptz  not null
);
create index forecast_unit_year on forecast (tenant, org_unit_id, year);

create table investment (
    id                    uuid          primary key,
    tenant                varchar(64)   not null,
    org_unit_id           uuid          not null,
    area                  varchar(500),
    object                varchar(2000) not null,
    investment_type       varchar(16),
    category              varchar(32),
    amount                numeric,
    years                 text,
    decision_ref          varchar(100),
    planned_time          varchar(200),
    procurement_contacted boolean,
    completed             boolean,
    follow_ups            text,
    event_version         bigint        not null,
    updated_at            timestamptz   not null
);
create index investment_unit on investment (tenant, org_unit_id);
