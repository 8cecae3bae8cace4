-- A frame is now its lines per cost category; its net is their sum, so the stored net goes.
create table budget_frame_line (
    frame_id        uuid          not null references budget_frame (id),
    category        varchar(32)   not null,
    -- SEK to the öre; revenues positive, costs negative.
    officials       numeric(18,2) not null,
    elected_members numeric(18,2) not null,
    primary key (frame_id, category)
);
-- A frame set before had only its net, and no category to keep it in: it is kept whole as one
-- officials' line of the category its sign allows, for an economist to split.
insert into budget_frame_line (frame_id, category, officials, elected_members)
select id, case when amount > 0 then 'EXTERNAL_REVENUE' else 'OTHER_EXTERNAL_COSTS' end, amount, 0
from budget_frame;
alter table budget_frame drop column amount;
alter table budget_frame add constraint budget_frame_unit_year_kind unique (tenant, org_unit_id, year, kind);

create table budget_adjustment (
    id             uuid          primary key,
    tenant         varchar(64)   not null,
    frame_id       uuid          not null references budget_frame (id),
    effective_year integer       not null,
    part           varchar(16)   not null,
    kind           varchar(16)   not null,
    amount         numeric(18,2) not null,
    reason         varchar(2000) not null,
    decision_ref   varchar(40),
    version        bigint        not null,
    created_at     timestamptz   not null,
    created_by     varchar(200)  not null,
    updated_at     timestamptz   not null,
    updated_by     varchar(200)  not null
);
create index budget_adjustment_tenant on budget_adjustment (tenant, effective_year);
create index budget_adjustment_frame on budget_adjustment (frame_id);

create table budget_frame_revision (
    id          uuid         primary key,
    tenant      varchar(64)  not null,
    frame_id    uuid         not null references budget_frame (id),
    version     bigint       not null,
    change_type varchar(16)  not null,
    changed_at  timestamptz  not null,
    changed_by  varchar(200) not null,
    -- The frame as its event carried it; kept as written, never updated.
    state       text         not null,
    unique (frame_id, version)
);
