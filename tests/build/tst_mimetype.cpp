// The MIME type a Sitrep database has on the desktop (packaging/linux/io.github.sitrep.Sitrep.mime.xml):
// its magic must be the bytes the code really writes (a database made by sitrepctl, read back),
// shared-mime-info must compile it to those bytes, and a desktop that reads the result (Qt's
// QMimeDatabase does as file managers do) must tell a Sitrep file from any other SQLite file.
// The .desktop file and the AppStream metainfo must name the same type, and the licence.

#include "TestSupport.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QXmlStreamReader>
#include <QtEndian>

#include <cctype>

using namespace sitrep;

namespace {

const QString appId = QStringLiteral("io.github.sitrep.Sitrep");
QString packagingFile(const QString &suffix) { return QStringLiteral(SITREP_PACKAGING_DIR "/") + appId + suffix; }

struct Match
{
    QString type;
    int offset = -1;
    QString value;
    QList<Match> children;
};

struct MimeType
{
    QString type;
    QStringList subClassOf;
    int priority = 50;
    QList<Match> magic;
    QStringList globs;
};

Match readMatch(QXmlStreamReader &xml)
{
    Match m{xml.attributes().value(QLatin1String("type")).toString(),
            xml.attributes().value(QLatin1String("offset")).toInt(),
            xml.attributes().value(QLatin1String("value")).toString(), {}};
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("match"))
            m.children << readMatch(xml);
        else
            xml.skipCurrentElement();
    }
    return m;
}

// The file's mime-type elements; an XML error fails the test with the line.
QList<MimeType> readMimeInfo(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return {};
    }
    QXmlStreamReader xml(&f);
    QList<MimeType> types;
    if (xml.readNextStartElement()) {
        if (xml.name() != QLatin1String("mime-info")
            || xml.namespaceUri() != QLatin1String("http://www.freedesktop.org/standards/shared-mime-info")) {
            *error = QStringLiteral("the root is not shared-mime-info's <mime-info>");
            return {};
        }
        while (xml.readNextStartElement()) {
            if (xml.name() != QLatin1String("mime-type")) {
                xml.skipCurrentElement();
                continue;
            }
            MimeType t;
            t.type = xml.attributes().value(QLatin1String("type")).toString();
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("sub-class-of")) {
                    t.subClassOf << xml.attributes().value(QLatin1String("type")).toString();
                    xml.skipCurrentElement();
                } else if (xml.name() == QLatin1String("glob")) {
                    t.globs << xml.attributes().value(QLatin1String("pattern")).toString();
                    xml.skipCurrentElement();
                } else if (xml.name() == QLatin1String("magic")) {
                    if (xml.attributes().hasAttribute(QLatin1String("priority")))
                        t.priority = xml.attributes().value(QLatin1String("priority")).toInt();
                    while (xml.readNextStartElement())
                        t.magic << readMatch(xml);
                } else {
                    xml.skipCurrentElement();
                }
            }
            types << t;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return types;
}

// shared-mime-info's string values: C-style escapes, of which the file uses \ooo (octal).
QByteArray unescape(const QString &value)
{
    const QByteArray in = value.toUtf8();
    QByteArray out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] == '\\' && i + 3 < in.size() && std::isdigit(uchar(in[i + 1]))) {
            out += char(in.mid(i + 1, 3).toInt(nullptr, 8));
            i += 3;
        } else {
            out += in[i];
        }
    }
    return out;
}

QByteArray bigEndian32(quint32 v)
{
    QByteArray b(4, '\0');
    qToBigEndian(v, b.data());
    return b;
}

} // namespace

class TestMimeType : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_sitrepDb;   // made by sitrepctl, closed
    QString m_plainDb;    // an SQLite file that is not ours
    MimeType m_type;

