// Undo and destructive actions never destroy later work, driven on real widgets: an incident
// with a note survives undo, a half-typed note survives switching incidents and restarts, a teammate's change survives my undo, a postmortem with typed text
// survives undo (even typed a moment ago, before autosave), and File ▸ New Database never
// replaces a file. On both engines: a teammate's change on a team database is the case these
// guard most.
#include "MainWindow.h"
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "common/Dialogs.h"
#include "common/FormDialog.h"
#include "common/MarkdownEditor.h"
#include "common/Session.h"
#include "common/Theme.h"
#include "common/Translations.h"
#include "incidents/IncidentView.h"
#include "incidents/IncidentsPage.h"
#include "intake/IntakeStore.h"
#include "models/TimelineModel.h"
#include "postmortems/PostmortemEditor.h"
#include "postmortems/PostmortemLinks.h"
#include "postmortems/PostmortemsPage.h"
#include "storage/IncidentStore.h"
#include "storage/PostmortemStore.h"
#include "storage/TimelineStore.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace sitrep;
using namespace sitrep::ui;

namespace {

QByteArray digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QList<TimelineEvent> notesOf(const Database &db, qint64 incidentId)
{
    QList<TimelineEvent> notes;
    const QList<TimelineEvent> events = TimelineStore(db).forIncident(incidentId).value();
    for (const TimelineEvent &e : events)
        if (e.kind == QLatin1String("note"))
            notes << e;
    return notes;
}

// A draft postmortem of a new incident, written by `author`.
Postmortem draftOf(const Database &db, const QString &title, const QString &author)
{
    const Incident inc = IncidentStore(db).declare({title, Severity::Sev2, {}, {}, false, {}}, QStringLiteral("ana")).value();
    return PostmortemStore(db).createDraft(inc.id, inc.title, QStringLiteral("# %1\n").arg(title), QStringLiteral("short"), author).value();
}

// The window on the Postmortems area with `pm` open in the editor.
PostmortemEditor *openInEditor(MainWindow &window, qint64 pm)
{
    window.resize(1400, 900);
    window.show();
    window.showArea(MainWindow::PostmortemsArea);
    PostmortemEditor *editor = window.postmortemsPage()->editor();
    editor->showPostmortem(pm);
    return editor->postmortemId() == pm ? editor : nullptr;
}

// Another writer (a second connection, as another Sitrep) saves `theirs` into the open
// postmortem, then I type `mine` at its end: the next autosave meets their text.
bool theyWriteWhileITypeIn(const Database &db, PostmortemEditor &editor, const QString &theirs, const QString &mine)
{
    auto other = Database::open(db.path());
    if (!other || !PostmortemStore(**other).saveBody(editor.postmortemId(), theirs).ok())
        return false;
    editor.editor()->setFocus();
    editor.editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor.editor(), mine);
    return true;
}

} // namespace

class TestUndoSafety : public QObject
{
    Q_OBJECT

    QStringList m_errors;

    // Ctrl+Z where the app's undo gets it (a text box would take it for its own text).
    static void undoKey(QWidget *where) { QTest::keyClick(where, Qt::Key_Z, Qt::ControlModifier); }

    qint64 declareWithKeyboard(MainWindow &window, const QString &title)
    {
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        auto *dialog = test::waitForTopLevel<FormDialog>(QStringLiteral("declareDialog"));
        if (!dialog)
            return 0;
        auto *box = dialog->findChild<QLineEdit *>(QStringLiteral("title"));
        QTest::keyClicks(box, title);
        QTest::keyClick(box, Qt::Key_Return);
        if (!QTest::qWaitFor([&] { return !dialog->isVisible(); }))
            return 0;
        return window.incidentsPage()->detail()->incidentId();
    }

private slots:
    void initTestCase()
    {
        test::isolate();
        // SITREP_SHOTS_LANG=de for screenshots in German (the assertions compare data, and the
        // English messages only in the functions that are not run for screenshots).
        ui::installTranslations(*qApp, qEnvironmentVariable("SITREP_SHOTS_LANG") == QLatin1String("de")
                                           ? QLocale(QLocale::German, QLocale::Germany) : QLocale(QLocale::English));
        QSettings().clear();
        Session::setUserName(QStringLiteral("ana"));
        dialogs::setHandler([this](const QString &, const QString &text) { m_errors << text; });
    }
    void init() { m_errors.clear(); }

