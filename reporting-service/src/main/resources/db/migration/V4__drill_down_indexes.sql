-- The drill-down reads a plan's goals' indicator statuses and assessments for one period by goal.
create index indicator_status_goal_period on indicator_status (tenant, goal_id, period);
create index assessment_goal_period on assessment (tenant, goal_id, period);