private slots:
    void initTestCase()
    {
        test::isolate();
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("xdg-data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("xdg-config")).toUtf8());
        m_sitrepDb = m_dir.filePath(QStringLiteral("incidents.db"));
        QProcess p;
        p.start(QStringLiteral(SITREPCTL_PATH), {QStringLiteral("demo"), QStringLiteral("--db"), m_sitrepDb,
                                                 QStringLiteral("--incidents"), QStringLiteral("3")});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY2(!QFile::exists(m_sitrepDb + QStringLiteral("-wal")), "sitrepctl left its log behind: the header may not be written yet");

        m_plainDb = m_dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase plain = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plain"));
            plain.setDatabaseName(m_plainDb);
            QVERIFY(plain.open());
            QVERIFY(QSqlQuery(plain).exec(QStringLiteral("CREATE TABLE t (x)")));
            plain.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("plain"));

        // Read once here, so that every test function can run alone.
        QString error;
        const QList<MimeType> types = readMimeInfo(packagingFile(QStringLiteral(".mime.xml")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(types.size(), 1);
        m_type = types.first();
    }

    void theXmlIsWellFormedAndDeclaresOneType()
    {
        QCOMPARE(m_type.type, QStringLiteral("application/x-sitrep"));
        QCOMPARE(m_type.subClassOf, QStringList{QStringLiteral("application/vnd.sqlite3")});
        QVERIFY2(m_type.priority > 50, "must win over plain SQLite's magic (priority 50)");
        // No glob: the app uses no extension of its own (it offers *.db and *.sqlite).
        QVERIFY(m_type.globs.isEmpty());
    }

    void theMagicIsWhatTheCodeWrites()
    {
        QVERIFY(!m_type.magic.isEmpty());
        const QByteArray header = test::fileBytes(m_sitrepDb).left(100);
        QCOMPARE(header.size(), 100);
        // The SQLite header string, and inside it our application_id.
        QCOMPARE(m_type.magic.size(), 1);
        const Match &sqlite = m_type.magic.first();
        QCOMPARE(sqlite.type, QStringLiteral("string"));
        const QByteArray prefix = unescape(sqlite.value);
        QCOMPARE(prefix, QByteArray("SQLite format 3\0", 16));
        QCOMPARE(header.mid(sqlite.offset, prefix.size()), prefix);
        QCOMPARE(sqlite.children.size(), 1);
        const Match &id = sqlite.children.first();
        QCOMPARE(id.type, QStringLiteral("big32"));
        QCOMPARE(id.offset, 68);
        bool ok = false;
        const quint32 value = id.value.toUInt(&ok, 0);
        QVERIFY2(ok, qPrintable(id.value));
        QCOMPARE(header.mid(68, 4), bigEndian32(value));
        QCOMPARE(value, quint32(Database::applicationId));
        // Another SQLite file has the header but not the id.
        const QByteArray other = test::fileBytes(m_plainDb).left(100);
        QCOMPARE(other.left(16), prefix);
        QVERIFY(other.mid(68, 4) != bigEndian32(value));
    }

    void aDesktopTellsASitrepFileFromOtherSqliteFiles()
    {
        SITREP_REQUIRE_TOOL(update, "update-mime-database", "shared-mime-info",
                            "to compile the MIME type as a desktop installation does");
        // What dpkg's trigger does with the installed file: compile share/mime.
        const QString share = m_dir.filePath(QStringLiteral("share"));
        QVERIFY(QDir().mkpath(share + QStringLiteral("/mime/packages")));
        QVERIFY(QFile::copy(packagingFile(QStringLiteral(".mime.xml")),
                            share + QStringLiteral("/mime/packages/") + appId + QStringLiteral(".xml")));
        // A desktop reading this share first (and the system's, for application/vnd.sqlite3).
        const QByteArray system = qgetenv("XDG_DATA_DIRS");
        qputenv("XDG_DATA_DIRS", share.toUtf8() + ":" + (system.isEmpty() ? QByteArray("/usr/local/share:/usr/share") : system));
        QProcess p;
        p.start(update, {share + QStringLiteral("/mime")});
        QVERIFY(p.waitForFinished(60000));
        const QByteArray complaints = p.readAllStandardError();
        QVERIFY2(p.exitCode() == 0 && complaints.isEmpty(), complaints.constData());
        // shared-mime-info's own reading of the rule: the header's bytes, exactly.
        const QByteArray header = test::fileBytes(m_sitrepDb).left(100);
        const QByteArray magic = test::fileBytes(share + QStringLiteral("/mime/magic"));
        const QByteArray rule = "[" + QByteArray::number(m_type.priority) + ":application/x-sitrep]\n"
                                ">0=" + QByteArray("\0\x10", 2) + header.left(16) + "\n"
                                "1>68=" + QByteArray("\0\x04", 2) + header.mid(68, 4) + "\n";
        QVERIFY2(magic.contains(rule), magic.toPercentEncoding().constData());

        QMimeDatabase mime;
        const QMimeType sitrep = mime.mimeTypeForFile(m_sitrepDb);
        QCOMPARE(sitrep.name(), QStringLiteral("application/x-sitrep"));
        QVERIFY(sitrep.inherits(QStringLiteral("application/vnd.sqlite3")));
        QCOMPARE(sitrep.comment(), QStringLiteral("Sitrep database"));
        // Under the names the app offers (*.db, *.sqlite) or none, the content decides. (A file
        // named *.sqlite3 is plain SQLite to desktops: one glob match is taken without sniffing.)
        for (const QString &name : {QStringLiteral("copy.sqlite"), QStringLiteral("copy.db"), QStringLiteral("copy")}) {
            const QString copy = m_dir.filePath(name);
            QVERIFY(QFile::copy(m_sitrepDb, copy));
            QVERIFY2(mime.mimeTypeForFile(copy).name() == QStringLiteral("application/x-sitrep"),
                     qPrintable(name + QStringLiteral(" is ") + mime.mimeTypeForFile(copy).name()));
        }
        QCOMPARE(mime.mimeTypeForFile(m_plainDb, QMimeDatabase::MatchContent).name(), QStringLiteral("application/vnd.sqlite3"));
        qputenv("XDG_DATA_DIRS", system);
    }

    void theDesktopFileAndMetainfoNameTheTypeAndLicence()
    {
        const QString desktop = QString::fromUtf8(test::fileBytes(packagingFile(QStringLiteral(".desktop"))));
        QStringList mimeTypes;
        for (const QString &line : desktop.split(QLatin1Char('\n')))
            if (line.startsWith(QLatin1String("MimeType=")))
                mimeTypes = line.mid(9).split(QLatin1Char(';'), Qt::SkipEmptyParts);
        // Not every SQLite file: only ours.
        QCOMPARE(mimeTypes, QStringList{QStringLiteral("application/x-sitrep")});

        QFile f(packagingFile(QStringLiteral(".metainfo.xml")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        QStringList mediaTypes;
        QString projectLicense, metadataLicense;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("mediatype"))
                mediaTypes << xml.readElementText();
            else if (xml.name() == QLatin1String("project_license"))
                projectLicense = xml.readElementText();
            else if (xml.name() == QLatin1String("metadata_license"))
                metadataLicense = xml.readElementText();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(mediaTypes, mimeTypes);
        QCOMPARE(projectLicense, QStringLiteral(SITREP_LICENSE_ID));
        // AppStream wants the metadata itself under a permissive licence.
        QVERIFY2(QStringList({QStringLiteral("CC0-1.0"), QStringLiteral("FSFAP"), QStringLiteral("MIT")}).contains(metadataLicense),
                 qPrintable(metadataLicense));
    }
};

QTEST_GUILESS_MAIN(TestMimeType)
#include "tst_mimetype.moc"
