-- The roll-ups as last published on styrkort.reporting: one aggregate per (plan, period, level, key).
-- Kept apart from the read model, so a rebuild publishes only the roll-ups that really changed.
create table rollup (
    id             uuid          primary key,
    tenant         varchar(64)   not null,
    version        bigint        not null,
    plan_id        uuid          not null,
    period         varchar(16)   not null,
    level          varchar(16)   not null,
    key_id         uuid,
    key_name       varchar(2000) not null,
    green          integer       not null,
    yellow         integer       not null,
    red            integer       not null,
    not_measurable integer       not null,
    overall_status varchar(16)   not null,
    created_at     timestamptz   not null,
    created_by     varchar(200)  not null,
    updated_at     timestamptz   not null,
    updated_by     varchar(200)  not null
);
create index rollup_plan_period on rollup (tenant, plan_id, period);
