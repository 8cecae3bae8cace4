create table measurement (
    id           uuid         primary key,
    tenant       varchar(64)  not null,
    indicator_id uuid         not null,
    org_unit_id  uuid         not null,
    period       varchar(7)   not null,
    value_kind   varchar(16)  not null,
    -- Unconstrained numeric: a value keeps the precision it was reported with.
    value        numeric      not null,
    source       varchar(200),
    version      bigint       not null,
    created_at   timestamptz  not null,
    created_by   varchar(200) not null,
    updated_at   timestamptz  not null,
    updated_by   varchar(200) not null
);
create index measurement_indicator on measurement (tenant, indicator_id, period);
create index measurement_org_unit on measurement (tenant, org_unit_id, period);
