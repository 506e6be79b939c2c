#include "storage/DatabaseLocation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace sitrep {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLocation)
};

bool isUri(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

// libpq's own parameter names (the ones a person writes; libpq rejects any other). A file path
// never starts with one of these followed by '='.
bool isConnectionKeyword(const QString &key)
{
    static const QStringList keywords = {
        QStringLiteral("host"), QStringLiteral("hostaddr"), QStringLiteral("port"),
        QStringLiteral("dbname"), QStringLiteral("user"), QStringLiteral("password"),
        QStringLiteral("passfile"), QStringLiteral("service"), QStringLiteral("sslmode"),
        QStringLiteral("sslrootcert"), QStringLiteral("sslcert"), QStringLiteral("sslkey"),
        QStringLiteral("connect_timeout"), QStringLiteral("application_name"),
        QStringLiteral("target_session_attrs"), QStringLiteral("channel_binding"),
        QStringLiteral("gssencmode"), QStringLiteral("options"), QStringLiteral("sslcrl"),
        QStringLiteral("sslsni"), QStringLiteral("krbsrvname"), QStringLiteral("require_auth"),
        QStringLiteral("keepalives"), QStringLiteral("keepalives_idle"),
    };
    return keywords.contains(key);
}

bool isKeywordForm(const QString &text)
{
    static const QRegularExpression start(QStringLiteral("^\\s*([a-z_]+)\\s*="));
    const auto m = start.match(text);
    return m.hasMatch() && isConnectionKeyword(m.captured(1));
}

// Sets a named parameter: the ones with a field of their own go there, the rest are options.
Done setParameter(DatabaseLocation &location, const QString &key, const QString &value)
{
    if (value.contains(QLatin1Char(';')))
        // QPSQL joins its options with ';' (and turns each into a space for libpq).
        return fail(Tr::tr("The connection parameter “%1” cannot contain a semicolon.").arg(key));
    if (key == QLatin1String("host")) {
        location.host = value;
    } else if (key == QLatin1String("port")) {
        bool ok = false;
        location.port = value.toInt(&ok);
        if (!ok || location.port <= 0 || location.port > 65535)
            return fail(Tr::tr("“%1” is not a port number.").arg(value));
    } else if (key == QLatin1String("dbname")) {
        location.database = value;
    } else if (key == QLatin1String("user")) {
        location.user = value;
    } else if (key == QLatin1String("password")) {
        location.password = value;
    } else {
        for (auto &option : location.options) {
            if (option.first == key) {
                option.second = value;
                return {};
            }
        }
        location.options.append({key, value});
    }
    return {};
}

Result<DatabaseLocation> parseUri(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        // Not QUrl's errorString(): it quotes the whole text, password and all.
        return fail(Tr::tr("“%1” is not a valid PostgreSQL address (postgresql://user@host:port/database).")
                        .arg(text.section(QLatin1Char('@'), -1)));
    DatabaseLocation location;
    location.engine = Engine::Postgres;
    location.host = url.host();
    location.port = url.port(-1);
    location.user = url.userName();
    location.password = url.password();
    location.database = url.path().mid(1);
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (auto done = setParameter(location, key, value); !done)
            return fail(done.error());
    }
    return location;
}

// `key=value key='quoted value' …`, as libpq reads it: single quotes, backslash escapes.
Result<DatabaseLocation> parseKeywords(const QString &text)
{
    DatabaseLocation location;
    location.engine = Engine::Postgres;
    qsizetype i = 0;
    const qsizetype n = text.size();
    auto skipSpaces = [&] {
        while (i < n && text.at(i).isSpace())
            ++i;
    };
    while (true) {
        skipSpaces();
        if (i >= n)
            break;
        const qsizetype keyStart = i;
        while (i < n && text.at(i) != QLatin1Char('=') && !text.at(i).isSpace())
            ++i;
        const QString key = text.mid(keyStart, i - keyStart);
        skipSpaces();
        if (i >= n || text.at(i) != QLatin1Char('='))
            return fail(Tr::tr("“%1” in the connection parameters has no value (write %1=value).").arg(key));
        ++i;
        skipSpaces();
        QString value;
        if (i < n && text.at(i) == QLatin1Char('\'')) {
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar c = text.at(i++);
                if (c == QLatin1Char('\\') && i < n) {
                    value += text.at(i++);
                } else if (c == QLatin1Char('\'')) {
                    closed = true;
                    break;
                } else {
                    value += c;
                }
            }
            if (!closed)
                return fail(Tr::tr("The value of “%1” in the connection parameters has no closing quote.").arg(key));
        } else {
            while (i < n && !text.at(i).isSpace()) {
                const QChar c = text.at(i++);
                value += c == QLatin1Char('\\') && i < n ? text.at(i++) : c;
            }
        }
        if (!isConnectionKeyword(key))
            return fail(Tr::tr("“%1” is not a PostgreSQL connection parameter.").arg(key));
        if (auto done = setParameter(location, key, value); !done)
            return fail(done.error());
    }
    return location;
}

