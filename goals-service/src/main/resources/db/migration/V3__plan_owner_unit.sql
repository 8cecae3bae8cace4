alter table plan add column owner_unit_id uuid references org_unit (id);
