// Runbooks in an incident, on real widgets: the incident opened by a DiskFull alert suggests the
// disk-full runbook; attaching it makes the checklist; two ticks, a skip with its reason and an
// undo of a tick leave exactly those events on the timeline. And the runbook editor: Markdown
// and code highlighted in the palette's theme, a preview with working copy links. And undo never
// overwrites a step another writer changed since.

#include "MainWindow.h"
#include "TestSupport.h"
#include "common/Dialogs.h"
#include "common/MarkdownEditor.h"
#include "common/Session.h"
#include "common/Theme.h"
#include "incidents/IncidentView.h"
#include "incidents/IncidentsPage.h"
#include "intake/IntakeStore.h"
#include "models/RunbookListModel.h"
#include "runbooks/ChecklistPanel.h"
#include "runbooks/RunbookLibrary.h"
#include "runbooks/RunbookPreview.h"
#include "runbooks/RunbooksPage.h"
#include "storage/IncidentStore.h"
#include "storage/RunbookStore.h"
#include "storage/TimelineStore.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QTextBlock>
#include <QTextLayout>
#include <QListWidget>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace sitrep;
using namespace sitrep::ui;

namespace {

// The shipped runbooks, and an incident they fit (a full disk on the db service).
qint64 incidentWithRunbooks(const Database &db)
{
    if (!RunbookLibrary(db).importFolder(QStringLiteral(SITREP_TEST_DATA "/../../resources/runbooks")).ok())
        return 0;
    NewIncident n;
    n.title = QStringLiteral("Disk full on db-3");
    n.service = QStringLiteral("db");
    auto incident = IncidentStore(db).declare(n, QStringLiteral("ana"));
    return incident ? incident->id : 0;
}

// The incident's checklist panel in a shown `window`, with its first suggestion attached.
ChecklistPanel *attachFirstSuggestion(MainWindow &window, qint64 incident)
{
    window.show();
    window.showArea(MainWindow::IncidentsArea);
    window.incidentsPage()->selectIncident(incident);
    auto *panel = window.incidentsPage()->detail()->findChild<ChecklistPanel *>(QStringLiteral("checklistPanel"));
    if (!panel || !QTest::qWaitFor([panel] { return panel->suggestions()->count() > 0; }))
        return nullptr;
    panel->attachSuggestion(0);
    return QTest::qWaitFor([panel] { return panel->steps()->topLevelItemCount() > 0; }) ? panel : nullptr;
}

} // namespace

class TestChecklist : public QObject
{
    Q_OBJECT

    QStringList m_answers;

private slots:
    void initTestCase()
    {
        test::isolate();
        QSettings().clear();
        Session::setUserName(QStringLiteral("ana"));
        dialogs::setHandler([](const QString &, const QString &text) { QFAIL(qPrintable(text)); });
        dialogs::setTextHandler([this](const QString &, const QString &) -> std::optional<QString> {
            if (m_answers.isEmpty())
                return std::nullopt;
            return m_answers.takeFirst();
        });
    }

    void attachTickSkipUndo()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        auto imported = RunbookLibrary(*db).importFolder(QStringLiteral(SITREP_TEST_DATA "/../../resources/runbooks"));
        QVERIFY(imported.ok() && imported->added == 6);
        Alert a;
        a.source = QStringLiteral("alertmanager");
        a.dedupKey = QStringLiteral("fp-disk");
        a.status = QStringLiteral("firing");
        a.title = QStringLiteral("Disk 97% full on db-3");
        a.service = QStringLiteral("db");
        a.labels = {{QStringLiteral("alertname"), QStringLiteral("DiskFull")}, {QStringLiteral("service"), QStringLiteral("db")},
                    {QStringLiteral("severity"), QStringLiteral("critical")}};
        a.startsAt = a.receivedAt = a.lastSeenAt = 1767225600000;
        auto opened = intake::IntakeStore(*db).applyNow({a});
        QVERIFY(opened.ok() && opened->incidentsOpened.size() == 1);
        const qint64 incident = opened->incidentsOpened.constFirst();

        MainWindow window(db);
        window.show();
        window.showArea(MainWindow::IncidentsArea);
        window.incidentsPage()->selectIncident(incident);
        auto *panel = window.incidentsPage()->detail()->findChild<ChecklistPanel *>(QStringLiteral("checklistPanel"));
        QVERIFY(panel);
        QTRY_VERIFY(panel->suggestions()->count() > 0);
        QVERIFY2(panel->suggestions()->item(0)->text().startsWith(QStringLiteral("Disk full — alert DiskFull matches alertname=DiskFull")),
                 qPrintable(panel->suggestions()->item(0)->text()));
        QCOMPARE(panel->progress()->text(), QStringLiteral("no checklist yet"));

        // Attach with the keyboard: Enter on the suggestion.
        panel->suggestions()->setFocus();
        panel->suggestions()->setCurrentRow(0);
        QTest::keyClick(panel->suggestions(), Qt::Key_Return);
        QTRY_VERIFY(panel->steps()->topLevelItemCount() > 0);
        const int steps = panel->steps()->topLevelItemCount();
        QCOMPARE(steps, 7);
        QCOMPARE(panel->progress()->text(), QStringLiteral("0/7 done"));
        // Attached runbooks are no longer suggested.
        for (int i = 0; i < panel->suggestions()->count(); ++i)
            QVERIFY(!panel->suggestions()->item(i)->text().startsWith(QStringLiteral("Disk full")));

