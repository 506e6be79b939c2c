// The incident list's every sort gives one order on both engines (BOTH_ENGINES), and the model
// shows it whole (on a server its first page first). NULLs below
// every value, equal keys by id in the sort's direction, titles ignoring ASCII case, service
// names byte-wise. The expected order is computed here, from the rows, by those rules; the
// data is made of ties, NULLs and case differences so that any engine default shows.
#include "TestSupport.h"
#include "models/IncidentListModel.h"
#include "storage/IncidentListQuery.h"
#include "storage/IncidentStore.h"
#include "util/Clock.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <optional>
#include <tuple>

using namespace sitrep;

namespace {

struct Row
{
    qint64 id = 0;
    qint64 number = 0;
    QByteArray titleKey;   // ASCII letters folded, compared byte-wise (NOCASE / lower() under "C")
    int severity = 0;
    QString status;
    std::optional<QByteArray> service;
    std::optional<qint64> impact;
    std::optional<qint64> resolved;
    int drill = 0;

    int statusRank() const
    {
        static const QStringList order{QStringLiteral("open"), QStringLiteral("acknowledged"), QStringLiteral("mitigated")};
        const auto i = order.indexOf(status);
        return i < 0 ? 3 : int(i);
    }
    std::optional<qint64> duration() const
    {
        if (!impact)
            return std::nullopt;
        return resolved.value_or(8'640'000'000'000'000) - *impact;  // as IncidentListQuery counts an open one
    }
};

QByteArray asciiFolded(const QString &s)
{
    QByteArray b = s.toUtf8();
    for (char &c : b)
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    return b;
}

// The key of "x DESC NULLS LAST" inside an otherwise ascending tuple.
std::pair<bool, qint64> newestFirst(const std::optional<qint64> &v)
{
    return {!v.has_value(), v ? -*v : 0};
}

} // namespace

class TestIncidentListOrder : public QObject
{
    Q_OBJECT

    static constexpr qint64 t0 = 1767225600000;  // 2026-01-01T00:00:00Z
    static constexpr qint64 minute = 60'000;
    QTemporaryDir m_dir;
    DatabasePtr m_db;
    QList<Row> m_rows;

    void exec(const QString &statement, const QVariantList &binds)
    {
        QSqlQuery q(m_db->connection());
        QVERIFY2(q.prepare(statement), qPrintable(q.lastError().text()));
        for (const QVariant &b : binds)
            q.addBindValue(b);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }

