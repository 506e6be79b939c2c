#include "domain/Incident.h"
#include "domain/IncidentChange.h"
#include "domain/NoteInput.h"
#include "domain/IncidentStatus.h"
#include "domain/Severity.h"
#include "util/TimeFormat.h"

#include <QDateTime>
#include <QTest>

using namespace sitrep;

class TestDomain : public QObject
{
    Q_OBJECT

private slots:
    void severityLabels()
    {
        QCOMPARE(severityLabel(Severity::Sev1), QStringLiteral("SEV1"));
        QCOMPARE(severityFromLabel(QStringLiteral("sev2")), Severity::Sev2);
        QCOMPARE(severityFromLabel(QStringLiteral(" SEV5 ")), Severity::Sev5);
        QCOMPARE(severityFromLabel(QStringLiteral("4")), Severity::Sev4);
        QVERIFY(!severityFromLabel(QStringLiteral("SEV0")));
        QVERIFY(!severityFromLabel(QStringLiteral("SEV6")));
        QVERIFY(!severityFromLabel(QStringLiteral("critical")));
        for (int i = 1; i <= 5; ++i)
            QVERIFY(!severityMeaning(Severity(i)).isEmpty());
    }

    void statusKeysRoundTrip()
    {
        for (auto s : {IncidentStatus::Open, IncidentStatus::Acknowledged,
                       IncidentStatus::Mitigated, IncidentStatus::Resolved})
            QCOMPARE(statusFromKey(statusKey(s)), s);
        QVERIFY(!statusFromKey(QStringLiteral("closed")));
    }

    void publicIds()
    {
        QCOMPARE(Incident::publicIdFor(1042), QStringLiteral("INC-1042"));
        QCOMPARE(Incident::numberFromPublicId(QStringLiteral("INC-1042")), 1042);
        QCOMPARE(Incident::numberFromPublicId(QStringLiteral("inc-7")), 7);
        QVERIFY(!Incident::numberFromPublicId(QStringLiteral("INC-")));
        QVERIFY(!Incident::numberFromPublicId(QStringLiteral("INC-0")));
        QVERIFY(!Incident::numberFromPublicId(QStringLiteral("1042")));
    }

    void isoTimes()
    {
        QCOMPARE(isoUtc(0), QStringLiteral("1970-01-01T00:00:00.000Z"));
        QCOMPARE(parseIsoUtc(QStringLiteral("2026-03-14T09:26:53.589Z")), 1773480413589);
        QCOMPARE(parseIsoUtc(QStringLiteral("2026-03-14T10:26:53.589+01:00")), 1773480413589);
        // Without a zone the instant is unknown: refused rather than guessed.
        QVERIFY(!parseIsoUtc(QStringLiteral("2026-03-14T09:26:53")));
        QVERIFY(!parseIsoUtc(QStringLiteral("yesterday")));
        const qint64 t = 1773480413589;
        QCOMPARE(parseIsoUtc(isoUtc(t)), t);
    }

    void noteTimes()
    {
        const QTimeZone zone(QByteArrayLiteral("Europe/Berlin"));
        // 2026-03-14 15:00 in Berlin (UTC+1).
        const qint64 now = QDateTime(QDate(2026, 3, 14), QTime(15, 0), zone).toMSecsSinceEpoch();
        NoteInput plain = parseNoteInput(QStringLiteral("  checking dashboards "), now, zone);
        QCOMPARE(plain.at, now);
        QCOMPARE(plain.body, QStringLiteral("checking dashboards"));
        QVERIFY(!plain.backdated);
        NoteInput earlier = parseNoteInput(QStringLiteral("14:05 rolled back deploy"), now, zone);
        QVERIFY(earlier.backdated);
        QCOMPARE(earlier.body, QStringLiteral("rolled back deploy"));
        QCOMPARE(earlier.at, QDateTime(QDate(2026, 3, 14), QTime(14, 5), zone).toMSecsSinceEpoch());
        NoteInput lastNight = parseNoteInput(QStringLiteral("23:50:30 paged database team"), now, zone);
        QCOMPARE(lastNight.at, QDateTime(QDate(2026, 3, 13), QTime(23, 50, 30), zone).toMSecsSinceEpoch());
        // Not a time: kept as text.
        QCOMPARE(parseNoteInput(QStringLiteral("25:99 odd"), now, zone).body, QStringLiteral("25:99 odd"));
        QCOMPARE(parseNoteInput(QStringLiteral("14:05"), now, zone).body, QStringLiteral("14:05"));
    }

    void milestoneOrder()
    {
        Incident i;
        i.impactStartedAt = 1000;
        i.detectedAt = 2000;
        QVERIFY(!milestoneProblem(i));
        i.acknowledgedAt = 1500;
        QVERIFY(milestoneProblem(i)->contains(QStringLiteral("Acknowledged cannot be earlier than detected")));
        i.acknowledgedAt.reset();
        i.mitigatedAt = 3000;
        QVERIFY(milestoneProblem(i)->contains(QStringLiteral("Mitigated needs Acknowledged first")));
        i.acknowledgedAt = 2500;
        QVERIFY(!milestoneProblem(i));
        QCOMPARE(statusFromMilestones(i), IncidentStatus::Mitigated);
        i.impactStartedAt.reset();  // unknown impact start is allowed
        QVERIFY(!milestoneProblem(i));
    }

    void durations()
    {
        QCOMPARE(humanDuration(45'000), QStringLiteral("45s"));
        QCOMPARE(humanDuration(5 * 60'000 + 3'000), QStringLiteral("5m 3s"));
        QCOMPARE(humanDuration(3 * 3'600'000 + 12 * 60'000), QStringLiteral("3h 12m"));
        QCOMPARE(humanDuration(2 * 86'400'000 + 4 * 3'600'000), QStringLiteral("2d 4h"));
        QCOMPARE(humanDuration(-90'000), QStringLiteral("-1m 30s"));
    }
};

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
