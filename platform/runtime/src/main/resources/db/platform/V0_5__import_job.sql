-- An import run as a job: its body kept in the database (it survives a restart of the service, unlike
-- a temporary file), its progress, and its report, written with each chunk of rows in the same
-- transaction as the rows themselves, so that a job resumed after a crash applies every row once.
create table import_job (
    id              uuid         primary key,
    tenant          varchar(64)  not null,
    kind            varchar(64)  not null,
    -- What the request said besides its body (format, charset, defaults), as the service reads it back.
    options         text         not null,
    -- The client's Idempotency-Key, else the SHA-256 of the body and the options: the same key is the same job.
    idempotency_key varchar(300),
    -- The SHA-256 of the options and the body: a key sent again with another body is refused.
    body_hash       varchar(64),
    -- The process working on it (a random id per start).
    worker          uuid,
    state           varchar(16)  not null,
    bytes           bigint       not null,
    rows_total      bigint,
    rows_done       bigint       not null default 0,
    accepted        bigint       not null default 0,
    unchanged       bigint       not null default 0,
    revised         bigint       not null default 0,
    rejected        bigint       not null default 0,
    -- Why a job failed as a whole: the problem+json document a synchronous import would have answered.
    problem         text,
    -- Until when the process working on it holds it; past that another (or the restarted one) takes it over.
    leased_until    timestamptz,
    created_at      timestamptz  not null,
    created_by      varchar(200) not null,
    updated_at      timestamptz  not null,
    finished_at     timestamptz
);
create unique index import_job_idempotency on import_job (tenant, kind, idempotency_key);
create index import_job_open on import_job (created_at) where state in ('QUEUED', 'RUNNING');
create index import_job_finished on import_job (finished_at) where finished_at is not null;

-- The body in pieces of up to a MiB, in order; deleted when the job ends.
create table import_job_body (
    job_id uuid    not null references import_job (id) on delete cascade,
    seq    integer not null,
    data   bytea   not null,
    primary key (job_id, seq)
);

-- The report's lines for rows first_row..last_row, a JSON array written with the chunk they report on.
create table import_job_report (
    job_id    uuid   not null references import_job (id) on delete cascade,
    first_row bigint not null,
    last_row  bigint not null,
    lines     text   not null,
    primary key (job_id, first_row)
);
