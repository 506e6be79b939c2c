// Search behaves the same for the user on both engines: the same texts, searched the same way,
// find the same incidents in the same order on a SQLite file (FTS5) and on PostgreSQL (tsvector
// columns over sitrep_search_text()). Runs on both (BOTH_ENGINES), with the same expectations.
#include "TestSupport.h"
#include "storage/IncidentListQuery.h"
#include "storage/IncidentStore.h"
#include "storage/TextSearch.h"
#include "storage/TimelineStore.h"
#include "util/Clock.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QScopeGuard>
#include <QTest>

using namespace sitrep;

class TestTextSearch : public QObject
{
    Q_OBJECT

    static constexpr qint64 t0 = 1767225600000;  // 2026-01-01T00:00:00Z
    qint64 m_now = t0;
    QTemporaryDir m_dir;
    DatabasePtr m_db;
    QHash<int, qint64> m_ids;   // incident number -> row id

    // Texts that differ between the engines' own tokenizers: host names, paths, e-mail
    // addresses, versions, accents, case, punctuation inside and around words.
    void declare(const char *title, const char *summary = "", const char *note = nullptr)
    {
        m_now += 60'000;
        auto incident = IncidentStore(*m_db).declare({QString::fromUtf8(title), Severity::Sev3, {}, {}, false,
                                                      QString::fromUtf8(summary)}, QStringLiteral("ana"));
        QVERIFY2(incident.ok(), qPrintable(incident.error()));
        m_ids.insert(incident->number, incident->id);
        if (note)
            QVERIFY(TimelineStore(*m_db).addNote(incident->id, m_now, QString::fromUtf8(note), QStringLiteral("ben")).ok());
    }

    QList<int> numbersFound(const QString &text, IncidentSort sort = IncidentSort::Number)
    {
        IncidentFilter f;
        f.text = text;
        auto ids = IncidentListQuery(*m_db).orderedIds(sort, false, f);
        if (!ids) {
            qWarning() << text << ids.error();
            return {-1};
        }
        QList<int> out;
        for (qint64 id : *ids)
            out << m_ids.key(id, 0);
        return out;
    }

private slots:
    void initTestCase()
    {
        test::isolate();
        Clock::setSource([this] { return m_now; });
        m_db = test::createDatabase(m_dir);
        declare("Checkout down on db-01.example.com", "Primary lost its disk");             // 1001
        declare("Café menu service slow", "naïve retry loop in the Zürich region");          // 1002
        declare("CAFE OUTAGE", "", "Straße closed, ÉQUIPE paged");                           // 1003
        declare("Deploy v2.1.3 rolled back", "see https://status.example.org/incidents/42"); // 1004
        declare("Disk full on /var/log", "mail ops@example.com (on-call)");                  // 1005
        declare("ÉCOLE network flap", "“quoted” words—and a dash");                          // 1006
        declare("Roll back the certificate rotation", "", "rolled back deploy on db-02");     // 1007
        declare("Back roll of printers");                                                    // 1008
        declare("Αθήνα DC power", "ДАТАЦЕНТР offline");                                       // 1009
    }
    void cleanupTestCase() { Clock::setSource({}); }

