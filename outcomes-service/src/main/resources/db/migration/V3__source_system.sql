-- A system that delivers outcomes (Kolada, a data warehouse), known to a region by its code.
create table source_system (
    id         uuid         primary key,
    tenant     varchar(64)  not null,
    code       varchar(64)  not null,
    name       varchar(200) not null,
    version    bigint       not null,
    created_at timestamptz  not null,
    created_by varchar(200) not null,
    updated_at timestamptz  not null,
    updated_by varchar(200) not null,
    unique (tenant, code)
);

-- That system's code for one of our indicators or org units (Kolada's N00945, municipality 2380).
create table source_code (
    id               uuid         primary key,
    tenant           varchar(64)  not null,
    source_system_id uuid         not null references source_system (id),
    kind             varchar(16)  not null,
    code             varchar(100) not null,
    target_id        uuid         not null,
    updated_at       timestamptz  not null,
    updated_by       varchar(200) not null,
    unique (tenant, source_system_id, kind, code)
);
