// The flow an on-call engineer goes through, driven with the keyboard on real widgets:
// declare -> acknowledge -> note -> key event -> mitigate -> resolve -> undo twice -> redo.
#include "MainWindow.h"
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "common/Dialogs.h"
#include "common/FormDialog.h"
#include "common/Session.h"
#include "incidents/IncidentView.h"
#include "incidents/IncidentsPage.h"
#include "models/IncidentListModel.h"
#include "models/TimelineModel.h"
#include "storage/IncidentStore.h"
#include "storage/TimelineStore.h"
#include "util/Clock.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace sitrep;
using namespace sitrep::ui;

class TestIncidentWorkflow : public QObject
{
    Q_OBJECT

    qint64 m_now = 1767225600000;  // 2026-01-01T00:00:00Z, one second later at every reading
    QStringList m_errors;

    static Incident onlyIncident(const Database &db)
    {
        std::optional<Incident> found;
        (void)IncidentStore(db).forEach([&](const Incident &i) { found = i; });
        return found.value_or(Incident{});
    }


private slots:
    void initTestCase()
    {
        test::isolate();
        QSettings().clear();
        Session::setUserName(QStringLiteral("ana"));
        Clock::setSource([this] { return m_now += 1000; });
        dialogs::setHandler([this](const QString &, const QString &text) { m_errors << text; });
    }
    void cleanupTestCase() { Clock::setSource({}); }

