-- Utfall: one row per org unit, month and cost category, the month alone (not accumulated).
create table actual (
    id          uuid          primary key,
    tenant      varchar(64)   not null,
    org_unit_id uuid          not null,
    year        integer       not null,
    month       integer       not null check (month between 1 and 12),
    category    varchar(32)   not null,
    -- SEK to the öre; revenues positive, costs negative.
    amount      numeric(18,2) not null,
    version     bigint        not null,
    created_at  timestamptz   not null,
    created_by  varchar(200)  not null,
    updated_at  timestamptz   not null,
    updated_by  varchar(200)  not null,
    constraint actual_unit_month_category unique (tenant, org_unit_id, year, month, category)
);
create index actual_tenant_year on actual (tenant, year, month);

-- Who changed what and when: every version of every actual, forecast and investment as its event
-- carried it. Written once, never changed.
create table change_history (
    id             uuid         primary key,
    tenant         varchar(64)  not null,
    aggregate_type varchar(64)  not null,
    aggregate_id   uuid         not null,
    version        bigint       not null,
    change_type    varchar(16)  not null,
    changed_at     timestamptz  not null,
    changed_by     varchar(200) not null,
    state          text         not null,
    unique (aggregate_type, aggregate_id, version)
);
create index change_history_tenant on change_history (tenant, changed_at);
create index change_history_aggregate on change_history (aggregate_id, version);
