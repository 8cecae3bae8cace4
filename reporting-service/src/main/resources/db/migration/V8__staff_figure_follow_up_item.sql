-- Staff figures from styrkort.budget, for the report's "Ekonomi och personal".
create table staff_figure (
    id            uuid         primary key,
    tenant        varchar(64)  not null,
    org_unit_id   uuid         not null,
    as_of         date         not null,
    category      varchar(200) not null,
    total         integer      not null,
    women         integer,
    men           integer,
    event_version bigint       not null,
    updated_at    timestamptz  not null
);
create index staff_figure_unit on staff_figure (tenant, org_unit_id, as_of);

-- The follow-up plan, meeting plan and preparation calendar of a plan, from styrkort.goals.
create table follow_up_item (
    id               uuid          primary key,
    tenant           varchar(64)   not null,
    plan_id          uuid          not null,
    kind             varchar(32)   not null,
    date             date,
    end_date         date,
    body_unit_id     uuid          not null,
    section          varchar(200),
    topic            varchar(1000) not null,
    responsible_role varchar(200),
    event_version    bigint        not null,
    updated_at       timestamptz   not null
);
create index follow_up_item_plan on follow_up_item (tenant, plan_id, date);

-- The body that adopted a plan.
alter table plan_summary add column adopted_by_unit_id uuid;