    // declare -> note -> undo, undo: the note and the incident are still there, and each undo
    // said why it did not take them back.
    void declareNoteUndoUndoKeepsBoth()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        MainWindow window(db);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const qint64 incident = declareWithKeyboard(window, QStringLiteral("Checkout returns 502"));
        QVERIFY(incident > 0);
        IncidentView *view = window.incidentsPage()->detail();
        auto *note = view->findChild<QLineEdit *>(QStringLiteral("noteBox"));
        note->setFocus();
        QTest::keyClicks(note, QStringLiteral("Rolled back checkout to 4.1"));
        QTest::keyClick(note, Qt::Key_Return);
        QCOMPARE(notesOf(*db, incident).size(), 1);

        auto *timeline = view->findChild<QTableView *>(QStringLiteral("timelineView"));
        timeline->setFocus();
        undoKey(timeline);
        undoKey(timeline);
        QTRY_COMPARE(m_errors.size(), 2);
        QVERIFY2(m_errors[0].contains(QStringLiteral("press Delete")), qPrintable(m_errors[0]));
        QVERIFY2(m_errors[1].contains(QStringLiteral("INC-1001 was kept")) && m_errors[1].contains(QStringLiteral("1 note added")),
                 qPrintable(m_errors[1]));
        QVERIFY(IncidentStore(*db).byId(incident).value().has_value());
        QCOMPARE(notesOf(*db, incident).size(), 1);
        QCOMPARE(notesOf(*db, incident).first().body, QStringLiteral("Rolled back checkout to 4.1"));
        // Both refused steps are gone: nothing further to undo, nothing to redo over them.
        QVERIFY(!window.session()->undoStack()->canUndo());

