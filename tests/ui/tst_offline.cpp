// When the team database goes away, nothing typed is lost: a note, a severity change and a
// checklist tick made meanwhile are held on this computer (the outbox, ui/common/Outbox.h), the
// banner says since when and how many, and once the server is back they are offered: replayed
// in order through the same edits (timeline, change feed), a refused one kept with its reason,
// saved to a file or discarded only when the user says so. The outbox outlives its Session (a
// crash), and the postmortem editor's unsaved text and the half-typed note survive too.
//
// The server "goes away" for this test's database only: connections to it are refused
// (ALLOW_CONNECTIONS false) and every session in it is cut off (pg_terminate_backend), which is
// what a client sees of a stopped server, without stopping the server other tests share.
#include "MainWindow.h"
#include "TestSupport.h"
#include "common/Dialogs.h"
#include "common/MarkdownEditor.h"
#include "common/OfflineBanner.h"
#include "common/Outbox.h"
#include "common/OutboxReplay.h"
#include "common/Session.h"
#include "incidents/IncidentEdits.h"
#include "incidents/IncidentView.h"
#include "incidents/IncidentsPage.h"
#include "incidents/NoteDrafts.h"
#include "postmortems/PostmortemEditor.h"
#include "runbooks/ChecklistPanel.h"
#include "runbooks/RunbookEdits.h"
#include "storage/ChangeFeed.h"
#include "storage/IncidentStore.h"
#include "storage/PostmortemStore.h"
#include "storage/RunbookStore.h"
#include "storage/TimelineStore.h"
#include "util/Clock.h"

#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTreeWidget>
#include <QTest>

using namespace sitrep;
using namespace sitrep::ui;

namespace {

// While it is away, nobody can connect to the database and everyone connected was cut off. Run
// from a connection to the server's "postgres" database (a database cannot refuse connections
// to itself from within).
class ServerAway
{
public:
    explicit ServerAway(const Database &db)
    {
        {
            QSqlDatabase own = db.connection();
            QSqlQuery q(own);
            if (q.exec(QStringLiteral("SELECT current_database()")) && q.next())
                m_name = q.value(0).toString();
            QSqlDatabase admin = QSqlDatabase::cloneDatabase(own, m_connection);
            admin.setDatabaseName(QStringLiteral("postgres"));
            if (!admin.open()) {
                qWarning().noquote() << admin.lastError().text();
                m_ok = false;
                return;
            }
        }
        run(QStringLiteral("ALTER DATABASE \"%1\" ALLOW_CONNECTIONS false").arg(m_name));
        run(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1'").arg(m_name));
    }
    ~ServerAway()
    {
        bringBack();
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
    bool ok() const { return !m_name.isEmpty() && m_ok; }
    void bringBack()
    {
        if (!m_back && m_ok)
            run(QStringLiteral("ALTER DATABASE \"%1\" ALLOW_CONNECTIONS true").arg(m_name));
        m_back = true;
    }

private:
    void run(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        if (!q.exec(sql)) {
            qWarning().noquote() << sql << q.lastError().text();
            m_ok = false;
        }
    }

    const QString m_connection = QStringLiteral("offline-test-admin");
    QString m_name;
    bool m_ok = true;
    bool m_back = false;
};

void forgetHeld(const QString &databaseName)
{
    Outbox outbox(databaseName);
    QStringList ids;
    for (const HeldWrite &w : outbox.writes())
        ids << w.id;
    QVERIFY(outbox.remove(ids).ok());
}

} // namespace

class TestOffline : public QObject
{
    Q_OBJECT

    QStringList m_dialogs;

private slots:
    void initTestCase()
    {
        test::isolate();
        dialogs::setHandler([this](const QString &title, const QString &text) { m_dialogs << title + QStringLiteral(": ") + text; });
        QVERIFY2(test::testingServer(), "POSTGRESQL_ONLY: a file cannot go away");
    }

    void init()
    {
        QSettings().clear();
        m_dialogs.clear();
        dialogs::setConfirmHandler({});
        dialogs::setFileHandler({});
    }