    void declareAcknowledgeNoteMitigateResolveUndoRedo()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        MainWindow window(db);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // Declare with Ctrl+N; Enter declares.
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        auto *dialog = test::waitForTopLevel<FormDialog>(QStringLiteral("declareDialog"));
        QVERIFY(dialog);
        auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("title"));
        QTest::keyClicks(title, QStringLiteral("Checkout returns 502"));
        dialog->findChild<QComboBox *>(QStringLiteral("severity"))->setCurrentIndex(1);  // SEV2
        dialog->findChild<QComboBox *>(QStringLiteral("service"))->setCurrentText(QStringLiteral("checkout"));
        QTest::keyClick(title, Qt::Key_Return);
        QTRY_VERIFY(!dialog->isVisible());

        IncidentsPage *page = window.incidentsPage();
        QCOMPARE(page->table()->model()->rowCount(), 1);
        Incident incident = onlyIncident(*db);
        QCOMPARE(incident.title, QStringLiteral("Checkout returns 502"));
        QCOMPARE(incident.severity, Severity::Sev2);
        QCOMPARE(incident.service, QStringLiteral("checkout"));
        IncidentView *view = page->detail();
        QCOMPARE(view->incidentId(), incident.id);
        auto *timeline = view->findChild<QTableView *>(QStringLiteral("timelineView"));
        auto *model = qobject_cast<TimelineModel *>(timeline->model());

        // Acknowledge with the keyboard, from anywhere in the incident.
        timeline->setFocus();
        QTest::keyClick(timeline, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(onlyIncident(*db).status, IncidentStatus::Acknowledged);

        // A note: type, Enter.
        auto *note = view->findChild<QLineEdit *>(QStringLiteral("noteBox"));
        note->setFocus();
        QTest::keyClicks(note, QStringLiteral("Rolled back checkout to 4.1"));
        QTest::keyClick(note, Qt::Key_Return);
        QCOMPARE(note->text(), QString());
        auto events = TimelineStore(*db).forIncident(incident.id).value();
        const auto noteEvent = std::find_if(events.cbegin(), events.cend(),
                                            [](const TimelineEvent &e) { return e.kind == QLatin1String("note"); });
        QVERIFY(noteEvent != events.cend());
        QCOMPARE(noteEvent->author, QStringLiteral("ana"));

        // Star it as a key event: select it, Ctrl+K.
        timeline->setFocus();
        timeline->setCurrentIndex(model->index(model->rowOfEvent(noteEvent->id), 0));
        QTest::keyClick(timeline, Qt::Key_K, Qt::ControlModifier);
        QVERIFY(TimelineStore(*db).byId(noteEvent->id).value()->isKeyEvent);

        QTest::keyClick(timeline, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(onlyIncident(*db).status, IncidentStatus::Mitigated);
        QTest::keyClick(timeline, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(onlyIncident(*db).status, IncidentStatus::Resolved);
        QVERIFY(view->findChild<QPushButton *>(QStringLiteral("reopenButton"))->isVisible());
        // The list follows: resolved incidents are no longer bold-open.
        QTRY_COMPARE(page->table()->model()->index(0, 0).data(IncidentListModel::IsOpenRole).toBool(), false);

        // Undo twice: resolve and mitigate are taken back, their timeline entries with them.
        const int before = int(TimelineStore(*db).forIncident(incident.id).value().size());
        QTest::keyClick(timeline, Qt::Key_Z, Qt::ControlModifier);
        QTest::keyClick(timeline, Qt::Key_Z, Qt::ControlModifier);
        incident = onlyIncident(*db);
        QCOMPARE(incident.status, IncidentStatus::Acknowledged);
        QVERIFY(!incident.mitigatedAt && !incident.resolvedAt);
        QCOMPARE(int(TimelineStore(*db).forIncident(incident.id).value().size()), before - 2);
        QTRY_VERIFY(view->findChild<QPushButton *>(QStringLiteral("mitigateButton"))->isVisible());

        // Redo once: mitigated again.
        QTest::keyClick(timeline, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(onlyIncident(*db).status, IncidentStatus::Mitigated);
        QCOMPARE(int(TimelineStore(*db).forIncident(incident.id).value().size()), before - 1);
        QVERIFY(m_errors.isEmpty());
    }

    void aMilestoneOutOfOrderIsRefusedWithTheReason()
    {
        m_errors.clear();
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        MainWindow window(db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const Incident incident = IncidentStore(*db).declare({QStringLiteral("Disk full"), Severity::Sev3, {}, {}, false, {}},
                                                             QStringLiteral("ana")).value();
        window.session()->notifyChanged();
        IncidentView *view = window.incidentsPage()->detail();
        QTRY_COMPARE(view->incidentId(), incident.id);

        // Acknowledged one hour before the incident was detected.
        view->findChild<QToolButton *>(QStringLiteral("milestoneEdit2"))->click();
        auto *dialog = test::waitForTopLevel<FormDialog>(QStringLiteral("milestoneDialog"));
        auto *when = dialog->findChild<QDateTimeEdit *>(QStringLiteral("when"));
        when->setDateTime(QDateTime::fromMSecsSinceEpoch(*incident.detectedAt - 3'600'000));
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->errorText().contains(QStringLiteral("Acknowledged cannot be earlier than detected")),
                 qPrintable(dialog->errorText()));
        QVERIFY(!onlyIncident(*db).acknowledgedAt);
        // Nothing to undo: the refused edit left no command behind, and it was said once, in
        // the dialog, not again in a message box.
        QVERIFY(!window.session()->undoStack()->canUndo());
        QVERIFY(m_errors.isEmpty());
        dialog->reject();
    }

    void anotherWriterShowsUpWithoutLosingTheNoteOrSelection()
    {
        QTemporaryDir dir;
        auto db = test::createDemoDatabase(dir, 50);
        MainWindow window(db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        IncidentsPage *page = window.incidentsPage();
        page->table()->selectRow(10);
        const qint64 selected = page->model()->incidentIdAt(10);
        QTRY_COMPARE(page->detail()->incidentId(), selected);
        auto *note = page->detail()->findChild<QLineEdit *>(QStringLiteral("noteBox"));
        QTest::keyClicks(note, QStringLiteral("half-typed thought"));

        // A second process (here: a second connection) declares an incident and notes on ours.
        auto other = Database::open(db->path());
        QVERIFY(IncidentStore(**other).declare({QStringLiteral("From the webhook"), Severity::Sev1, {}, {}, false, {}},
                                               QStringLiteral("alertmanager")).ok());
        QVERIFY(TimelineStore(**other).addNote(selected, Clock::nowMs(), QStringLiteral("note from a teammate"),
                                               QStringLiteral("ben")).ok());
        QTRY_COMPARE_WITH_TIMEOUT(page->table()->model()->rowCount(), 51, 2000);
        QCOMPARE(page->detail()->incidentId(), selected);
        QCOMPARE(page->model()->incidentIdAt(page->table()->currentIndex().row()), selected);
        QCOMPARE(note->text(), QStringLiteral("half-typed thought"));
        auto *timeline = page->detail()->findChild<QTableView *>(QStringLiteral("timelineView"));
        QTRY_VERIFY(timeline->model()->match(timeline->model()->index(0, TimelineModel::TextColumn), Qt::DisplayRole,
                                             QStringLiteral("note from a teammate")).size() == 1);
    }

    // An alert storm grows the open incident's timeline to thousands of events: another
    // writer's events arrive as new rows (no reset: the selected event stays selected), and only
    // the rows in view are fitted to their wrapped text (measuring every row on every change took
    // seconds of the GUI thread; tests/bench/bench_storm measures the whole storm).
    void aLongTimelineFollowsOtherWritersWithoutAResetOrMeasuringEveryRow()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        auto incident = IncidentStore(*db).declare({QStringLiteral("Alert storm"), Severity::Sev2, {}, {}, false, {}},
                                                   QStringLiteral("alertmanager"));
        QVERIFY(incident.ok());
        const QString wrapping = QStringLiteral("Alert firing: error rate above five percent on the checkout service in one region ").repeated(3);
        for (int i = 0; i < 300; ++i)
            QVERIFY(TimelineStore(*db).addNote(incident->id, Clock::nowMs(), wrapping + QString::number(i), QStringLiteral("intake")).ok());
        const auto events = TimelineStore(*db).forIncident(incident->id);
        QVERIFY(events.ok());
        MainWindow window(db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        IncidentsPage *page = window.incidentsPage();
        page->selectIncident(incident->id);
        QTRY_COMPARE(page->detail()->incidentId(), incident->id);
        auto *view = page->detail()->findChild<QTableView *>(QStringLiteral("timelineView"));
        auto *model = qobject_cast<TimelineModel *>(view->model());
        QCOMPARE(model->rowCount(), int(events->size()));
        const int defaultHeight = view->verticalHeader()->defaultSectionSize();
        // In view: the first note, wrapped (how many more fit depends on the columns' widths:
        // on a server the Who column also names the role).
        QTRY_VERIFY(view->rowHeight(1) > defaultHeight);
        QCOMPARE(view->rowHeight(model->rowCount() - 1), defaultHeight);  // far below: not measured
        view->setCurrentIndex(model->index(2, 0));
        const qint64 selected = model->eventAt(2)->id;

        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        auto other = Database::open(db->path());
        for (int i = 0; i < 3; ++i)
            QVERIFY(TimelineStore(**other).addNote(incident->id, Clock::nowMs(), QStringLiteral("storm alert %1").arg(i),
                                                   QStringLiteral("intake")).ok());
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), int(events->size()) + 3, 5000);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model->eventAt(view->currentIndex().row())->id, selected);
        QCOMPARE(view->rowHeight(model->rowCount() - 1), defaultHeight);
    }

    void notesAreEditedDeletedAndCopiedAsMarkdown()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const Incident incident = IncidentStore(*db).declare({QStringLiteral("Queue backlog"), Severity::Sev3, {}, {}, false, {}},
                                                             QStringLiteral("ana")).value();
        MainWindow window(db);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        IncidentView *view = window.incidentsPage()->detail();
        QTRY_COMPARE(view->incidentId(), incident.id);
        auto *note = view->findChild<QLineEdit *>(QStringLiteral("noteBox"));
        note->setFocus();
        QTest::keyClicks(note, QStringLiteral("scaled consumers to 12"));
        QTest::keyClick(note, Qt::Key_Return);
        auto *timeline = view->findChild<QTableView *>(QStringLiteral("timelineView"));
        auto *model = qobject_cast<TimelineModel *>(timeline->model());
        const auto find = [&](const QString &text) {
            return model->match(model->index(0, TimelineModel::TextColumn), Qt::DisplayRole, text, 1, Qt::MatchExactly);
        };
        QCOMPARE(find(QStringLiteral("scaled consumers to 12")).size(), 1);

        // F2 edits the selected note.
        dialogs::setTextHandler([](const QString &, const QString &initial) {
            return std::optional<QString>(initial + QStringLiteral(" (lag falling)"));
        });
        timeline->setFocus();
        timeline->setCurrentIndex(find(QStringLiteral("scaled consumers to 12")).first());
        QTest::keyClick(timeline, Qt::Key_F2);
        dialogs::setTextHandler({});
        QCOMPARE(find(QStringLiteral("scaled consumers to 12 (lag falling) (edited)")).size(), 1);

        // Markdown for chat.
        QTest::keyClick(timeline, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        const QString md = QApplication::clipboard()->text();
        QVERIFY2(md.contains(QStringLiteral("### %1 · Queue backlog").arg(incident.publicId())), qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("(ana) scaled consumers to 12 (lag falling)")));

        // Delete removes it; undo brings it back; the declaration itself cannot be deleted.
        const QString edited = QStringLiteral("scaled consumers to 12 (lag falling) (edited)");
        timeline->setCurrentIndex(find(edited).first());
        QTest::keyClick(timeline, Qt::Key_Delete);
        QCOMPARE(find(edited).size(), 0);
        QTest::keyClick(timeline, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(find(edited).size(), 1);
        const int events = model->rowCount();
        timeline->setCurrentIndex(model->index(0, 0));  // "Incident declared ..."
        QTest::keyClick(timeline, Qt::Key_Delete);
        QCOMPARE(model->rowCount(), events);
    }

    void enterOpensTheIncidentInItsOwnWindow()
    {
        QTemporaryDir dir;
        auto db = test::createDemoDatabase(dir, 20);
        MainWindow window(db);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTableView *table = window.incidentsPage()->table();
        table->setFocus();
        table->selectRow(3);
        const qint64 id = window.incidentsPage()->model()->incidentIdAt(3);
        QTest::keyClick(table, Qt::Key_Return);
        auto *opened = test::waitForTopLevel<QWidget>(QStringLiteral("incidentWindow"));
        QVERIFY(opened);
        QCOMPARE(opened->findChild<IncidentView *>()->incidentId(), id);
        QVERIFY(opened->windowTitle().startsWith(IncidentStore(*db).byId(id).value()->publicId()));
        opened->close();
    }

    void searchFindsAsYouType()
    {
        QTemporaryDir dir;
        auto db = test::createDemoDatabase(dir, 300);
        MainWindow window(db);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        IncidentsPage *page = window.incidentsPage();
        auto *search = page->findChild<QLineEdit *>(QStringLiteral("incidentSearch"));
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("INC-1042"));
        QTRY_COMPARE(page->table()->model()->rowCount(), 1);
        search->clear();
        QTest::keyClicks(search, QStringLiteral("replica"));
        QTRY_VERIFY(page->table()->model()->rowCount() > 0 && page->table()->model()->rowCount() < 300);
    }
};

QTEST_MAIN(TestIncidentWorkflow)
#include "tst_incidentworkflow.moc"
