-- The revenue and cost table of the reports ("Intäkter och kostnader") from styrkort.budget: the
-- account structures (rows and sums in the report's order, as published JSON) and the rows' figures.
create table account_structure (
    id            uuid          primary key,
    tenant        varchar(64)   not null,
    name          varchar(200)  not null,
    accounts      text          not null,
    event_version bigint        not null,
    updated_at    timestamptz   not null
);

create table account_figure (
    id            uuid          primary key,
    tenant        varchar(64)   not null,
    structure_id  uuid          not null,
    org_unit_id   uuid          not null,
    period        varchar(7)    not null,
    value_kind    varchar(16)   not null,
    account       varchar(200)  not null,
    outcome       numeric(18,2),
    budget        numeric(18,2),
    previous_year numeric(18,2),
    event_version bigint        not null,
    updated_at    timestamptz   not null
);
-- The report reads a year's figures of its units.
create index account_figure_unit_period on account_figure (tenant, org_unit_id, period);
