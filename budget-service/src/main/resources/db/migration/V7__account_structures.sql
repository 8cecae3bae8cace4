-- Kontoplan for the report: the rows and sums of a revenue and cost table ("Intäkter och
-- kostnader") as a region's report prints them, kept as one JSON document per structure.
create table account_structure (
    id          uuid          primary key,
    tenant      varchar(64)   not null,
    name        varchar(200)  not null,
    accounts    text          not null,
    version     bigint        not null,
    created_at  timestamptz   not null,
    created_by  varchar(200)  not null,
    updated_at  timestamptz   not null,
    updated_by  varchar(200)  not null,
    constraint account_structure_name unique (tenant, name)
);

-- The figures of a structure's rows (never of its sums) per org unit, period and value kind, in SEK
-- with the row's sign: outcome, budget, last year's outcome; any may be unknown.
create table account_figure (
    id            uuid          primary key,
    tenant        varchar(64)   not null,
    structure_id  uuid          not null references account_structure (id),
    org_unit_id   uuid          not null,
    period        varchar(7)    not null,
    value_kind    varchar(16)   not null,
    account       varchar(200)  not null,
    outcome       numeric(18,2),
    budget        numeric(18,2),
    previous_year numeric(18,2),
    version       bigint        not null,
    created_at    timestamptz   not null,
    created_by    varchar(200)  not null,
    updated_at    timestamptz   not null,
    updated_by    varchar(200)  not null,
    constraint account_figure_row unique (tenant, structure_id, org_unit_id, period, value_kind, account)
);
