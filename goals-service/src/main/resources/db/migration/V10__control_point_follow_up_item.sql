create table control_point (
    id            uuid          primary key,
    tenant        varchar(64)   not null,
    plan_id       uuid          not null references plan (id),
    control_point varchar(1000) not null,
    performer     varchar(200)  not null,
    method        varchar(1000) not null,
    version       bigint        not null,
    created_at    timestamptz   not null,
    created_by    varchar(200)  not null,
    updated_at    timestamptz   not null,
    updated_by    varchar(200)  not null
);
create index control_point_plan on control_point (tenant, plan_id);

create table control_point_follow_up (
    control_point_id uuid          not null references control_point (id),
    position         integer       not null,
    date             date          not null,
    result           varchar(4000),
    primary key (control_point_id, position)
);

create table follow_up_item (
    id               uuid          primary key,
    tenant           varchar(64)   not null,
    plan_id          uuid          not null references plan (id),
    date             date          not null,
    body_unit_id     uuid          not null references org_unit (id),
    topic            varchar(1000) not null,
    responsible_role varchar(200),
    version          bigint        not null,
    created_at       timestamptz   not null,
    created_by       varchar(200)  not null,
    updated_at       timestamptz   not null,
    updated_by       varchar(200)  not null
);
create index follow_up_item_plan on follow_up_item (tenant, plan_id, date);