        // Tick the first step (a click on its box), skip the third with a reason, tick the second,
        // then undo that last tick.
        panel->steps()->topLevelItem(0)->setCheckState(0, Qt::Checked);
        QTRY_COMPARE(panel->progress()->text(), QStringLiteral("1/7 done"));
        panel->steps()->setCurrentItem(panel->steps()->topLevelItem(2));
        m_answers << QStringLiteral("logs live on another volume");
        panel->skipCurrent();
        QCOMPARE(panel->progress()->text(), QStringLiteral("1/7 done · 1 skipped"));
        panel->steps()->topLevelItem(1)->setCheckState(0, Qt::Checked);
        QTRY_COMPARE(panel->progress()->text(), QStringLiteral("2/7 done · 1 skipped"));
        QUndoStack *undo = window.session()->undoStack();
        QVERIFY(undo->undoText().startsWith(QStringLiteral("Tick ")));
        undo->undo();
        QTRY_COMPARE(panel->progress()->text(), QStringLiteral("1/7 done · 1 skipped"));
        QCOMPARE(panel->steps()->topLevelItem(1)->checkState(0), Qt::Unchecked);

        // The timeline holds exactly these checklist events, in order.
        QStringList checklist;
        const QList<TimelineEvent> events = *TimelineStore(*db).forIncident(incident);
        for (const TimelineEvent &e : events)
            if (e.kind == QLatin1String("checklist"))
                checklist << e.body;
        QCOMPARE(checklist.size(), 3);
        QVERIFY2(checklist[0].startsWith(QStringLiteral("Runbook attached: Disk full (version 1; steps: 7)")), qPrintable(checklist[0]));
        QCOMPARE(checklist[1], QStringLiteral("Step done: Find the full volume and how fast it is filling"));
        QCOMPARE(checklist[2], QStringLiteral("Step skipped: Rotated logs not compressed? Check logrotate ran — logs live on another volume"));
        const auto items = *RunbookStore(*db).checklist(incident);
        QCOMPARE(items[0].changedBy, QStringLiteral("ana"));

        // The runbook changes later: the checklist says it came from an older version.
        auto runbook = RunbookStore(*db).bySlug(QStringLiteral("disk-full"));
        QVERIFY(RunbookStore(*db).save(QStringLiteral("disk-full"), (*runbook)->body + QStringLiteral("- [ ] New last step\n"), QString()).ok());
        window.session()->notifyChanged();
        QTRY_VERIFY(panel->drift()->isVisible());
        QCOMPARE(panel->drift()->text(), QStringLiteral("“Disk full” changed since it was attached (version 1, now 2)."));