        // Deleting the note is the way to take it back, and that can be undone.
        auto *model = qobject_cast<TimelineModel *>(timeline->model());
        QTRY_VERIFY(model->rowOfEvent(notesOf(*db, incident).first().id) >= 0);
        timeline->setCurrentIndex(model->index(model->rowOfEvent(notesOf(*db, incident).first().id), 0));
        QTest::keyClick(timeline, Qt::Key_Delete);
        QCOMPARE(notesOf(*db, incident).size(), 0);
        undoKey(timeline);
        QCOMPARE(notesOf(*db, incident).size(), 1);
    }

    // Nothing added: undo takes the declaration back, redo declares it again.
    void anUntouchedDeclarationIsUndone()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        MainWindow window(db);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(declareWithKeyboard(window, QStringLiteral("Typo incident")) > 0);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM incidents")), qint64(1));
        QUndoStack *undo = window.session()->undoStack();
        undo->undo();
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM incidents")), qint64(0));
        undo->redo();
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM incidents WHERE title = 'Typo incident'")), qint64(1));
        QVERIFY(m_errors.isEmpty());
    }

    // A teammate writes into my new incident (another connection, as another Sitrep or
    // sitrepctl would): my undo keeps it, and says why.
    void aTeammatesNoteKeepsMyNewIncident()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        MainWindow window(db);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const qint64 incident = declareWithKeyboard(window, QStringLiteral("Search is slow"));
        QVERIFY(incident > 0);
        auto other = Database::open(db->path());
        QVERIFY(other.ok());
        QVERIFY(TimelineStore(**other).addNote(incident, QDateTime::currentMSecsSinceEpoch(), QStringLiteral("ben: looking at the index"),
                                               QStringLiteral("ben")).ok());
        window.session()->undoStack()->undo();
        QTRY_COMPARE(m_errors.size(), 1);
        QVERIFY2(m_errors[0].contains(QStringLiteral("1 note added")), qPrintable(m_errors[0]));
        QVERIFY(IncidentStore(*db).byId(incident).value().has_value());
        QCOMPARE(notesOf(*db, incident).size(), 1);
    }

    // My note edit, then a teammate's: undoing mine never overwrites theirs. Same for a star.
    void undoNeverOverwritesATeammatesEdit()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const Incident inc = IncidentStore(*db).declare({QStringLiteral("Queue backlog"), Severity::Sev3, {}, {}, false, {}},
                                                        QStringLiteral("ana")).value();
        const qint64 note = TimelineStore(*db).addNote(inc.id, QDateTime::currentMSecsSinceEpoch(), QStringLiteral("scaled to 12"),
                                                       QStringLiteral("ana")).value();
        MainWindow window(db);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        IncidentView *view = window.incidentsPage()->detail();
        QTRY_COMPARE(view->incidentId(), inc.id);
        auto *timeline = view->findChild<QTableView *>(QStringLiteral("timelineView"));
        auto *model = qobject_cast<TimelineModel *>(timeline->model());
        QTRY_VERIFY(model->rowOfEvent(note) >= 0);
        timeline->setFocus();
        timeline->setCurrentIndex(model->index(model->rowOfEvent(note), 0));
        dialogs::setTextHandler([](const QString &, const QString &) { return std::optional<QString>(QStringLiteral("scaled to 16")); });
        QTest::keyClick(timeline, Qt::Key_F2);
        dialogs::setTextHandler({});
        QCOMPARE(TimelineStore(*db).byId(note).value()->body, QStringLiteral("scaled to 16"));
        QTest::keyClick(timeline, Qt::Key_K, Qt::ControlModifier);
        QVERIFY(TimelineStore(*db).byId(note).value()->isKeyEvent);

        auto other = Database::open(db->path());
        QVERIFY(other.ok());
        const TimelineStore theirs(**other);
        QVERIFY(theirs.setKeyEvent(note, true, false).ok());  // ben unstars it
        QVERIFY(theirs.updateNote(note, QStringLiteral("scaled to 16"), QStringLiteral("scaled to 16, lag falling"), QStringLiteral("ben")).ok());

        undoKey(timeline);  // my star
        undoKey(timeline);  // my edit
        QTRY_COMPARE(m_errors.size(), 2);
        QVERIFY2(m_errors[0].contains(QStringLiteral("unmarked")), qPrintable(m_errors[0]));
        QVERIFY2(m_errors[1].contains(QStringLiteral("scaled to 16, lag falling")), qPrintable(m_errors[1]));
        const TimelineEvent now = TimelineStore(*db).byId(note).value().value();
        QCOMPARE(now.body, QStringLiteral("scaled to 16, lag falling"));
        QVERIFY(!now.isKeyEvent);
    }

    // write postmortem -> type -> add an action item -> undo x3: nothing typed is lost, though
    // the last words were typed a moment before the undo (no autosave yet).
    void writeTypeAddActionItemUndoThriceLosesNothing()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const Incident inc = IncidentStore(*db).declare({QStringLiteral("Checkout 5xx"), Severity::Sev2, QStringLiteral("checkout"), {}, false, {}},
                                                        QStringLiteral("ana")).value();
        MainWindow window(db);
        window.resize(1400, 900);
        window.show();
        window.incidentsPage()->selectIncident(inc.id);
        auto *links = window.incidentsPage()->detail()->findChild<PostmortemLinks *>(QStringLiteral("postmortemLinks"));
        QVERIFY(links);
        QTRY_VERIFY(links->writeButton()->isVisible());
        links->writeButton()->click();
        auto *dialog = test::waitForTopLevel<FormDialog>(QStringLiteral("writePostmortemDialog"));
        QVERIFY(dialog);
        dialog->accept();
        PostmortemEditor *editor = window.postmortemsPage()->editor();
        QTRY_VERIFY(editor->postmortemId() > 0);
        const qint64 pm = editor->postmortemId();

        editor->editor()->setFocus();
        editor->editor()->moveCursor(QTextCursor::End);
        QTest::keyClick(editor->editor(), Qt::Key_Return);
        QTest::keyClicks(editor->editor(), QStringLiteral("The cache expired at 14:02."));
        QTRY_VERIFY_WITH_TIMEOUT(PostmortemStore(*db).byId(pm).value()->body.contains(QStringLiteral("The cache expired at 14:02.")),
                                 PostmortemEditor::autosaveDelayMs + 3000);
        editor->addActionItem();
        auto *itemDialog = test::waitForTopLevel<FormDialog>(QStringLiteral("actionItemDialog"));
        QVERIFY(itemDialog);
        itemDialog->findChild<QLineEdit *>(QStringLiteral("title"))->setText(QStringLiteral("Alert on cache expiry"));
        itemDialog->findChild<QLineEdit *>(QStringLiteral("owner"))->setText(QStringLiteral("ben"));
        itemDialog->accept();
        QTRY_VERIFY(!itemDialog->isVisible());
        // Typed just now: autosave has not run yet.
        editor->editor()->setFocus();
        QTest::keyClicks(editor->editor(), QStringLiteral(" Nobody was paged."));

        QUndoStack *undo = window.session()->undoStack();
        undo->undo();  // the action item (the step right before)
        undo->undo();  // the draft: refused, it has text
        undo->undo();  // nothing left
        const Postmortem after = PostmortemStore(*db).byId(pm).value().value();
        QVERIFY2(after.body.contains(QStringLiteral("The cache expired at 14:02. Nobody was paged.")), qPrintable(after.body));
        QVERIFY(editor->editor()->toPlainText().contains(QStringLiteral("Nobody was paged.")));
        QCOMPARE(m_errors.size(), 1);
        QVERIFY2(m_errors[0].contains(QStringLiteral("The postmortem was kept")), qPrintable(m_errors[0]));
        // The action item was the step undone; redo brings it back as it was.
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM action_items")), qint64(0));
        QVERIFY(undo->canRedo());
        undo->redo();
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM action_items WHERE title = 'Alert on cache expiry' AND owner = 'ben'")),
                 qint64(1));
    }

    // Two writers on one postmortem (two Sitreps on one file): my autosave never overwrites
    // what the other saved meanwhile; both texts are kept until I choose.
    void autosaveNeverOverwritesAnotherWritersText()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const Postmortem pm = draftOf(*db, QStringLiteral("Checkout 5xx"), QStringLiteral("ana"));
        MainWindow window(db);
        PostmortemEditor *editor = openInEditor(window, pm.id);
        QVERIFY(editor);

        QVERIFY(theyWriteWhileITypeIn(*db, *editor, QStringLiteral("# Checkout 5xx\nBen: the CDN purge started it.\n"),
                                      QStringLiteral("Ana: the cache expired.")));
        auto *bar = editor->findChild<QWidget *>(QStringLiteral("postmortemConflict"));
        QVERIFY(bar);
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), PostmortemEditor::autosaveDelayMs + 3000);
        if (const QString shots = qEnvironmentVariable("SITREP_SHOTS"); !shots.isEmpty()) {
            window.resize(1280, 800);
            for (const auto &[theme, name] : {std::pair{ThemeChoice::Light, "light"}, std::pair{ThemeChoice::Dark, "dark"}}) {
                applyTheme(theme);
                QTest::qWait(150);
                window.grab().save(shots + QStringLiteral("/postmortem-conflict-%1-%2.png")
                                               .arg(QLatin1String(name), qEnvironmentVariable("SITREP_SHOTS_LANG", QStringLiteral("en"))));
            }
            applyTheme(ThemeChoice::Light);
        }
        QCOMPARE(PostmortemStore(*db).byId(pm.id).value()->body, QStringLiteral("# Checkout 5xx\nBen: the CDN purge started it.\n"));
        QVERIFY(editor->editor()->toPlainText().contains(QStringLiteral("Ana: the cache expired.")));

        // Publishing now would publish their text while mine is unsaved: refused, with why.
        editor->publish();
        QCOMPARE(m_errors.size(), 1);
        QVERIFY2(m_errors[0].contains(QStringLiteral("Keep Both")), qPrintable(m_errors[0]));
        QCOMPARE(PostmortemStore(*db).byId(pm.id).value()->status, QStringLiteral("draft"));
        m_errors.clear();

        editor->findChild<QPushButton *>(QStringLiteral("conflictKeepBoth"))->click();
        QVERIFY(!bar->isVisible());
        const QString both = PostmortemStore(*db).byId(pm.id).value()->body;
        QVERIFY2(both.contains(QStringLiteral("Ana: the cache expired.")) && both.contains(QStringLiteral("Ben: the CDN purge started it.")),
                 qPrintable(both));
        // From there, autosave goes on as usual.
        QTest::keyClicks(editor->editor(), QStringLiteral(" Merged."));
        QTRY_VERIFY_WITH_TIMEOUT(PostmortemStore(*db).byId(pm.id).value()->body.endsWith(QStringLiteral(" Merged.")),
                                 PostmortemEditor::autosaveDelayMs + 3000);
        QVERIFY(m_errors.isEmpty());
    }

    // The postmortem goes away elsewhere (a colleague undoes their draft) while I type, before
    // autosave: what I typed is not dropped silently, it goes to the clipboard.
    void textTypedIntoARemovedPostmortemIsRescued()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const Postmortem pm = draftOf(*db, QStringLiteral("Checkout 5xx"), QStringLiteral("ben"));
        MainWindow window(db);
        PostmortemEditor *editor = openInEditor(window, pm.id);
        QVERIFY(editor);
        editor->editor()->setFocus();
        editor->editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor->editor(), QStringLiteral("Ana: first findings"));
        auto other = Database::open(db->path());
        QVERIFY(other.ok());
        QVERIFY(PostmortemStore(**other).removeDraft(pm).ok());  // nothing of mine was saved yet
        window.session()->notifyChanged();
        QTRY_COMPARE(editor->postmortemId(), qint64(0));
        QVERIFY2(QApplication::clipboard()->text().contains(QStringLiteral("Ana: first findings")),
                 qPrintable(QApplication::clipboard()->text()));
    }

    // Closing the window while the conflict bar is up keeps both texts (nothing is dropped).
    void closingDuringAConflictKeepsBothTexts()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const Postmortem pm = draftOf(*db, QStringLiteral("Queue lag"), QStringLiteral("ana"));
        {
            MainWindow window(db);
            PostmortemEditor *editor = openInEditor(window, pm.id);
            QVERIFY(editor);
            QVERIFY(theyWriteWhileITypeIn(*db, *editor, QStringLiteral("# Queue lag\nBen's part.\n"), QStringLiteral("Ana's part.")));
            editor->saveNow();
            QVERIFY(editor->findChild<QWidget *>(QStringLiteral("postmortemConflict"))->isVisibleTo(editor));
            QVERIFY(window.close());
        }
        const QString body = PostmortemStore(*db).byId(pm.id).value()->body;
        QVERIFY2(body.contains(QStringLiteral("Ana's part.")) && body.contains(QStringLiteral("Ben's part.")), qPrintable(body));
    }

    // A half-typed note survives switching incidents, and a window that goes away without
    // writing it (a crash, a quit).
    void aHalfTypedNoteSurvivesSwitchesAndRestarts()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const qint64 first = IncidentStore(*db).declare({QStringLiteral("Disk full"), Severity::Sev3, {}, {}, false, {}}, QStringLiteral("ana"))->id;
        const qint64 second = IncidentStore(*db).declare({QStringLiteral("Cert expiry"), Severity::Sev3, {}, {}, false, {}}, QStringLiteral("ana"))->id;
        {
            MainWindow window(db);
            window.show();
            window.activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            window.incidentsPage()->selectIncident(first);
            IncidentView *view = window.incidentsPage()->detail();
            QTRY_COMPARE(view->incidentId(), first);
            auto *note = view->findChild<QLineEdit *>(QStringLiteral("noteBox"));
            note->setFocus();
            QTest::keyClicks(note, QStringLiteral("14:05 disk at 97%, deleting old"));
            window.incidentsPage()->selectIncident(second);
            QTRY_COMPARE(view->incidentId(), second);
            QCOMPARE(note->text(), QString());  // another incident's box
            QTest::keyClicks(note, QStringLiteral("renewing with"));
            window.incidentsPage()->selectIncident(first);
            QTRY_COMPARE(view->incidentId(), first);
            QCOMPARE(note->text(), QStringLiteral("14:05 disk at 97%, deleting old"));
            QTest::keyClicks(note, QStringLiteral(" logs"));
        }  // the window goes, nothing was written to the timeline
        QCOMPARE(notesOf(*db, first).size(), 0);
        MainWindow again(db);
        again.show();
        again.incidentsPage()->selectIncident(first);
        IncidentView *view = again.incidentsPage()->detail();
        QTRY_COMPARE(view->incidentId(), first);
        auto *note = view->findChild<QLineEdit *>(QStringLiteral("noteBox"));
        QCOMPARE(note->text(), QStringLiteral("14:05 disk at 97%, deleting old logs"));
        // Enter writes it, and the draft is gone.
        QTest::keyClick(note, Qt::Key_Return);
        QCOMPARE(notesOf(*db, first).size(), 1);
        again.incidentsPage()->selectIncident(second);
        QTRY_COMPARE(view->incidentId(), second);
        QCOMPARE(note->text(), QStringLiteral("renewing with"));
        again.incidentsPage()->selectIncident(first);
        QTRY_COMPARE(view->incidentId(), first);
        QCOMPARE(note->text(), QString());
    }

    // File ▸ New Database on an existing file (another one, the open one, one with a stale log
    // beside it) never replaces it: refused with the reason, asked again.
    void newDatabaseNeverReplacesAFile()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        QVERIFY(IncidentStore(*db).declare({QStringLiteral("Keep me"), Severity::Sev3, {}, {}, false, {}}, QStringLiteral("ana")).ok());
        const QString other = dir.filePath(QStringLiteral("other.db"));
        {
            QFile f(other);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("precious bytes, not even a database");
        }
        const QString orphan = dir.filePath(QStringLiteral("orphan.db"));
        {
            QFile wal(orphan + QStringLiteral("-wal"));
            QVERIFY(wal.open(QIODevice::WriteOnly));
            wal.write("a log left behind");
        }
        const QByteArray otherBefore = digest(other);
        // The second name given is the open database's own file. A team database has no file: on a server the
        // second name is another file of the team's (a copy kept as an archive).
        QString second = db->path();
        if (db->isServer()) {
            second = dir.filePath(QStringLiteral("archive.db"));
            QFile f(second);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("an archive copy of the team's database");
        }
        // The open file's content as a new reader of that path finds it, not its bytes: the
        // window writes to it while it shows an incident (its presence, PresenceTracker.h).
        const auto secondNow = [&] {
            if (db->isServer())
                return digest(second);
            auto reader = Database::open(second);
            return reader ? test::exportedJson(**reader) : QByteArray("cannot open");
        };
        const QByteArray secondBefore = secondNow();
        const QString fresh = dir.filePath(QStringLiteral("fresh.db"));
        QStringList answers{other, second, orphan, fresh};
        QStringList offered;
        dialogs::setFileHandler([&](const QString &, const QString &initial) -> std::optional<QString> {
            offered << initial;
            return answers.isEmpty() ? std::nullopt : std::optional<QString>(answers.takeFirst());
        });

        MainWindow window(db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *action = window.findChild<QAction *>(QStringLiteral("newDatabaseAction"));
        QVERIFY(action);
        action->trigger();
        dialogs::setFileHandler({});

        QCOMPARE(m_errors.size(), 3);
        QVERIFY2(m_errors[0].contains(QStringLiteral("already exists")), qPrintable(m_errors[0]));
        QVERIFY2(m_errors[1].contains(QStringLiteral("already exists")), qPrintable(m_errors[1]));
        QVERIFY2(m_errors[2].contains(QStringLiteral("orphan.db-wal")), qPrintable(m_errors[2]));
        QCOMPARE(digest(other), otherBefore);
        QCOMPARE(secondNow(), secondBefore);
        QVERIFY(QFileInfo::exists(second));
        QCOMPARE(QFile(orphan + QStringLiteral("-wal")).size(), qint64(17));
        QVERIFY(!QFile::exists(orphan));
        // After a refusal the dialog offers a free name next to the refused one.
        QCOMPARE(offered.size(), 4);
        QCOMPARE(offered[1], dir.filePath(QStringLiteral("other-2.db")));
        // The fourth name was free: that database is now open, empty, and the old one untouched.
        QCOMPARE(window.database()->path(), fresh);
        QCOMPARE(test::scalar(*window.database(), QStringLiteral("SELECT count(*) FROM incidents")), qint64(0));
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM incidents")), qint64(1));
    }
};

QTEST_MAIN(TestUndoSafety)
#include "tst_undosafety.moc"
