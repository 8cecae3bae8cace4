-- Antal anställda: an org unit's head count in one staff category on a day, with women and men.
create table staff_figure (
    id          uuid          primary key,
    tenant      varchar(64)   not null,
    org_unit_id uuid          not null,
    as_of       date          not null,
    category    varchar(200)  not null,
    total       integer       not null check (total >= 0),
    women       integer       check (women >= 0),
    men         integer       check (men >= 0),
    version     bigint        not null,
    created_at  timestamptz   not null,
    created_by  varchar(200)  not null,
    updated_at  timestamptz   not null,
    updated_by  varchar(200)  not null,
    constraint staff_figure_unit_day_category unique (tenant, org_unit_id, as_of, category)
);
create index staff_figure_day on staff_figure (tenant, as_of);
