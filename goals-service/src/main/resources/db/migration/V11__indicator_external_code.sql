-- The indicator's id in each source system that feeds outcomes (Kolada's KPI id, the data warehouse's key).
create table indicator_external_code (
    indicator_id  uuid         not null references indicator (id),
    source_system varchar(40)  not null,
    code          varchar(100) not null,
    primary key (indicator_id, source_system)
);
create index indicator_external_code_lookup on indicator_external_code (source_system, code);