QString quoted(const QString &value)
{
    static const QRegularExpression plain(QStringLiteral("^[^\\s'\\\\]+$"));
    if (plain.match(value).hasMatch())
        return value;
    QString out = value;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

} // namespace

DatabaseLocation DatabaseLocation::file(const QString &path)
{
    DatabaseLocation location;
    location.path = path;
    return location;
}

Result<DatabaseLocation> DatabaseLocation::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(Tr::tr("No database was given: name a file or a PostgreSQL server."));
    if (isUri(trimmed))
        return parseUri(trimmed);
    if (isKeywordForm(trimmed))
        return parseKeywords(trimmed);
    return file(text);
}

QString DatabaseLocation::option(const QString &key) const
{
    for (const auto &option : options)
        if (option.first == key)
            return option.second;
    return {};
}

QString DatabaseLocation::displayName() const
{
    if (engine == Engine::Sqlite)
        return path;
    if (host.isEmpty() && port < 0 && database.isEmpty() && user.isEmpty()) {
        // `service=NAME`: shown as it was written.
        QStringList parts;
        for (const auto &[key, value] : options)
            parts << key + QLatin1Char('=') + quoted(value);
        return parts.join(QLatin1Char(' '));
    }
    // Written out rather than through QUrl, which drops the "//" of a URI without a host.
    QUrlQuery query;
    QString authority;
    if (!user.isEmpty())
        authority += QString::fromUtf8(QUrl::toPercentEncoding(user)) + QLatin1Char('@');
    // A socket folder is not a host name: libpq takes it as ?host=/path.
    if (host.startsWith(QLatin1Char('/')))
        query.addQueryItem(QStringLiteral("host"), host);
    else if (host.contains(QLatin1Char(':')))
        authority += QLatin1Char('[') + host + QLatin1Char(']');  // an IPv6 address
    else
        authority += host;
    if (port > 0)
        authority += QLatin1Char(':') + QString::number(port);
    for (const auto &[key, value] : options)
        query.addQueryItem(key, value);
    QString text = QStringLiteral("postgresql://") + authority + QLatin1Char('/') +
                   QString::fromUtf8(QUrl::toPercentEncoding(database));
    if (!query.isEmpty())
        text += QLatin1Char('?') + query.toString(QUrl::FullyEncoded);
    return text;
}

QString DatabaseLocation::connectOptions() const
{
    QStringList parts;
    for (const auto &[key, value] : options)
        parts << key + QLatin1Char('=') + quoted(value);
    return parts.join(QLatin1Char(';'));
}

bool DatabaseLocation::isRemote() const
{
    if (!isServer())
        return false;
    const QString hosts = host.isEmpty() ? qEnvironmentVariable("PGHOST") : host;
    // libpq takes a comma-separated list of hosts; one remote one makes the connection remote.
    for (const QString &h : hosts.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = h.trimmed();
        if (name.startsWith(QLatin1Char('/')) || name.startsWith(QLatin1Char('@')))
            continue;   // a Unix socket folder (or Linux's abstract namespace)
        if (name.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || name == QLatin1String("127.0.0.1") ||
            name == QLatin1String("::1") || name == QLatin1String("[::1]"))
            continue;
        return true;
    }
    return false;
}

bool DatabaseLocation::verifiesByDefault() const
{
    return isRemote() && option(QStringLiteral("sslmode")).isEmpty() && option(QStringLiteral("service")).isEmpty() &&
           !qEnvironmentVariableIsSet("PGSSLMODE") && !qEnvironmentVariableIsSet("PGSERVICE");
}

DatabaseLocation DatabaseLocation::withConnectionDefaults() const
{
    DatabaseLocation d = *this;
    // Names us in pg_stat_activity; a server that does not answer fails in seconds, not after
    // the operating system's TCP timeout.
    if (d.option(QStringLiteral("application_name")).isEmpty())
        d.options.append({QStringLiteral("application_name"), QStringLiteral("Sitrep")});
    if (d.option(QStringLiteral("connect_timeout")).isEmpty())
        d.options.append({QStringLiteral("connect_timeout"), QStringLiteral("10")});
    if (verifiesByDefault())
        d.options.append({QStringLiteral("sslmode"), QStringLiteral("verify-full")});
    return d;
}

} // namespace sitrep
