-- Timeline events as a message key plus parameters, rendered in the reader's language
-- (domain/TimelineMessage.h). `message` is NULL for what people typed (notes) and for rows
-- nothing recognises; `params` is a compact JSON object, NULL when there are none. `body` stays:
-- typed text, or a generated event's English rendering (search indexes it; an app that does not
-- know the key shows it). The migrator's data step for this migration (TimelineTextMigration)
-- then converts the generated events written before, in English or German, in the same
-- transaction.
ALTER TABLE timeline_events ADD COLUMN message TEXT;
ALTER TABLE timeline_events ADD COLUMN params TEXT;
