-- Sitrep schema v4: incident numbers from a counter row instead of max(number) + 1, which two
-- writers on a team database could both read before either inserted. Taking the next number
-- updates this row, so concurrent declarations queue on it and the numbers stay unique and
-- dense. It holds the last number given (1000 before the first incident: INC-1001 comes first).
CREATE TABLE counters (
    name  TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);
INSERT INTO counters(name, value) SELECT 'incident_number', coalesce(max(number), 1000) FROM incidents;
