create table budget_frame (
    id          uuid          primary key,
    tenant      varchar(64)   not null,
    org_unit_id uuid          not null,
    year        integer       not null,
    kind        varchar(16)   not null,
    -- SEK to the öre; a net frame, so negative when costs outweigh revenues.
    amount      numeric(18,2) not null,
    version     bigint        not null,
    created_at  timestamptz   not null,
    created_by  varchar(200)  not null,
    updated_at  timestamptz   not null,
    updated_by  varchar(200)  not null
);
create index budget_frame_tenant on budget_frame (tenant, year, org_unit_id);