    void findsTheSameIncidentsOnBothEngines_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<int>>("numbers");
        // Host names, URLs, paths, e-mail addresses: their words are words.
        QTest::newRow("part of a host") << QStringLiteral("example") << QList<int>{1001, 1004, 1005};
        QTest::newRow("whole host") << QStringLiteral("db-01.example.com") << QList<int>{1001};
        QTest::newRow("hyphenated") << QStringLiteral("db-01") << QList<int>{1001};
        QTest::newRow("other host in a note") << QStringLiteral("db-02") << QList<int>{1007};
        QTest::newRow("url") << QStringLiteral("https://status.example.org") << QList<int>{1004};
        QTest::newRow("path") << QStringLiteral("/var/log") << QList<int>{1005};
        QTest::newRow("e-mail") << QStringLiteral("ops@example.com") << QList<int>{1005};
        QTest::newRow("version") << QStringLiteral("v2.1") << QList<int>{1004};
        QTest::newRow("in parentheses") << QStringLiteral("on-call") << QList<int>{1005};
        // Accents on Latin letters, case, non-ASCII case.
        QTest::newRow("cafe") << QStringLiteral("cafe") << QList<int>{1002, 1003};
        QTest::newRow("café") << QStringLiteral("café") << QList<int>{1002, 1003};
        QTest::newRow("CAFÉ") << QStringLiteral("CAFÉ") << QList<int>{1002, 1003};
        QTest::newRow("zurich") << QStringLiteral("zurich") << QList<int>{1002};
        QTest::newRow("Zürich") << QStringLiteral("Zürich") << QList<int>{1002};
        QTest::newRow("naive") << QStringLiteral("naive") << QList<int>{1002};
        QTest::newRow("école") << QStringLiteral("école") << QList<int>{1006};
        QTest::newRow("equipe in a note") << QStringLiteral("equipe") << QList<int>{1003};
        QTest::newRow("straße") << QStringLiteral("STRASSE") << QList<int>{};
        QTest::newRow("straße as written") << QStringLiteral("straße") << QList<int>{1003};
        QTest::newRow("DISK") << QStringLiteral("DISK") << QList<int>{1001, 1005};
        QTest::newRow("quoted in curly quotes") << QStringLiteral("quoted words") << QList<int>{1006};
        QTest::newRow("dash between words") << QStringLiteral("words and") << QList<int>{1006};
        // Prefixes: the last word while typing, from three letters on.
        QTest::newRow("prefix") << QStringLiteral("certif") << QList<int>{1007};
        QTest::newRow("accented prefix") << QStringLiteral("caf") << QList<int>{1002, 1003};
        QTest::newRow("two letters") << QStringLiteral("ce") << QList<int>{};
        QTest::newRow("complete word") << QStringLiteral("roll ") << QList<int>{1007, 1008};
        QTest::newRow("prefix of the last word") << QStringLiteral("roll") << QList<int>{1004, 1007, 1008};
        // Words anywhere, or "together in this order".
        QTest::newRow("words") << QStringLiteral("roll back") << QList<int>{1007, 1008};
        QTest::newRow("phrase") << QStringLiteral("\"roll back\"") << QList<int>{1007};
        QTest::newRow("phrase in a note") << QStringLiteral("\"rolled back\" deploy") << QList<int>{1004, 1007};
        QTest::newRow("unclosed phrase") << QStringLiteral("\"back roll") << QList<int>{1008};
        // Ids, nothing, and text that is no query at all.
        QTest::newRow("id") << QStringLiteral("INC-1003") << QList<int>{1003};
        QTest::newRow("id in lower case") << QStringLiteral("inc-1004") << QList<int>{1004};
        QTest::newRow("nothing") << QStringLiteral("zzzqqq") << QList<int>{};
        QTest::newRow("punctuation only") << QStringLiteral("!!! -- ...") << QList<int>{};
        QTest::newRow("unbalanced quote") << QStringLiteral("zzzqqq \"unbalanced") << QList<int>{};
        QTest::newRow("tsquery syntax") << QStringLiteral("disk & !full | (x:*)") << QList<int>{};
        QTest::newRow("fts5 syntax") << QStringLiteral("disk NOT full*") << QList<int>{};
        // Other scripts: case folded (the test server's ctype is UTF-8, as initdb's default).
        QTest::newRow("greek") << QStringLiteral("αθήνα") << QList<int>{1009};
        QTest::newRow("cyrillic") << QStringLiteral("датацентр") << QList<int>{1009};
    }
    void findsTheSameIncidentsOnBothEngines()
    {
        QFETCH(QString, text);
        QFETCH(QList<int>, numbers);
        QCOMPARE(numbersFound(text), numbers);
        // The same set in the list's default order: open ones newest first.
        QList<int> newestFirst = numbers;
        std::reverse(newestFirst.begin(), newestFirst.end());
        QCOMPARE(numbersFound(text, IncidentSort::OpenFirst), newestFirst);
    }

    // A common word lists its newest matches only (the cap), on a server found by walking the
    // newest rows, then a wider window sized from the word's rate (or, past the widest, the
    // index among that many newest ids), then the whole index: every step
    // must give exactly the newest matches, as SQLite's FTS5 does. Small limits reach each step
    // with a few rows.
    void capsAtTheNewestMatchesOnBothEngines()
    {
        auto &limits = IncidentListQuery::textMatchLimits();
        const auto saved = limits;
        limits = {3, 4, 12};
        const auto restore = qScopeGuard([&] { limits = saved; });
        QList<int> every, second, fourth, tenth, rare, sparse;
        for (int k = 0; k < 40; ++k) {
            QByteArray title = "Batch item";
            title += " omnia";                      // every incident: the first window is enough
            if (k % 2 == 0) title += " binarius";   // 1 in 2: the first window finds two, a wider one the rest
            if (k % 4 == 0) title += " quartus";    // 1 in 4: the first window finds one, too few to walk for: the index among the newest ids
            if (k % 10 == 9) title += " decimus";   // 1 in 10: one, then two among the newest ids, then the whole index
            if (k == 3 || k == 7) title += " rarus";  // fewer than the cap anywhere
            if (k == 0 || k == 1 || k == 2 || k == 39) title += " sparsus";  // one, one, then the whole index
            declare(title.constData());
            if (QTest::currentTestFailed())
                return;
            const int number = m_ids.keys().isEmpty() ? 0 : *std::max_element(m_ids.keyBegin(), m_ids.keyEnd());
            every << number;
            if (k % 2 == 0) second << number;
            if (k % 4 == 0) fourth << number;
            if (k % 10 == 9) tenth << number;
            if (k == 3 || k == 7) rare << number;
            if (k == 0 || k == 1 || k == 2 || k == 39) sparse << number;
        }
        QCOMPARE(numbersFound(QStringLiteral("omnia ")), every.mid(every.size() - 3));
        QCOMPARE(numbersFound(QStringLiteral("binarius ")), second.mid(second.size() - 3));
        QCOMPARE(numbersFound(QStringLiteral("quartus ")), fourth.mid(fourth.size() - 3));
        QCOMPARE(numbersFound(QStringLiteral("decimus ")), tenth.mid(tenth.size() - 3));
        QCOMPARE(numbersFound(QStringLiteral("rarus ")), rare);
        QCOMPARE(numbersFound(QStringLiteral("sparsus ")), sparse.mid(sparse.size() - 3));
    }

    // An edit is searchable at once (the server's column is generated, FTS5's kept by triggers).
    void findsEditedTextAtOnce()
    {
        const qint64 id = m_ids.value(1008);
        QVERIFY(IncidentStore(*m_db).apply({id, IncidentField::Title, QStringLiteral("Back roll of printers"),
                                            QStringLiteral("Printer queue on print-7.example.net")}, {}).ok());
        QCOMPARE(numbersFound(QStringLiteral("print-7")), QList<int>{1008});
        QCOMPARE(numbersFound(QStringLiteral("print-7.example.net")), QList<int>{1008});
        QVERIFY(IncidentStore(*m_db).apply({id, IncidentField::Title, QStringLiteral("Printer queue on print-7.example.net"),
                                            QStringLiteral("Back roll of printers")}, {}).ok());
    }

    // What the query side does to words is what the server's column does to text: the same
    // function, written twice (TextSearch.cpp and 0003_baseline.sql), checked here.
    void normalisesQueriesAsTheServerNormalisesText()
    {
        const QStringList texts{
            QStringLiteral("db-01.example.com /var/log/syslog ops@example.com v2.1.3 C++ a_b don't 50% #42"),
            QStringLiteral("Café naïve Zürich ÉCOLE Łódź Øre Æsir œuvre İstanbul straße ﬁle"),
            QStringLiteral("Αθήνα Ελλάδα ДАТАЦЕНТР 東京 “quoted” ‘single’ — – … • € £ ¥ © ® ™ → ✓ « » ¿ ¡ § ° ± × ÷"),
            QStringLiteral("ª º µ ² ³ ¹ ¼ ½ ¾ \u00a0nbsp\u3000ideographic\u2028line"),
            QStringLiteral("e\u0301 decomposed, A\u030a ring, α\u0301 greek tonos, ǘ two marks"),
        };
        for (const QString &t : texts) {
            const QString mine = textsearch::normalise(t);
            QVERIFY2(!mine.contains(QLatin1Char('-')) && !mine.contains(QLatin1Char('.')), qPrintable(mine));
            if (!test::testingServer())
                continue;
            QSqlQuery q(m_db->connection());
            QVERIFY(q.prepare(QStringLiteral("SELECT sitrep_search_text(?)")));
            q.addBindValue(t);
            QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
            QCOMPARE(mine, q.value(0).toString());
        }
        QCOMPARE(textsearch::normalise(QStringLiteral("Café db-01.example.com")), QStringLiteral("Cafe db 01 example com"));
    }

    void buildsQueriesForEachEngine()
    {
        using textsearch::Term;
        QCOMPARE(textsearch::parse(QStringLiteral("db-01.example.com")),
                 (QList<Term>{{{QStringLiteral("db"), QStringLiteral("01"), QStringLiteral("example"), QStringLiteral("com")}, true}}));
        QCOMPARE(textsearch::fts5Query(QStringLiteral("roll back")), QStringLiteral("\"roll\" \"back\"*"));
        QCOMPARE(textsearch::tsQuery(QStringLiteral("roll back")), QStringLiteral("'roll' & 'back':*"));
        QCOMPARE(textsearch::fts5Query(QStringLiteral("\"roll back\" now ")), QStringLiteral("\"roll back\" \"now\""));
        QCOMPARE(textsearch::tsQuery(QStringLiteral("\"roll back\" now ")), QStringLiteral("('roll' <-> 'back') & 'now'"));
        QCOMPARE(textsearch::tsQuery(QStringLiteral("Café db-01")), QStringLiteral("'Cafe' & ('db' <-> '01':*)"));
        QCOMPARE(textsearch::fts5Query(QStringLiteral("ab")), QStringLiteral("\"ab\""));   // too short for a prefix
        QCOMPARE(textsearch::fts5Query(QStringLiteral("\"abc\"")), QStringLiteral("\"abc\""));   // closed: complete
        QVERIFY(textsearch::parse(QStringLiteral(" ... !!! ")).isEmpty());
        QCOMPARE(textsearch::tsAnyOf(textsearch::parse(QStringLiteral("disk full "))), QStringLiteral("'disk' | 'full'"));
        QCOMPARE(textsearch::fts5AnyOf(textsearch::parse(QStringLiteral("disk full "))), QStringLiteral("\"disk\" OR \"full\""));
    }
};

QTEST_GUILESS_MAIN(TestTextSearch)
#include "tst_textsearch.moc"
