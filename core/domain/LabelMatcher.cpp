#include "domain/LabelMatcher.h"

#include <QCoreApplication>

namespace sitrep {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LabelMatcher)
};

bool isNameChar(QChar c, bool first)
{
    return c == QLatin1Char('_') || (c.isLetter() && c.unicode() < 128) || (!first && c.isDigit());
}

// Splits on commas outside double quotes.
QStringList splitMatchers(const QString &text)
{
    QStringList parts;
    QString current;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && quoted && i + 1 < text.size()) {
            current += c;
            current += text.at(++i);
            continue;
        }
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        if (c == QLatin1Char(',') && !quoted) {
            parts << current;
            current.clear();
            continue;
        }
        current += c;
    }
    parts << current;
    return parts;
}

QString unquote(const QString &value)
{
    if (value.size() < 2 || !value.startsWith(QLatin1Char('"')) || !value.endsWith(QLatin1Char('"')))
        return value;
    QString out;
    const QString inner = value.mid(1, value.size() - 2);
    for (qsizetype i = 0; i < inner.size(); ++i) {
        if (inner.at(i) == QLatin1Char('\\') && i + 1 < inner.size() && (inner.at(i + 1) == QLatin1Char('"') || inner.at(i + 1) == QLatin1Char('\\')))
            ++i;
        out += inner.at(i);
    }
    return out;
}
} // namespace

bool LabelMatcher::matches(const QJsonObject &labels) const
{
    // A missing label has the empty value, as in Prometheus.
    const QString actual = labels.value(name).toVariant().toString();
    switch (op) {
    case Op::Equal: return actual == value;
    case Op::NotEqual: return actual != value;
    case Op::Regex: return regex.match(actual).hasMatch();
    case Op::NotRegex: return !regex.match(actual).hasMatch();
    }
    return false;
}

QString LabelMatcher::toString() const
{
    static const char *ops[] = {"=", "!=", "=~", "!~"};
    QString quoted = value;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return name + QLatin1String(ops[int(op)]) + QLatin1Char('"') + quoted + QLatin1Char('"');
}

Result<QList<LabelMatcher>> parseLabelMatchers(const QString &text)
{
    QList<LabelMatcher> matchers;
    if (text.trimmed().isEmpty())
        return matchers;
    for (const QString &raw : splitMatchers(text)) {
        const QString part = raw.trimmed();
        if (part.isEmpty())
            return fail(Tr::tr("Empty matcher in “%1” (two commas in a row?).").arg(text));
        qsizetype i = 0;
        while (i < part.size() && isNameChar(part.at(i), i == 0))
            ++i;
        LabelMatcher m;
        m.name = part.left(i);
        if (m.name.isEmpty())
            return fail(Tr::tr("“%1” does not start with a label name.").arg(part));
        const QString rest = part.mid(i).trimmed();
        QString value;
        if (rest.startsWith(QLatin1String("=~"))) {
            m.op = LabelMatcher::Op::Regex;
            value = rest.mid(2);
        } else if (rest.startsWith(QLatin1String("!~"))) {
            m.op = LabelMatcher::Op::NotRegex;
            value = rest.mid(2);
        } else if (rest.startsWith(QLatin1String("!="))) {
            m.op = LabelMatcher::Op::NotEqual;
            value = rest.mid(2);
        } else if (rest.startsWith(QLatin1Char('='))) {
            value = rest.mid(1);
        } else {
            return fail(Tr::tr("“%1” needs one of =, !=, =~ or !~ after the label name.").arg(part));
        }
        value = value.trimmed();
        if (value.startsWith(QLatin1Char('"')) != (value.size() >= 2 && value.endsWith(QLatin1Char('"'))))
            return fail(Tr::tr("“%1” has an unclosed quote.").arg(part));
        m.value = unquote(value);
        if (m.op == LabelMatcher::Op::Regex || m.op == LabelMatcher::Op::NotRegex) {
            m.regex = QRegularExpression(QRegularExpression::anchoredPattern(m.value));
            if (!m.regex.isValid())
                return fail(Tr::tr("“%1”: the regular expression is invalid (%2).").arg(part, m.regex.errorString()));
            m.regex.optimize();
        }
        matchers << m;
    }
    return matchers;
}

bool matchesAll(const QList<LabelMatcher> &matchers, const QJsonObject &labels)
{
    for (const LabelMatcher &m : matchers) {
        if (!m.matches(labels))
            return false;
    }
    return true;
}

} // namespace sitrep
