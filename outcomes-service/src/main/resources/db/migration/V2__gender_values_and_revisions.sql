-- Values by gender (Kolada's T, K, M): each optional, at least one given.
alter table measurement rename column value to total;
alter table measurement alter column total drop not null;
alter table measurement add column women numeric;
alter table measurement add column men numeric;
alter table measurement add constraint measurement_has_a_value
    check (total is not null or women is not null or men is not null);

-- Where a value came from: the source system and that system's own row id.
alter table measurement rename column source to source_system;
alter table measurement add column external_row_id varchar(200);

-- The natural identity: recording it again revises the one measurement instead of adding another.
alter table measurement add constraint measurement_identity
    unique (tenant, indicator_id, org_unit_id, period, value_kind);

-- Every version of a measurement, never changed once written (who changed an outcome, and when).
create table measurement_revision (
    id              uuid         primary key,
    tenant          varchar(64)  not null,
    measurement_id  uuid         not null references measurement (id),
    version         bigint       not null,
    change_type     varchar(16)  not null,
    indicator_id    uuid         not null,
    org_unit_id     uuid         not null,
    period          varchar(7)   not null,
    value_kind      varchar(16)  not null,
    total           numeric,
    women           numeric,
    men             numeric,
    source_system   varchar(200),
    external_row_id varchar(200),
    changed_at      timestamptz  not null,
    changed_by      varchar(200) not null,
    unique (measurement_id, version)
);

-- Measurements written before revisions were kept start their history at their current state.
insert into measurement_revision (id, tenant, measurement_id, version, change_type, indicator_id, org_unit_id,
        period, value_kind, total, women, men, source_system, external_row_id, changed_at, changed_by)
    select gen_random_uuid(), tenant, id, version, case when version = 0 then 'CREATED' else 'UPDATED' end,
        indicator_id, org_unit_id, period, value_kind, total, women, men, source_system, external_row_id,
        updated_at, updated_by
    from measurement;
