#pragma once
// Full-text search on both engines, as one behaviour for the user: what a person types in a
// search box becomes an FTS5 MATCH on SQLite and a tsquery on PostgreSQL that find the same rows.
//
// SQLite's FTS5 (unicode61 tokenizer) splits words at every character that is not a letter or a
// digit, folds case and removes accents from Latin letters. PostgreSQL's 'simple' parser keeps
// host names, paths, e-mail addresses and versions whole and keeps accents, so the server's
// search columns index sitrep_search_text(text) (0003_baseline.sql), which turns punctuation into
// spaces and strips accents from Latin letters, and queries are normalised here the same way
// (normalise() is that function, character for character; tst_textsearch checks both agree).
// Case is folded by each engine itself, on both sides of the match.
//
// Input, websearch style: words must all appear (in any order), "quoted words" must appear
// together in that order, a word with punctuation inside (db-01.example.com) is such a phrase,
// and the last word is a prefix while it is being typed (three letters on, no space after it).

#include <QList>
#include <QString>
#include <QStringList>

namespace sitrep::textsearch {

// One thing to find: a word, or words that must stand together in this order.
struct Term
{
    QStringList tokens;
    bool prefix = false;   // the last token may be the start of a longer word

    bool operator==(const Term &) const = default;
};

// Punctuation and symbols to spaces, accents off Latin letters (NFD, combining marks after an
// ASCII letter dropped, NFC again). Mirrors the server's sitrep_search_text().
QString normalise(const QString &text);

// The terms of what a person typed; empty when it has no letters or digits.
QList<Term> parse(const QString &text);

// For "… MATCH ?" on an FTS5 table: "db 01 example" "com"*. Empty when there is nothing to find.
QString fts5Query(const QList<Term> &terms);
// For to_tsquery('simple', ?): 'db' <-> '01' & 'com':*. Empty when there is nothing to find.
QString tsQuery(const QList<Term> &terms);

// Queries that any one of the terms satisfies (similar incidents: any word of a title).
QString fts5AnyOf(const QList<Term> &terms);
QString tsAnyOf(const QList<Term> &terms);

// The same for a text as typed.
inline QString fts5Query(const QString &text) { return fts5Query(parse(text)); }
inline QString tsQuery(const QString &text) { return tsQuery(parse(text)); }

// A tsquery for PostgreSQL from a bound text (to_tsquery on the query tsQuery() built).
inline constexpr const char *serverQuery = "to_tsquery('simple'::regconfig, CAST(? AS TEXT))";

} // namespace sitrep::textsearch
