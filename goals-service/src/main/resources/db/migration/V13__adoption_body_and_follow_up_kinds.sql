-- The body that adopted a plan; the decision reference was always nullable in the table.
alter table plan add column adopted_by_unit_id uuid references org_unit (id);

-- The follow-up plan (areas followed up during the year, often without a date), the meeting plan
-- and the preparation calendar share one table; what a line is, is its kind. Lines written before
-- were meeting-plan lines.
alter table follow_up_item add column kind varchar(32) not null default 'MEETING';
alter table follow_up_item add column end_date date;
alter table follow_up_item add column section varchar(200);
alter table follow_up_item alter column date drop not null;
alter table follow_up_item add constraint follow_up_item_dated check (date is not null or kind = 'FOLLOW_UP');
alter table follow_up_item add constraint follow_up_item_days check (end_date is null or end_date >= date);