        if (const QString shots = qEnvironmentVariable("SITREP_SHOTS"); !shots.isEmpty()) {
            window.resize(1400, 900);
            for (const auto &[theme, name] : {std::pair{ThemeChoice::Light, "light"}, std::pair{ThemeChoice::Dark, "dark"}}) {
                applyTheme(theme);
                QTest::qWait(150);
                window.grab().save(shots + QStringLiteral("/checklist-%1.png").arg(QLatin1String(name)));
            }
            applyTheme(ThemeChoice::Light);
        }
    }

    void editorHighlightsInThePalettesThemeAndPreviewCopies()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        QVERIFY(RunbookLibrary(*db).importFolder(QStringLiteral(SITREP_TEST_DATA "/../../resources/runbooks")).ok());
        MainWindow window(db);
        window.resize(1400, 900);
        window.show();
        window.showArea(MainWindow::RunbooksArea);
        RunbooksPage *page = window.runbooksPage();
        QCOMPARE(page->model()->rowCount(), 6);
        page->selectRunbook(RunbookStore(*db).bySlug(QStringLiteral("database-failover"))->value().id);
        QVERIFY(page->editor()->toPlainText().contains(QStringLiteral("patronictl")));
        applyTheme(ThemeChoice::Light);
        QTRY_COMPARE(page->editor()->themeName(), QStringLiteral("Breeze Light"));
        // Code inside a fenced block is coloured by its language, not as plain Markdown text.
        const QTextBlock block = page->editor()->document()->findBlock(page->editor()->toPlainText().indexOf(QStringLiteral("patronictl")));
        QVERIFY(block.isValid());
        QVERIFY(block.layout()->formats().size() >= 2);
        QCOMPARE(page->preview()->codeBlocks().size(), 3);
        page->preview()->copyBlock(2);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("patronictl -c /etc/patroni.yml failover --candidate pg-replica-1 --force"));
        QVERIFY(page->preview()->toPlainText().contains(QStringLiteral("Copy")));
        if (const QString shots = qEnvironmentVariable("SITREP_SHOTS"); !shots.isEmpty())
            window.grab().save(shots + QStringLiteral("/runbook-editor-light.png"));
        applyTheme(ThemeChoice::Dark);
        QTRY_COMPARE(page->editor()->themeName(), QStringLiteral("Breeze Dark"));
        QVERIFY(page->editor()->palette().color(QPalette::Base).lightness() < 100);
        if (const QString shots = qEnvironmentVariable("SITREP_SHOTS"); !shots.isEmpty()) {
            QTest::qWait(100);
            window.grab().save(shots + QStringLiteral("/runbook-editor-dark.png"));
        }
        applyTheme(ThemeChoice::Light);

        // Search narrows the list through the full-text index.
        QTest::keyClicks(page->searchBox(), QStringLiteral("patronictl"));
        QTRY_COMPARE(page->model()->rowCount(), 1);
    }

    // Another Sitrep (a second connection) changes a step after I ticked it: undoing my tick, and
    // then undoing the attach, would each overwrite or remove their work. Both are refused with
    // the reason, and their change stays.
    void undoNeverOverwritesAnotherWritersStep()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const qint64 incident = incidentWithRunbooks(*db);
        QVERIFY(incident);
        auto other = Database::open(db->path());
        QVERIFY2(other.ok(), qPrintable(other.error()));
        const RunbookStore theirs(*other.value());
        QStringList errors;
        dialogs::setHandler([&errors](const QString &, const QString &text) { errors << text; });

        MainWindow window(db);
        ChecklistPanel *panel = attachFirstSuggestion(window, incident);
        QVERIFY(panel);
        const int steps = panel->steps()->topLevelItemCount();
        panel->steps()->topLevelItem(0)->setCheckState(0, Qt::Checked);
        QTRY_COMPARE(panel->progress()->text(), QStringLiteral("1/%1 done").arg(steps));
        QUndoStack *undo = window.session()->undoStack();
        QCOMPARE(undo->count(), 2);

        const ChecklistItem first = theirs.checklist(incident)->constFirst();
        QCOMPARE(first.state, QStringLiteral("done"));
        QVERIFY(theirs.setState(first.id, QStringLiteral("open"), QStringLiteral("still 97 % full"), QStringLiteral("bo")).ok());
        window.session()->notifyChanged();
        QTRY_COMPARE(panel->progress()->text(), QStringLiteral("0/%1 done").arg(steps));

        undo->undo();   // my tick
        QTRY_COMPARE(errors.size(), 1);
        QVERIFY2(errors[0].contains(QStringLiteral("was changed again since (by bo)")), qPrintable(errors[0]));
        QCOMPARE(theirs.checklist(incident)->constFirst().note, QStringLiteral("still 97 % full"));
        QCOMPARE(undo->count(), 1);     // the refused step is gone
        undo->undo();   // the attach
        QTRY_COMPARE(errors.size(), 2);
        QVERIFY2(errors[1].contains(QStringLiteral("was ticked, skipped or noted since")), qPrintable(errors[1]));
        QCOMPARE(int(theirs.checklist(incident)->size()), steps);
        QCOMPARE(panel->steps()->topLevelItemCount(), steps);
        QVERIFY(!undo->canUndo());

        dialogs::setHandler([](const QString &, const QString &text) { QFAIL(qPrintable(text)); });
    }

    // Someone stars the timeline entry my tick wrote as a key event: undoing the tick would
    // delete that entry, so it is refused with the reason, and the tick and the star stay.
    void undoKeepsAStarredTimelineEntry()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const qint64 incident = incidentWithRunbooks(*db);
        QVERIFY(incident);
        auto other = Database::open(db->path());
        QVERIFY2(other.ok(), qPrintable(other.error()));
        QStringList errors;
        dialogs::setHandler([&errors](const QString &, const QString &text) { errors << text; });

        MainWindow window(db);
        ChecklistPanel *panel = attachFirstSuggestion(window, incident);
        QVERIFY(panel);
        panel->steps()->topLevelItem(0)->setCheckState(0, Qt::Checked);
        QTRY_COMPARE(RunbookStore(*other.value()).checklist(incident)->constFirst().state, QStringLiteral("done"));

        const TimelineStore theirs(*other.value());
        const TimelineEvent tickEvent = theirs.forIncident(incident)->constLast();
        QVERIFY2(tickEvent.body.startsWith(QStringLiteral("Step done:")), qPrintable(tickEvent.body));
        QVERIFY(theirs.setKeyEvent(tickEvent.id, false, true).ok());
        window.session()->notifyChanged();

        window.session()->undoStack()->undo();
        QTRY_COMPARE(errors.size(), 1);
        QVERIFY2(errors[0].contains(QStringLiteral("was starred as a key event since")), qPrintable(errors[0]));
        QVERIFY(theirs.byId(tickEvent.id)->has_value());
        QVERIFY(theirs.byId(tickEvent.id)->value().isKeyEvent);
        QCOMPARE(RunbookStore(*other.value()).checklist(incident)->constFirst().state, QStringLiteral("done"));

        dialogs::setHandler([](const QString &, const QString &text) { QFAIL(qPrintable(text)); });
    }
};

QTEST_MAIN(TestChecklist)
#include "tst_checklist.moc"