    QList<qint64> expected(IncidentSort sort, bool descending) const
    {
        QList<Row> rows = m_rows;
        const auto by = [&rows](auto key) {
            std::sort(rows.begin(), rows.end(), [&](const Row &a, const Row &b) { return key(a) < key(b); });
        };
        switch (sort) {
        case IncidentSort::OpenFirst:
            by([](const Row &r) { return std::tuple(r.status == QLatin1String("resolved"), newestFirst(r.impact), r.id); });
            break;
        case IncidentSort::Number:
            by([](const Row &r) { return r.number; });
            break;
        case IncidentSort::Severity:
            by([](const Row &r) { return std::tuple(r.severity, r.impact, r.id); });
            break;
        case IncidentSort::Title:
            by([](const Row &r) { return std::tuple(r.titleKey, r.id); });
            break;
        case IncidentSort::Status:
            by([](const Row &r) { return std::tuple(r.statusRank(), r.impact, r.id); });
            break;
        case IncidentSort::ImpactStarted:
            by([](const Row &r) { return std::tuple(r.impact, r.resolved, r.id); });
            break;
        case IncidentSort::Duration:
            by([](const Row &r) { return std::tuple(r.duration(), r.id); });
            break;
        case IncidentSort::Drill:
            by([](const Row &r) { return std::tuple(r.drill, r.impact, r.id); });
            break;
        case IncidentSort::Service: {
            // Services by name (no service last; descending: first), each newest first.
            QList<QByteArray> names;
            for (const Row &r : std::as_const(rows))
                if (r.service && !names.contains(*r.service))
                    names << *r.service;
            std::sort(names.begin(), names.end());
            const auto group = [&](const Row &r) {
                if (!r.service)
                    return descending ? -1 : int(names.size());
                const int i = int(names.indexOf(*r.service));
                return descending ? int(names.size()) - i : i;
            };
            by([&](const Row &r) { return std::tuple(group(r), newestFirst(r.impact), -r.id); });
            break;
        }
        }
        QList<qint64> ids;
        for (const Row &r : rows)
            ids << r.id;
        if (descending && sort != IncidentSort::Service && sort != IncidentSort::OpenFirst)
            std::reverse(ids.begin(), ids.end());
        return ids;
    }

private slots:
    void initTestCase()
    {
        test::isolate();
        qint64 now = t0;
        Clock::setSource([&now] { return now; });
        m_db = test::createDatabase(m_dir);
        const IncidentStore store(*m_db);
        const QStringList titles{
            QStringLiteral("alpha"), QStringLiteral("Alpha"), QStringLiteral("beta"), QStringLiteral("_under"),
            QStringLiteral("Zeta"), QStringLiteral("zeta"), QStringLiteral("éclair"), QStringLiteral("Eclair"),
            QStringLiteral("100 errors"), QStringLiteral("a"), QStringLiteral("B"), QStringLiteral("ÉCLAIR"),
            QStringLiteral("alpha"), QStringLiteral("[bracket]"), QStringLiteral("Äpfel"), QStringLiteral("apfel"),
            QStringLiteral("b"), QStringLiteral("ALPHA"), QStringLiteral("~tilde"), QStringLiteral("9 lives"),
            QStringLiteral("zeta"), QStringLiteral("Beta"), QStringLiteral("beta"), QStringLiteral("a b"),
        };
        const QStringList services{QStringLiteral("checkout"), QStringLiteral("Auth"), QStringLiteral("api"), QString()};
        const QStringList statuses{QStringLiteral("open"), QStringLiteral("acknowledged"), QStringLiteral("mitigated"),
                                   QStringLiteral("resolved"), QStringLiteral("resolved")};
        for (int i = 0; i < titles.size(); ++i) {
            now = t0 + i * minute;
            auto incident = store.declare({titles[i], Severity::Sev3, services[i % services.size()], {}, false, {}}, {});
            QVERIFY2(incident.ok(), qPrintable(incident.error()));
            // Ties everywhere: five impact times, two resolve times, three severities; some
            // incidents with no impact start at all.
            const QVariant impact = i % 7 == 3 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(t0 + (i % 5) * minute);
            const QString status = statuses[i % statuses.size()];
            const QVariant resolved = status == QLatin1String("resolved") ? QVariant(t0 + (10 + i % 2) * minute)
                                                                           : QVariant(QMetaType::fromType<qint64>());
            exec(QStringLiteral("UPDATE incidents SET impact_started_at = ?, resolved_at = ?, status = ?, severity = ?, "
                                "is_drill = ? WHERE id = ?"),
                 {impact, resolved, status, i % 3 + 1, int(i % 4 == 1), incident->id});
        }
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT i.id, i.number, i.title, i.severity, i.status, s.name, i.impact_started_at, "
                                      "i.resolved_at, i.is_drill FROM incidents i LEFT JOIN services s ON s.id = i.service_id")));
        while (q.next()) {
            Row r;
            r.id = q.value(0).toLongLong();
            r.number = q.value(1).toLongLong();
            r.titleKey = asciiFolded(q.value(2).toString());
            r.severity = q.value(3).toInt();
            r.status = q.value(4).toString();
            if (!q.value(5).isNull())
                r.service = q.value(5).toString().toUtf8();
            if (!q.value(6).isNull())
                r.impact = q.value(6).toLongLong();
            if (!q.value(7).isNull())
                r.resolved = q.value(7).toLongLong();
            r.drill = q.value(8).toInt();
            m_rows << r;
        }
        QCOMPARE(m_rows.size(), titles.size());
        Clock::setSource({});
    }

    void everySortGivesTheSameOrderOnBothEngines_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<bool>("descending");
        const char *names[] = {"open first", "number", "severity", "title", "status", "service", "impact started",
                               "duration", "drill"};
        for (int s = 0; s <= int(IncidentSort::Drill); ++s) {
            QTest::addRow("%s ascending", names[s]) << s << false;
            if (IncidentSort(s) != IncidentSort::OpenFirst)
                QTest::addRow("%s descending", names[s]) << s << true;
        }
    }
    void everySortGivesTheSameOrderOnBothEngines()
    {
        QFETCH(int, sort);
        QFETCH(bool, descending);
        auto ids = IncidentListQuery(*m_db).orderedIds(IncidentSort(sort), descending);
        QVERIFY2(ids.ok(), qPrintable(ids.error()));
        QCOMPARE(*ids, expected(IncidentSort(sort), descending));
    }

    // An open incident whose impact started before 1970 (an old import, a mistyped year) is
    // stored and sorts as the longest on both engines: the duration key once overflowed, and
    // PostgreSQL refused such a row.
    void anOpenIncidentFrom1969SortsAsTheLongest()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const IncidentStore store(*db);
        const Incident old = store.declare({QStringLiteral("From 1969"), Severity::Sev3, {}, {}, false, {}}, {}).value();
        const Incident recent = store.declare({QStringLiteral("Recent"), Severity::Sev3, {}, {}, false, {}}, {}).value();
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("UPDATE incidents SET impact_started_at = ?, resolved_at = NULL, status = 'open' WHERE id = ?"));
        q.addBindValue(qint64(-86'400'000) * 200);  // 1969-06-15
        q.addBindValue(old.id);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        auto ids = IncidentListQuery(*db).orderedIds(IncidentSort::Duration, false);
        QVERIFY2(ids.ok(), qPrintable(ids.error()));
        QCOMPARE(*ids, (QList<qint64>{recent.id, old.id}));
    }

    // Filters and search narrow the list and keep its order.
    void aFilteredListKeepsTheOrder()
    {
        IncidentFilter f;
        f.text = QStringLiteral("alpha");
        auto ids = IncidentListQuery(*m_db).orderedIds(IncidentSort::Title, true, f);
        QVERIFY2(ids.ok(), qPrintable(ids.error()));
        QList<qint64> alphas;
        for (qint64 id : expected(IncidentSort::Title, true))
            for (const Row &r : std::as_const(m_rows))
                if (r.id == id && r.titleKey == "alpha")
                    alphas << id;
        QCOMPARE(alphas.size(), 4);
        QCOMPARE(*ids, alphas);
    }

    // On a server the list shows its first page at once and appends the rest from a worker;
    // on a file it reads every id at once. Either way it ends as the query's whole order.
    void theModelShowsTheFirstPageFirstOnAServer()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir, QStringLiteral("paged.db"));
        const IncidentStore store(*db);
        constexpr int count = PageCache<IncidentListRow>::pageSize + 44;
        for (int i = 0; i < count; ++i)
            QVERIFY(store.declare({QStringLiteral("Incident %1").arg(i % 7), Severity::Sev3, {}, {}, false, {}}, {}).ok());
        IncidentListModel model(db);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy loaded(&model, &IncidentListModel::loaded);
        if (test::testingServer()) {
            QCOMPARE(model.rowCount(), PageCache<IncidentListRow>::pageSize);
            QVERIFY(model.isLoadingRest());
            QTRY_COMPARE(loaded.count(), 1);
            QCOMPARE(inserted.count(), 1);  // appended, not reset: a selection in the first page stays
        } else {
            QVERIFY(!model.isLoadingRest());
        }
        QCOMPARE(model.rowCount(), count);
        const auto all = IncidentListQuery(*db).orderedIds(IncidentSort::OpenFirst, false).value();
        for (int row = 0; row < count; ++row)
            QCOMPARE(model.incidentIdAt(row), all[row]);
        QVERIFY(!model.index(count - 1, IncidentListModel::TitleColumn).data().toString().isEmpty());

        // A new order while the rest of the old one is on its way: the old rest is dropped.
        model.sort(IncidentListModel::TitleColumn, Qt::DescendingOrder);
        model.sort(IncidentListModel::NumberColumn, Qt::AscendingOrder);
        // Every worker's result is delivered before its end is (both queued, in that order).
        QTRY_VERIFY(!model.isLoadingRest());
        QCOMPARE(model.rowCount(), count);
        const auto byNumber = IncidentListQuery(*db).orderedIds(IncidentSort::Number, false).value();
        for (int row = 0; row < count; ++row)
            QCOMPARE(model.incidentIdAt(row), byNumber[row]);
    }
};

QTEST_GUILESS_MAIN(TestIncidentListOrder)
#include "tst_incidentlistorder.moc"
