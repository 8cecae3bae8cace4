-- Claims of a job since it last committed a chunk: a job that fails again and again at the same place
-- (a defect, not a crash the job survives) ends as FAILED instead of being taken up for ever.
alter table import_job add column attempts integer not null default 0;
