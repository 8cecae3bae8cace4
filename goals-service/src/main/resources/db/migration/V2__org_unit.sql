create table org_unit (
    id         uuid         primary key,
    tenant     varchar(64)  not null,
    name       varchar(200) not null,
    kind       varchar(16)  not null,
    parent_id  uuid         references org_unit (id),
    code       varchar(16),
    retired    boolean      not null,
    version    bigint       not null,
    created_at timestamptz  not null,
    created_by varchar(200) not null,
    updated_at timestamptz  not null,
    updated_by varchar(200) not null
);
create index org_unit_tenant on org_unit (tenant, name);
create index org_unit_parent on org_unit (parent_id);
-- A short code (RF, RS, HSN) names one unit of a region.
create unique index org_unit_code on org_unit (tenant, code) where code is not null;
