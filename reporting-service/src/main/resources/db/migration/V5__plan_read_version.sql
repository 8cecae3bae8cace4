-- A plan's read version: raised in the consumer's transaction by every change a roll-up of the plan
-- could show, so that roll-up answers can be kept per version and are never stale (RollupViewCache).
create table plan_read_version (
    tenant  varchar(64) not null,
    plan_id uuid        not null,
    version bigint      not null,
    primary key (tenant, plan_id)
);