    void writesMadeWhileAwayAreHeldAndReplayedWhenItIsBack()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const Incident incident = IncidentStore(*db).declare({QStringLiteral("Checkout down"), Severity::Sev3, {}, {}, false, {}},
                                                             QStringLiteral("ana")).value();
        QVERIFY(RunbookStore(*db).addStep(incident.id, QStringLiteral("Page the DBA"), QStringLiteral("ana")).ok());
        const ChecklistItem step = RunbookStore(*db).checklist(incident.id).value().constFirst();
        forgetHeld(db->path());   // nothing from an earlier run

        MainWindow window(db);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Session *session = window.session();
        IncidentView *view = window.incidentsPage()->detail();
        QTRY_COMPARE(view->incidentId(), incident.id);
        auto *banner = window.findChild<QLabel *>(QStringLiteral("connectionBanner"));
        auto *bar = window.findChild<OfflineBanner *>(QStringLiteral("heldChangesBar"));
        QVERIFY(banner && bar);
        QVERIFY(!banner->isVisible() && !bar->isVisible());

        ServerAway away(*db);
        QVERIFY(away.ok());
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
        QVERIFY(banner->text().contains(db->path()));
        QVERIFY2(banner->text().contains(QStringLiteral("last contact")), qPrintable(banner->text()));

        // A note, Enter: held, the box is free for the next one, the user is told (no dialog).
        auto *note = view->findChild<QLineEdit *>(QStringLiteral("noteBox"));
        note->setFocus();
        QTest::keyClicks(note, QStringLiteral("failover started while the server was away"));
        QTest::keyClick(note, Qt::Key_Return);
        QCOMPARE(note->text(), QString());
        QCOMPARE(session->outbox()->count(), 1);
        // The view could not reload, and still shows the incident (and its note box).
        QVERIFY(note->isVisible());
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("Saved on this computer")),
                 qPrintable(window.statusBar()->currentMessage()));
        // A severity change and a checklist tick, through the edits the dialogs and the panel use.
        QVERIFY(edits::change(*session, {incident.id, IncidentField::Severity, int(Severity::Sev3), int(Severity::Sev2)}).ok());
        auto *panel = view->findChild<ChecklistPanel *>(QStringLiteral("checklistPanel"));
        QVERIFY(panel);
        QCOMPARE(panel->steps()->topLevelItemCount(), 1);
        panel->steps()->topLevelItem(0)->setCheckState(0, Qt::Checked);   // a click on its box
        QTRY_COMPARE(session->outbox()->count(), 3);
        QCOMPARE(session->outbox()->writes().at(2).step.id, step.id);
        QCOMPARE(panel->steps()->topLevelItemCount(), 1);   // still shown, though it could not reload
        QCOMPARE(session->undoStack()->count(), 0);   // nothing happened that undo could take back
        QVERIFY2(m_dialogs.isEmpty(), qPrintable(m_dialogs.join(QLatin1Char('\n'))));
        // (%n plurals: "3 change(s)" until the English catalogue has the string.)
        QTRY_VERIFY(banner->text().contains(QStringLiteral("3 change")) && banner->text().contains(QStringLiteral("kept on this computer")));
        // Already offered to review or save; replayed only once it is back.
        QVERIFY(bar->isVisible());
        QVERIFY(!bar->findChild<QPushButton *>(QStringLiteral("replayHeldChanges"))->isEnabled());
        // A note half typed while it is away.
        QTest::keyClicks(note, QStringLiteral("half-typed thought"));
        if (const QString shots = qEnvironmentVariable("SITREP_SHOTS"); !shots.isEmpty()) {
            QTest::qWait(1100);   // the "last contact" clock moved on
            window.grab().save(shots + QStringLiteral("/offline-banner-held.png"));
        }

