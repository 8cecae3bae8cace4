alter table plan add column adopted_date date;
alter table plan add column decision_ref varchar(40);
alter table plan add column plan_version integer not null default 1;
alter table plan add column predecessor_id uuid references plan (id);
-- One revision per adopted plan, so versions form a line and never branch.
create unique index plan_successor on plan (predecessor_id);
