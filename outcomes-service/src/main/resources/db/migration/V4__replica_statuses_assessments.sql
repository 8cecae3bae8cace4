-- The local replica of the plan structure, fed from styrkort.goals (services never read each
-- other's tables). Nested state (targets, baselines, codes) is kept as the JSON the event carried.
create table replica_org_unit (
    id        uuid         primary key,
    tenant    varchar(64)  not null,
    name      varchar(1000) not null,
    kind      varchar(32),
    parent_id uuid,
    retired   boolean      not null
);

create table replica_plan (
    id            uuid          primary key,
    tenant        varchar(64)   not null,
    name          varchar(1000) not null,
    from_year     integer       not null,
    to_year       integer       not null,
    owner_unit_id uuid
);

create table replica_goal (
    id                  uuid        primary key,
    tenant              varchar(64) not null,
    plan_id             uuid        not null,
    owner_unit_id       uuid,
    title               text        not null,
    follow_up_frequency varchar(32)
);
create index replica_goal_plan on replica_goal (tenant, plan_id);

create table replica_indicator (
    id                  uuid         primary key,
    tenant              varchar(64)  not null,
    goal_id             uuid         not null,
    name                text         not null,
    unit_of_measure     varchar(100),
    direction           varchar(32)  not null,
    follow_up_frequency varchar(32),
    gender_split        boolean      not null,
    tolerance           numeric,
    sub_indicator_ids   text         not null,
    external_codes      text         not null,
    targets             text         not null,
    baselines           text         not null
);
create index replica_indicator_goal on replica_indicator (tenant, goal_id);

create table replica_activity (
    id          uuid         primary key,
    tenant      varchar(64)  not null,
    goal_id     uuid         not null,
    title       text         not null,
    state       varchar(32)  not null,
    start_date  date,
    end_date    date,
    responsible varchar(1000)
);
create index replica_activity_goal on replica_activity (tenant, goal_id);

-- An organization whose series a BENCHMARK target compares with ("riket"): its values are
-- measurements whose org unit is the benchmark organization's id.
create table benchmark_organization (
    id         uuid         primary key,
    tenant     varchar(64)  not null,
    code       varchar(64)  not null,
    name       varchar(200) not null,
    version    bigint       not null,
    created_at timestamptz  not null,
    created_by varchar(200) not null,
    updated_at timestamptz  not null,
    updated_by varchar(200) not null,
    unique (tenant, code)
);

-- An ACTIVITY indicator's outcome is a state ("Ja, genomförd", "Pågående"), not a number.
alter table measurement add column activity_state varchar(16);
alter table measurement drop constraint measurement_has_a_value;
alter table measurement add constraint measurement_has_a_value
    check (total is not null or women is not null or men is not null or activity_state is not null);
alter table measurement_revision add column activity_state varchar(16);

-- The status of one indicator for one org unit and period, and the numbers behind it.
create table indicator_status (
    id            uuid         primary key,
    tenant        varchar(64)  not null,
    indicator_id  uuid         not null,
    goal_id       uuid,
    plan_id       uuid,
    org_unit_id   uuid         not null,
    period        varchar(7)   not null,
    status        varchar(16)  not null,
    reason        varchar(40)  not null,
    value         numeric,
    women         numeric,
    men           numeric,
    value_kind    varchar(16),
    target        text,
    compared_with numeric,
    tolerance     numeric,
    measured      boolean      not null,
    version       bigint       not null,
    created_at    timestamptz  not null,
    created_by    varchar(200) not null,
    updated_at    timestamptz  not null,
    updated_by    varchar(200) not null,
    unique (tenant, indicator_id, org_unit_id, period)
);
create index indicator_status_goal on indicator_status (tenant, goal_id, period);
create index indicator_status_period on indicator_status (tenant, period);

-- The status of one goal for one period: computed from its indicators (or activities), and the
-- assessed one when its owner's assessment overrides it.
create table goal_status (
    id              uuid         primary key,
    tenant          varchar(64)  not null,
    goal_id         uuid         not null,
    plan_id         uuid,
    org_unit_id     uuid,
    period          varchar(7)   not null,
    computed_status varchar(16)  not null,
    computed_reason varchar(40)  not null,
    assessed_status varchar(16),
    justification   text,
    indicators      text         not null,
    version         bigint       not null,
    created_at      timestamptz  not null,
    created_by      varchar(200) not null,
    updated_at      timestamptz  not null,
    updated_by      varchar(200) not null,
    unique (tenant, goal_id, period)
);
create index goal_status_plan on goal_status (tenant, plan_id, period);

-- An assessment (bedömning) of a goal or of an indicator at a unit, for one period.
create table assessment (
    id              uuid         primary key,
    tenant          varchar(64)  not null,
    goal_id         uuid,
    indicator_id    uuid,
    plan_id         uuid,
    org_unit_id     uuid         not null,
    period          varchar(7)   not null,
    computed_status varchar(16)  not null,
    assessed_status varchar(16),
    justification   text,
    analysis        text,
    planned_actions text,
    forecast_value  numeric,
    forecast_status varchar(16),
    version         bigint       not null,
    created_at      timestamptz  not null,
    created_by      varchar(200) not null,
    updated_at      timestamptz  not null,
    updated_by      varchar(200) not null,
    constraint assessment_of_one check ((goal_id is null) <> (indicator_id is null))
);
create unique index assessment_identity on assessment (tenant, coalesce(goal_id, indicator_id), org_unit_id, period);

-- Every version of an assessment as it was written, by whom and when.
create table assessment_revision (
    id            uuid         primary key,
    tenant        varchar(64)  not null,
    assessment_id uuid         not null references assessment (id),
    version       bigint       not null,
    change_type   varchar(16)  not null,
    state         text         not null,
    changed_at    timestamptz  not null,
    changed_by    varchar(200) not null,
    unique (assessment_id, version)
);
