create table indicator (
    id                  uuid           primary key,
    tenant              varchar(64)    not null,
    goal_id             uuid           not null references goal (id),
    name                varchar(1000)  not null,
    unit_of_measure     varchar(100),
    direction           varchar(20)    not null,
    follow_up_frequency varchar(16),
    source              varchar(200),
    gender_split        boolean        not null,
    tolerance           numeric,
    version             bigint         not null,
    created_at          timestamptz    not null,
    created_by          varchar(200)   not null,
    updated_at          timestamptz    not null,
    updated_by          varchar(200)   not null
);
create index indicator_goal on indicator (tenant, goal_id);

create table indicator_sub (
    indicator_id     uuid not null references indicator (id),
    sub_indicator_id uuid not null references indicator (id),
    primary key (indicator_id, sub_indicator_id)
);

create table indicator_target (
    indicator_id           uuid          not null references indicator (id),
    position               integer       not null,
    year                   integer       not null,
    kind                   varchar(16)   not null,
    value                  numeric,
    lo                     numeric,
    hi                     numeric,
    reference_period       varchar(16),
    reference_value        numeric,
    benchmark_organization varchar(200),
    k                      integer,
    wording                varchar(500),
    primary key (indicator_id, position)
);

create table indicator_baseline (
    indicator_id uuid           not null references indicator (id),
    position     integer        not null,
    period       varchar(16)    not null,
    value        numeric,
    women        numeric,
    men          numeric,
    primary key (indicator_id, position)
);
