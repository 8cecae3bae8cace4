-- A source system's codes are looked up in any case (Kolada's "N00945" and "n00945" alike).
create index source_code_lower on source_code (tenant, source_system_id, kind, lower(code));
