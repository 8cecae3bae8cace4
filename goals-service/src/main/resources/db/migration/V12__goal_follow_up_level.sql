-- The level a goal is followed up at, as the plan words it ("på HSN-nivå", "övergripande nivå").
alter table goal add column follow_up_level varchar(200);
