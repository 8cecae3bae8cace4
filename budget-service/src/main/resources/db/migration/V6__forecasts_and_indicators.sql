-- Prognos helår: an economist's full-year forecast per org unit, year and cost category, with the
-- run-rate forecast computed from the year's actuals kept beside it.
create table forecast (
    id          uuid          primary key,
    tenant      varchar(64)   not null,
    org_unit_id uuid          not null,
    year        integer       not null,
    category    varchar(32)   not null,
    amount      numeric(18,2) not null,
    run_rate    numeric(18,2),
    comment     varchar(2000),
    version     bigint        not null,
    created_at  timestamptz   not null,
    created_by  varchar(200)  not null,
    updated_at  timestamptz   not null,
    updated_by  varchar(200)  not null,
    constraint forecast_unit_year_category unique (tenant, org_unit_id, year, category)
);

-- Financial indicators per org unit, period and code, in percent; the id is name-based.
create table financial_indicator (
    id          uuid          primary key,
    tenant      varchar(64)   not null,
    org_unit_id uuid          not null,
    period      varchar(7)    not null,
    code        varchar(32)   not null,
    value       numeric(9,2)  not null,
    version     bigint        not null,
    created_at  timestamptz   not null,
    created_by  varchar(200)  not null,
    updated_at  timestamptz   not null,
    updated_by  varchar(200)  not null,
    constraint financial_indicator_unit_period_code unique (tenant, org_unit_id, period, code)
);
