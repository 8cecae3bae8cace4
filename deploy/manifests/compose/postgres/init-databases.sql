-- Runs once, when the postgres volume is empty: one database per service, and Keycloak's own.
-- Owned by the compose user (POSTGRES_USER), which every service connects as.
CREATE DATABASE styrkort_goals;
CREATE DATABASE styrkort_outcomes;
CREATE DATABASE styrkort_budget;
CREATE DATABASE styrkort_reporting;
CREATE DATABASE keycloak;