        // Meanwhile a colleague raised the severity further (they were still connected, say).
        away.bringBack();
        {
            auto other = Database::open(db->path());
            QVERIFY(other.ok());
            QVERIFY(IncidentStore(**other).apply({incident.id, IncidentField::Severity, int(Severity::Sev3), int(Severity::Sev1)},
                                                 QStringLiteral("ben")).ok());
        }
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 40000);
        QTRY_VERIFY(bar->findChild<QPushButton *>(QStringLiteral("replayHeldChanges"))->isEnabled());
        QVERIFY(bar->isVisible());
        QVERIFY(bar->prompt()->text().contains(QStringLiteral("3 change")));
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("again")),
                 qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(note->text(), QStringLiteral("half-typed thought"));   // through the reconnect and the reload
        QTRY_COMPARE(noteDrafts::load(db->path(), incident.id), QStringLiteral("half-typed thought"));   // and a crash
        if (const QString shots = qEnvironmentVariable("SITREP_SHOTS"); !shots.isEmpty())
            window.grab().save(shots + QStringLiteral("/offline-replay-prompt.png"));

        // Replay: the note and the tick land; the severity is refused (changed meanwhile) and kept.
        const FeedPosition before = changefeed::end(db->connection()).value();
        QTest::mouseClick(bar->findChild<QPushButton *>(QStringLiteral("replayHeldChanges")), Qt::LeftButton);
        QCOMPARE(m_dialogs.size(), qsizetype(1));
        QVERIFY2(m_dialogs.constFirst().contains(QStringLiteral("Severity was changed meanwhile (now SEV1)")), qPrintable(m_dialogs.constFirst()));
        QCOMPARE(session->outbox()->count(), 1);
        const HeldWrite kept = session->outbox()->writes().constFirst();
        QCOMPARE(kept.kind, HeldWrite::Kind::FieldChange);
        QVERIFY(kept.refusal.contains(QStringLiteral("now SEV1")));
        QCOMPARE(kept.incidentLabel, incident.publicId());
        QVERIFY(bar->isVisible());
        QVERIFY(bar->prompt()->text().contains(QStringLiteral("1 change")));

        const auto events = TimelineStore(*db).forIncident(incident.id).value();
        QVERIFY(std::any_of(events.cbegin(), events.cend(), [](const TimelineEvent &e) {
            return e.kind == QLatin1String("note") && e.body == QLatin1String("failover started while the server was away");
        }));
        QCOMPARE(RunbookStore(*db).checklist(incident.id).value().constFirst().state, QStringLiteral("done"));
        QCOMPARE(IncidentStore(*db).byId(incident.id).value()->severity, Severity::Sev1);
        // In the change feed, as any edit is (others' windows follow it).
        const auto feed = changefeed::read(db->connection(), before).value();
        QVERIFY(std::any_of(feed.cbegin(), feed.cend(), [&](const Change &c) {
            return c.table == QLatin1String("timeline_events") && c.action == QLatin1String("insert") && c.incidentId == incident.id;
        }));
        QVERIFY(std::any_of(feed.cbegin(), feed.cend(), [&](const Change &c) {
            return c.table == QLatin1String("checklist_items") && c.action == QLatin1String("update");
        }));
        // Replayed edits are edits: the tick can be undone.
        QVERIFY(session->undoStack()->count() >= 1);

        // Save to file: readable, with the reason; still kept unless the user says so.
        const QString file = dir.filePath(QStringLiteral("held.md"));
        dialogs::setFileHandler([&](const QString &, const QString &) { return std::optional<QString>(file); });
        dialogs::setConfirmHandler([](const QString &, const QString &) { return false; });
        QTest::mouseClick(bar->findChild<QPushButton *>(QStringLiteral("saveHeldChanges")), Qt::LeftButton);
        const QString saved = QString::fromUtf8(test::fileBytes(file));
        QVERIFY2(saved.contains(QStringLiteral("Severity: SEV3 → SEV2 on %1").arg(incident.publicId())), qPrintable(saved));
        QVERIFY(saved.contains(QStringLiteral("now SEV1")));
        QCOMPARE(session->outbox()->count(), 1);

        // Review, Discard: asks first; only a yes drops it.
        QTest::mouseClick(bar->findChild<QPushButton *>(QStringLiteral("reviewHeldChanges")), Qt::LeftButton);
        auto *dialog = window.findChild<QDialog *>(QStringLiteral("heldChangesDialog"));
        QVERIFY(dialog);
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("heldChangesList"));
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().contains(QStringLiteral("now SEV1")));
        if (const QString shots = qEnvironmentVariable("SITREP_SHOTS"); !shots.isEmpty())
            dialog->grab().save(shots + QStringLiteral("/offline-review.png"));
        list->item(0)->setSelected(true);
        auto *discard = dialog->findChild<QPushButton *>(QStringLiteral("discardHeldChanges"));
        QStringList asked;
        dialogs::setConfirmHandler([&](const QString &, const QString &text) { asked << text; return false; });
        discard->click();
        QCOMPARE(asked.size(), qsizetype(1));
        QCOMPARE(session->outbox()->count(), 1);
        dialogs::setConfirmHandler([](const QString &, const QString &) { return true; });
        list->item(0)->setSelected(true);
        discard->click();
        QCOMPARE(session->outbox()->count(), 0);
        QCOMPARE(list->count(), 0);
        QVERIFY(!bar->isVisible());
        QVERIFY(!QFile::exists(session->outbox()->file()));
        dialog->close();
    }

    // A crash (here: the Session simply goes) while changes are held: the next Session of the
    // same database has them, and replays them once the server answers.
    void heldWritesOutliveTheirSession()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const Incident incident = IncidentStore(*db).declare({QStringLiteral("Queue backlog"), Severity::Sev3, {}, {}, false, {}},
                                                             QStringLiteral("ana")).value();
        forgetHeld(db->path());
        {
            ServerAway away(*db);
            QVERIFY(away.ok());
            Session first(db);
            auto id = edits::addNote(first, incident.id, 1767225600000, QStringLiteral("noted before the crash"));
            QVERIFY2(id.ok(), qPrintable(id.error()));
            QCOMPARE(*id, qint64(0));   // held, not written
            QVERIFY(edits::change(first, {incident.id, IncidentField::Title, QStringLiteral("Queue backlog"),
                                          QStringLiteral("Queue backlog in eu-west")}).ok());
            QCOMPARE(first.outbox()->count(), 2);
            // What is not held (declaring) says plainly why it was not done.
            auto declared = edits::declare(first, {QStringLiteral("Another"), Severity::Sev3, {}, {}, false, {}});
            QVERIFY(!declared.ok());
            QVERIFY2(declared.error().startsWith(QStringLiteral("Not done: the team database does not answer.")), qPrintable(declared.error()));
            QCOMPARE(first.outbox()->count(), 2);
        }   // gone without replaying; the server comes back
        Session second(db);
        QCOMPARE(second.outbox()->count(), 2);
        QCOMPARE(second.outbox()->writes().at(0).body, QStringLiteral("noted before the crash"));
        QCOMPARE(second.outbox()->writes().at(0).noteAt, qint64(1767225600000));
        const ReplayReport report = replayHeldWrites(second);
        QCOMPARE(report.written, 2);
        QVERIFY(report.refusals.isEmpty());
        QCOMPARE(second.outbox()->count(), 0);
        QCOMPARE(IncidentStore(*db).byId(incident.id).value()->title, QStringLiteral("Queue backlog in eu-west"));
        const auto events = TimelineStore(*db).forIncident(incident.id).value();
        const auto noteEvent = std::find_if(events.cbegin(), events.cend(), [](const TimelineEvent &e) { return e.kind == QLatin1String("note"); });
        QVERIFY(noteEvent != events.cend());
        QCOMPARE(noteEvent->occurredAt, qint64(1767225600000));   // the time it was meant for, not the replay's
    }

    // An undo while it is away is not held (it takes back what is on the server, and only the
    // server can say whether that is still safe): it is refused with the reason, and the step
    // stays on the stack, to undo once the server is back.
    void anUndoWhileAwayKeepsItsStep()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const Incident incident = IncidentStore(*db).declare({QStringLiteral("Slow search"), Severity::Sev3, {}, {}, false, {}},
                                                             QStringLiteral("ana")).value();
        forgetHeld(db->path());
        Session session(db);
        QVERIFY(edits::change(session, {incident.id, IncidentField::Acknowledged, QVariant(), QVariant(Clock::nowMs())}).ok());
        QCOMPARE(session.undoStack()->index(), 1);
        QSignalSpy failed(&session, &Session::editFailed);
        {
            ServerAway away(*db);
            QVERIFY(away.ok());
            session.undoStack()->undo();
            QCOMPARE(failed.count(), 1);
            QVERIFY2(failed.at(0).at(0).toString().startsWith(QStringLiteral("Not undone: the team database does not answer.")),
                     qPrintable(failed.at(0).at(0).toString()));
            QTRY_COMPARE(session.undoStack()->index(), 1);   // back where it was, the step kept
            QCOMPARE(session.undoStack()->count(), 1);
            QCOMPARE(session.outbox()->count(), 0);
        }
        QVERIFY(IncidentStore(*db).byId(incident.id).value()->acknowledgedAt.has_value());   // never undone
        session.undoStack()->undo();   // the server is back: it works
        QCOMPARE(failed.count(), 1);
        QCOMPARE(session.undoStack()->index(), 0);
        QVERIFY(!IncidentStore(*db).byId(incident.id).value()->acknowledgedAt.has_value());
    }

    // A write the server refuses (not a lost connection) is refused as before: never held.
    void aRefusalIsNotHeld()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const Incident incident = IncidentStore(*db).declare({QStringLiteral("Disk full"), Severity::Sev3, {}, {}, false, {}},
                                                             QStringLiteral("ana")).value();
        forgetHeld(db->path());
        Session session(db);
        auto done = edits::change(session, {incident.id, IncidentField::Severity, int(Severity::Sev1), int(Severity::Sev2)});
        QVERIFY(!done.ok());
        QVERIFY(done.error().contains(QStringLiteral("changed meanwhile")));
        QVERIFY(!session.lastWriteLostConnection());
        QCOMPARE(session.outbox()->count(), 0);
    }

    // The postmortem editor's unsaved text: autosave fails for the connection, the text stays on
    // screen and is held; once the server is back the editor saves it by itself.
    void unsavedPostmortemTextIsKeptAndSavedWhenItIsBack()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const Incident incident = IncidentStore(*db).declare({QStringLiteral("Checkout down"), Severity::Sev2, {}, {}, false, {}},
                                                             QStringLiteral("ana")).value();
        const Postmortem pm = PostmortemStore(*db).createDraft(incident.id, QStringLiteral("Checkout outage"),
                                                               QStringLiteral("# Summary\n"), {}, QStringLiteral("ana")).value();
        forgetHeld(db->path());
        Session session(db);
        PostmortemEditor editor(session);
        editor.show();
        editor.showPostmortem(pm.id);
        QCOMPARE(editor.editor()->toPlainText(), QStringLiteral("# Summary\n"));
        ServerAway away(*db);
        QVERIFY(away.ok());
        QTRY_VERIFY_WITH_TIMEOUT(session.isOffline(), 10000);
        editor.editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor.editor(), QStringLiteral("The primary ran out of disk."));
        editor.saveNow();
        const QString typed = QStringLiteral("# Summary\nThe primary ran out of disk.");
        QCOMPARE(editor.editor()->toPlainText(), typed);
        QVERIFY2(editor.saveState()->text().contains(QStringLiteral("Saved on this computer")), qPrintable(editor.saveState()->text()));
        QCOMPARE(session.outbox()->count(), 1);
        QCOMPARE(session.outbox()->writes().constFirst().text, typed);
        QVERIFY(editor.maybeLeave());   // held: leaving loses nothing, so no question
        // Held in a file: a crash now keeps it.
        QCOMPARE(Outbox(db->path()).count(), 1);
        away.bringBack();
        QTRY_VERIFY_WITH_TIMEOUT(!session.isOffline(), 40000);
        QTRY_COMPARE(PostmortemStore(*db).byId(pm.id).value()->body, typed);
        QCOMPARE(session.outbox()->count(), 0);
        QCOMPARE(editor.editor()->toPlainText(), typed);
    }
};

QTEST_MAIN(TestOffline)
#include "tst_offline.moc"
