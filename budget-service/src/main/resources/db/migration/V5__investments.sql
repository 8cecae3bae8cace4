-- Investeringar: an org unit's investment objects, the years they run, and their follow-ups.
create table investment (
    id                    uuid          primary key,
    tenant                varchar(64)   not null,
    org_unit_id           uuid          not null,
    area                  varchar(200),
    object                varchar(500)  not null,
    investment_type       varchar(16)   not null,
    category              varchar(16)   not null,
    -- SEK to the öre, positive.
    amount                numeric(18,2) not null,
    decision_ref          varchar(40),
    planned_time          varchar(100),
    procurement_contacted boolean       not null,
    completed             boolean       not null,
    version               bigint        not null,
    created_at            timestamptz   not null,
    created_by            varchar(200)  not null,
    updated_at            timestamptz   not null,
    updated_by            varchar(200)  not null
);
create index investment_tenant_unit on investment (tenant, org_unit_id);

create table investment_year (
    investment_id uuid    not null references investment (id),
    year          integer not null,
    primary key (investment_id, year)
);
create index investment_year_year on investment_year (year);

create table investment_follow_up (
    investment_id     uuid          not null references investment (id),
    period            varchar(7)    not null,
    outcome_to_date   numeric(18,2) not null,
    forecast_year_end numeric(18,2),
    comment           varchar(2000),
    primary key (investment_id, period)
);
