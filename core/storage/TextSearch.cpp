#include "storage/TextSearch.h"

#include <QRegularExpression>

#include <algorithm>

namespace sitrep::textsearch {

namespace {

// The characters sitrep_search_text() turns into spaces (0003_baseline.sql has the same class):
// ASCII punctuation, and the punctuation and symbols of Latin-1 (not ª º µ ² ³ ¹ ¼ ½ ¾: letters
// and numbers), general punctuation, currency, arrows, technical and box-drawing symbols,
// dingbats, supplemental and CJK punctuation. FTS5 splits at all of them; PostgreSQL's parser
// would keep a host name whole at '.' and '-', and under a "C" ctype keeps every non-ASCII
// character inside words.
const QRegularExpression &separators()
{
    static const QRegularExpression pattern(QStringLiteral(
        "[!-/:-@\\[-`{-~\\x{00a0}-\\x{00a9}\\x{00ab}-\\x{00b1}\\x{00b4}\\x{00b6}-\\x{00b8}\\x{00bb}\\x{00bf}"
        "\\x{00d7}\\x{00f7}\\x{2000}-\\x{206f}\\x{20a0}-\\x{20cf}\\x{2190}-\\x{23ff}\\x{2500}-\\x{27bf}"
        "\\x{2e00}-\\x{2e7f}\\x{3000}-\\x{303f}]+"));
    return pattern;
}

// Combining marks right after a Latin letter once decomposed: é is e + U+0301. FTS5's unicode61
// removes accents from Latin letters only (Greek keeps its tonos), and so does this.
const QRegularExpression &latinAccents()
{
    static const QRegularExpression pattern(QStringLiteral("(?<=[A-Za-z])[\\x{0300}-\\x{036f}]+"));
    return pattern;
}

const QRegularExpression &spaces()
{
    static const QRegularExpression pattern(QStringLiteral("\\s+"));
    return pattern;
}

QStringList tokensOf(const QString &raw)
{
    return normalise(raw).split(spaces(), Qt::SkipEmptyParts);
}

} // namespace

QString normalise(const QString &text)
{
    QString s = text;
    // The server skips this for ASCII text (octet_length = char_length): nothing to decompose.
    const bool ascii = std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (!ascii) {
        s = s.normalized(QString::NormalizationForm_D);
        s.replace(latinAccents(), QString());
        s = s.normalized(QString::NormalizationForm_C);
    }
    s.replace(separators(), QStringLiteral(" "));
    return s;
}

QList<Term> parse(const QString &text)
{
    // Units as typed: a quoted stretch is one unit (an unclosed quote runs to the end), else
    // every run of non-space characters is one.
    QStringList units;
    QString current;
    bool quoted = false;
    const auto flush = [&] {
        if (!current.trimmed().isEmpty())
            units << current;
        current.clear();
    };
    for (QChar c : text) {
        if (c == QLatin1Char('"')) {
            flush();
            quoted = !quoted;
        } else if (!quoted && c.isSpace()) {
            flush();
        } else {
            current += c;
        }
    }
    const QString last = current;
    flush();

    QList<Term> terms;
    for (const QString &unit : std::as_const(units)) {
        const QStringList tokens = tokensOf(unit);
        if (!tokens.isEmpty())
            terms.append({tokens, false});
    }
    // The last word is a prefix while it is being typed, from three characters on: a one- or
    // two-letter prefix matches most of a million notes and would stall every keystroke. Text
    // that ends with a space or a closing quote is complete.
    const QStringList lastWords = last.split(spaces(), Qt::SkipEmptyParts);
    if (!terms.isEmpty() && !last.isEmpty() && !last.back().isSpace() && !lastWords.isEmpty() &&
        lastWords.last().size() >= 3 && !tokensOf(last).isEmpty())
        terms.last().prefix = true;
    return terms;
}

namespace {

QStringList fts5Terms(const QList<Term> &terms)
{
    QStringList out;
    for (const Term &t : terms)
        out << QLatin1Char('"') + t.tokens.join(QLatin1Char(' ')) + QLatin1Char('"') +
                   (t.prefix ? QStringLiteral("*") : QString());
    return out;
}

QStringList tsTerms(const QList<Term> &terms)
{
    QStringList out;
    for (const Term &t : terms) {
        QStringList lexemes;
        for (const QString &token : t.tokens)
            lexemes << QLatin1Char('\'') + QString(token).replace(QLatin1Char('\''), QStringLiteral("''")) +
                           QLatin1Char('\'');
        if (t.prefix)
            lexemes.last() += QStringLiteral(":*");
        out << (lexemes.size() == 1 ? lexemes.first()
                                    : QLatin1Char('(') + lexemes.join(QStringLiteral(" <-> ")) + QLatin1Char(')'));
    }
    return out;
}

} // namespace

QString fts5Query(const QList<Term> &terms)
{
    return fts5Terms(terms).join(QLatin1Char(' '));
}

QString tsQuery(const QList<Term> &terms)
{
    return tsTerms(terms).join(QStringLiteral(" & "));
}

QString fts5AnyOf(const QList<Term> &terms)
{
    return fts5Terms(terms).join(QStringLiteral(" OR "));
}

QString tsAnyOf(const QList<Term> &terms)
{
    return tsTerms(terms).join(QStringLiteral(" | "));
}

} // namespace sitrep::textsearch
