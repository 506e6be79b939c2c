// Writes held while the team database did not answer (domain/HeldWrite.h): each kind goes to
// JSON and back with its values in their own types (the stores compare them with what is stored:
// a milestone read back as a double, or a severity as text, would be refused as "changed
// meanwhile"), and what cannot be replayed faithfully is refused with the reason.
#include "TestSupport.h"
#include "domain/HeldWrite.h"

#include <QJsonDocument>
#include <QTest>

using namespace sitrep;

namespace {

HeldWrite roundTrip(const HeldWrite &w)
{
    // Through bytes, as the outbox file stores it.
    const QByteArray bytes = QJsonDocument(heldwrites::toJson(w)).toJson();
    auto back = heldwrites::fromJson(QJsonDocument::fromJson(bytes).object());
    if (!back)
        qWarning().noquote() << back.error();
    return back ? *back : HeldWrite{};
}

QString utc(qint64 ms) { return QString::number(ms); }

} // namespace

class TestHeldWrite : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolate(); }

    void aNoteKeepsItsIncidentTimeBodyAndAuthor()
    {
        const auto w = HeldWrite::note(42, 1767225600123, QStringLiteral("rolled back “checkout” to 4.1\nsecond line"),
                                       QStringLiteral("ana"), 1767225601000);
        const HeldWrite back = roundTrip(w);
        QCOMPARE(back.kind, HeldWrite::Kind::Note);
        QCOMPARE(back.incidentId, qint64(42));
        QCOMPARE(back.noteAt, qint64(1767225600123));
        QCOMPARE(back.body, w.body);
        QCOMPARE(back.author, QStringLiteral("ana"));
        QCOMPARE(back.heldAt, qint64(1767225601000));
        // Readable: the time is there as text too.
        QCOMPARE(heldwrites::toJson(w).value(QStringLiteral("at_utc")).toString(), QStringLiteral("2026-01-01T00:00:00.123Z"));
    }

    void fieldChangesKeepTheirValueTypes_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QVariant>("before");
        QTest::addColumn<QVariant>("after");
        QTest::newRow("severity") << int(IncidentField::Severity) << QVariant(3) << QVariant(1);
        QTest::newRow("title") << int(IncidentField::Title) << QVariant(QStringLiteral("Checkout slow"))
                               << QVariant(QStringLiteral("Checkout down"));
        QTest::newRow("drill") << int(IncidentField::Drill) << QVariant(false) << QVariant(true);
        QTest::newRow("milestone set") << int(IncidentField::Acknowledged) << QVariant() << QVariant(qint64(1767225600000));
        QTest::newRow("milestone cleared") << int(IncidentField::Resolved) << QVariant(qint64(1767225600000)) << QVariant();
        QTest::newRow("responders") << int(IncidentField::Responders) << QVariant(QStringList{})
                                    << QVariant(QStringList{QStringLiteral("ana"), QStringLiteral("ben")});
        QTest::newRow("commander") << int(IncidentField::Commander) << QVariant(QString()) << QVariant(QStringLiteral("cleo"));
    }

    void fieldChangesKeepTheirValueTypes()
    {
        QFETCH(int, field);
        QFETCH(QVariant, before);
        QFETCH(QVariant, after);
        const IncidentChange change{7, IncidentField(field), before, after};
        const HeldWrite back = roundTrip(HeldWrite::fieldChange(change, QStringLiteral("ana"), 1));
        QCOMPARE(back.kind, HeldWrite::Kind::FieldChange);
        QCOMPARE(back.incidentId, qint64(7));
        QCOMPARE(back.change.incidentId, qint64(7));
        QCOMPARE(int(back.change.field), field);
        QCOMPARE(back.change.before.isNull(), before.isNull());
        QCOMPARE(back.change.after.isNull(), after.isNull());
        // The same type as the domain's (IncidentChange.h), not just an equal-looking value.
        if (!before.isNull())
            QCOMPARE(back.change.before.metaType(), before.metaType());
        if (!after.isNull())
            QCOMPARE(back.change.after.metaType(), after.metaType());
        QCOMPARE(back.change.before, before);
        QCOMPARE(back.change.after, after);
    }

    void aChecklistStepKeepsTheStepAsShown()
    {
        ChecklistItem shown;
        shown.id = 12;
        shown.incidentId = 7;
        shown.text = QStringLiteral("Page the DBA");
        shown.state = QStringLiteral("open");
        shown.note = QStringLiteral("");
        shown.changedBy = QStringLiteral("ben");
        shown.changedAt = 1767225600000;
        const HeldWrite back = roundTrip(HeldWrite::checklistStep(shown, QStringLiteral("done"), QStringLiteral("paged"),
                                                                  QStringLiteral("ana"), 1));
        QCOMPARE(back.kind, HeldWrite::Kind::ChecklistStep);
        QCOMPARE(back.incidentId, qint64(7));
        QCOMPARE(back.step.id, qint64(12));
        QCOMPARE(back.step.incidentId, qint64(7));
        QCOMPARE(back.step.text, shown.text);
        QCOMPARE(back.step.state, shown.state);
        QCOMPARE(back.step.changedBy, shown.changedBy);
        QCOMPARE(back.step.changedAt, shown.changedAt);
        QCOMPARE(back.state, QStringLiteral("done"));
        QCOMPARE(back.stepNote, QStringLiteral("paged"));
        // Never changed: no time.
        shown.changedAt.reset();
        QVERIFY(!roundTrip(HeldWrite::checklistStep(shown, QStringLiteral("done"), {}, QStringLiteral("ana"), 1)).step.changedAt);
    }

    void aPostmortemTextKeepsTheTextItStartedFrom()
    {
        const HeldWrite back = roundTrip(HeldWrite::postmortemText(5, QStringLiteral("Checkout outage"), QStringLiteral("# Summary\n"),
                                                                   QStringLiteral("# Summary\nIt broke.\n"), QStringLiteral("ana"), 1));
        QCOMPARE(back.kind, HeldWrite::Kind::PostmortemText);
        QCOMPARE(back.postmortemId, qint64(5));
        QCOMPARE(back.postmortemTitle, QStringLiteral("Checkout outage"));
        QCOMPARE(back.baseText, QStringLiteral("# Summary\n"));
        QCOMPARE(back.text, QStringLiteral("# Summary\nIt broke.\n"));
    }

    void aRefusalAndALabelAreKept()
    {
        HeldWrite w = HeldWrite::note(1, 2, QStringLiteral("x"), QStringLiteral("ana"), 3);
        w.refusal = QStringLiteral("Severity was changed meanwhile (now SEV1); nothing was changed.");
        w.incidentLabel = QStringLiteral("INC-1042");
        const HeldWrite back = roundTrip(w);
        QVERIFY(!w.id.isEmpty());
        QCOMPARE(back.id, w.id);   // the same write, wherever it is read
        QVERIFY(HeldWrite::note(1, 2, QStringLiteral("x"), QStringLiteral("ana"), 3).id != w.id);
        QCOMPARE(back.refusal, w.refusal);
        QCOMPARE(back.incidentLabel, w.incidentLabel);
    }

    void whatCannotBeReplayedFaithfullyIsRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown kind") << QByteArray(R"({"kind":"teleport","held_at":1,"author":"a","incident_id":1})")
                                      << QStringLiteral("teleport");
        QTest::newRow("no incident") << QByteArray(R"({"kind":"note","held_at":1,"author":"a","at":1,"body":"x"})")
                                     << QStringLiteral("incident_id");
        QTest::newRow("empty note") << QByteArray(R"({"kind":"note","held_at":1,"author":"a","incident_id":1,"at":1,"body":" "})")
                                    << QStringLiteral("body");
        QTest::newRow("unknown field") << QByteArray(R"({"kind":"field_change","held_at":1,"author":"a","incident_id":1,"field":"colour","before":"a","after":"b"})")
                                       << QStringLiteral("field");
        QTest::newRow("severity as text") << QByteArray(R"({"kind":"field_change","held_at":1,"author":"a","incident_id":1,"field":"severity","before":"SEV3","after":1})")
                                          << QStringLiteral("before");
        QTest::newRow("severity out of range") << QByteArray(R"({"kind":"field_change","held_at":1,"author":"a","incident_id":1,"field":"severity","before":3,"after":9})")
                                               << QStringLiteral("after");
        QTest::newRow("milestone as text") << QByteArray(R"({"kind":"field_change","held_at":1,"author":"a","incident_id":1,"field":"mitigated","before":null,"after":"now"})")
                                           << QStringLiteral("after");
        QTest::newRow("step without id") << QByteArray(R"({"kind":"checklist_step","held_at":1,"author":"a","incident_id":1,"step":{"text":"t","state":"open","note":"","changed_by":""},"state":"done","note":""})")
                                         << QStringLiteral("step");
    }

    void whatCannotBeReplayedFaithfullyIsRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, says);
        auto w = heldwrites::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(!w.ok());
        QVERIFY2(w.error().contains(says), qPrintable(w.error()));
    }

    void aListGoesBackInOrder()
    {
        const QList<HeldWrite> writes{HeldWrite::note(1, 10, QStringLiteral("first"), QStringLiteral("a"), 1),
                                      HeldWrite::fieldChange({1, IncidentField::Severity, 3, 2}, QStringLiteral("a"), 2),
                                      HeldWrite::note(1, 30, QStringLiteral("third"), QStringLiteral("a"), 3)};
        auto back = heldwrites::fromJson(heldwrites::toJson(writes));
        QVERIFY(back.ok());
        QCOMPARE(back->size(), qsizetype(3));
        QCOMPARE(back->at(0).body, QStringLiteral("first"));
        QCOMPARE(back->at(1).kind, HeldWrite::Kind::FieldChange);
        QCOMPARE(back->at(2).body, QStringLiteral("third"));
    }

    // The saved file: what a person needs to enter it by hand, and the JSON to replay it.
    void theMarkdownSaysWhatWasMeant()
    {
        HeldWrite sev = HeldWrite::fieldChange({1, IncidentField::Severity, 3, 2}, QStringLiteral("ana"), 1767225600000);
        sev.incidentLabel = QStringLiteral("INC-1042");
        sev.refusal = QStringLiteral("Severity was changed meanwhile (now SEV1); nothing was changed.");
        const QList<HeldWrite> writes{HeldWrite::note(1, 1767225600000, QStringLiteral("db failover started"), QStringLiteral("ana"), 1767225600000),
                                      sev};
        const QString md = heldwrites::toMarkdown(writes, QStringLiteral("postgresql://db.example/sitrep"), utc);
        QVERIFY(md.startsWith(QStringLiteral("# ")));
        QVERIFY(md.contains(QStringLiteral("postgresql://db.example/sitrep")));
        QVERIFY(md.contains(QStringLiteral("“db failover started”")));
        QVERIFY(md.contains(QStringLiteral("Severity: SEV3 → SEV2 on INC-1042")));
        QVERIFY(md.contains(QStringLiteral("now SEV1")));
        const qsizetype json = md.indexOf(QStringLiteral("```json\n"));
        QVERIFY(json > 0);
        const QString block = md.mid(json + 8, md.indexOf(QStringLiteral("```"), json + 8) - json - 8);
        auto back = heldwrites::fromJson(QJsonDocument::fromJson(block.toUtf8()).array());
        QVERIFY(back.ok());
        QCOMPARE(back->size(), qsizetype(2));
    }
};

QTEST_GUILESS_MAIN(TestHeldWrite)
#include "tst_heldwrite.moc"
