-- Who changed which year's target of an indicator, when, from what to what: public bodies must be able to show it.
create table target_change (
    id           uuid          primary key,
    tenant       varchar(64)   not null,
    indicator_id uuid          not null references indicator (id),
    year         integer       not null,
    old_target   varchar(4000),
    new_target   varchar(4000),
    changed_at   timestamptz   not null,
    changed_by   varchar(200)  not null
);
create index target_change_indicator on target_change (tenant, indicator_id, changed_at);
