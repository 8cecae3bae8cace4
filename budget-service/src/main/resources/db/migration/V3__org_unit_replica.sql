-- The org units as budget-service knows them, from the org-unit events of styrkort.goals.
create table org_unit (
    id            uuid         primary key,
    tenant        varchar(64)  not null,
    name          varchar(200) not null,
    kind          varchar(32)  not null,
    parent_id     uuid,
    retired       boolean      not null,
    event_version bigint       not null,
    updated_at    timestamptz  not null
);
create index org_unit_tenant_parent on org_unit (tenant, parent_id);
