// The runbook editor never drops what was typed: another runbook (a real click on its row),
// another area or closing the window asks to save, discard or cancel, and each answer does what
// it says; Ctrl+S saves with the focus in the editor (a real key event). Saves and their undo
// never overwrite a version someone else saved meanwhile: they are refused with the reason and
// that version stays; once told, the user can save on top of it (both stay in the history).
// Revert is a step of the editor's own undo, and with no runbook loaded the editor takes no
// typing. Every check of the database goes through a second connection, as another Sitrep or
// sitrepctl would see it.

#include "MainWindow.h"
#include "TestSupport.h"
#include "common/Dialogs.h"
#include "common/MarkdownEditor.h"
#include "common/Session.h"
#include "models/RunbookListModel.h"
#include "runbooks/RunbookLibrary.h"
#include "runbooks/RunbooksPage.h"
#include "storage/RunbookStore.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QListWidget>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace sitrep;
using namespace sitrep::ui;
using dialogs::SaveChoice;

namespace {
const QString typed = QStringLiteral("\n- [ ] Check inode usage too");
}

class TestRunbookEditor : public QObject
{
    Q_OBJECT

    QStringList m_asked;            // the save questions, in order
    QList<SaveChoice> m_answers;    // what the user answers them
    QStringList m_errors;           // error boxes
    QStringList m_texts;            // answers to text questions (a new runbook's title)
    QStringList m_confirms;         // yes-or-no questions ("save mine on top?")
    QList<bool> m_confirmAnswers;   // their answers (none left: Cancel)

    // A database with the six sample runbooks, a window on the Runbooks area showing disk-full,
    // and a second connection to the same file.
    struct Fixture
    {
        QTemporaryDir dir;
        DatabasePtr db;
        DatabasePtr other;
        std::unique_ptr<MainWindow> window;
        RunbooksPage *page = nullptr;
        qint64 diskFull = 0;
        qint64 failover = 0;

        RunbookStore otherStore() const { return RunbookStore(*other); }
        Runbook stored(qint64 id) const { return otherStore().byId(id)->value(); }
        int rowOf(qint64 id) const { return page->model()->rowOfRunbook(id); }
        QPoint centreOf(qint64 id) const
        {
            return page->table()->visualRect(page->model()->index(rowOf(id), RunbookListModel::TitleColumn)).center();
        }
        void click(qint64 id) const { QTest::mouseClick(page->table()->viewport(), Qt::LeftButton, {}, centreOf(id)); }
        void type(const QString &text) const
        {
            page->editor()->moveCursor(QTextCursor::End);
            const QStringList lines = text.split(QLatin1Char('\n'));
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (i > 0)
                    QTest::keyClick(page->editor(), Qt::Key_Return);
                QTest::keyClicks(page->editor(), lines[i]);
            }
        }
    };

    std::unique_ptr<Fixture> open()
    {
        auto f = std::make_unique<Fixture>();
        f->db = test::createDatabase(f->dir);
        // A copy: imported runbooks are linked to their files, and saving writes the file back.
        const QDir samples(QStringLiteral(SITREP_TEST_DATA "/../../resources/runbooks"));
        const QString folder = f->dir.filePath(QStringLiteral("runbooks"));
        QDir().mkpath(folder);
        for (const QString &name : samples.entryList({QStringLiteral("*.md")}, QDir::Files))
            QFile::copy(samples.filePath(name), folder + QLatin1Char('/') + name);
        auto imported = RunbookLibrary(*f->db).importFolder(folder);
        if (!imported || imported->added != 6)
            return nullptr;
        auto other = Database::open(f->db->path());
        if (!other)
            return nullptr;
        f->other = other.value();
        f->diskFull = f->otherStore().bySlug(QStringLiteral("disk-full"))->value().id;
        f->failover = f->otherStore().bySlug(QStringLiteral("database-failover"))->value().id;
        f->window = std::make_unique<MainWindow>(f->db);
        f->window->resize(1400, 900);
        f->window->show();
        f->window->showArea(MainWindow::RunbooksArea);
        f->page = f->window->runbooksPage();
        f->page->selectRunbook(f->diskFull);
        return f;
    }

private slots:
    void initTestCase()
    {
        test::isolate();
        QSettings().clear();
        Session::setUserName(QStringLiteral("ana"));
        dialogs::setHandler([this](const QString &, const QString &text) { m_errors << text; });
        dialogs::setSaveChoiceHandler([this](const QString &, const QString &text) {
            m_asked << text;
            return m_answers.isEmpty() ? SaveChoice::Cancel : m_answers.takeFirst();
        });
        dialogs::setConfirmHandler([this](const QString &, const QString &text) {
            m_confirms << text;
            return !m_confirmAnswers.isEmpty() && m_confirmAnswers.takeFirst();
        });
        dialogs::setTextHandler([this](const QString &, const QString &) -> std::optional<QString> {
            if (m_texts.isEmpty())
                return std::nullopt;
            return m_texts.takeFirst();
        });
    }
    void init()
    {
        m_asked.clear();
        m_answers.clear();
        m_errors.clear();
        m_confirms.clear();
        m_confirmAnswers.clear();
    }

    void anotherRunbookAsksFirst()
    {
        auto f = open();
        QVERIFY(f);
        RunbooksPage *page = f->page;
        QCOMPARE(page->currentRunbookId(), f->diskFull);
        const QString original = f->stored(f->diskFull).body;
        f->type(typed);
        QVERIFY(page->hasUnsavedEdits());

        // Cancel: the edit and the selection stay.
        m_answers << SaveChoice::Cancel;
        f->click(f->failover);
        QTRY_COMPARE(m_asked.size(), 1);
        QVERIFY2(m_asked[0].contains(QStringLiteral("“Disk full”")), qPrintable(m_asked[0]));
        QCOMPARE(page->currentRunbookId(), f->diskFull);
        QTRY_COMPARE(page->table()->selectionModel()->selectedRows().size(), 1);
        QTRY_COMPARE(page->table()->selectionModel()->selectedRows().constFirst().row(), f->rowOf(f->diskFull));
        QCOMPARE(page->table()->currentIndex().row(), f->rowOf(f->diskFull));
        QVERIFY(page->editor()->toPlainText().endsWith(typed));
        QCOMPARE(f->stored(f->diskFull).body, original);
        // Data changing elsewhere (the window reloads the list) keeps the edit too.
        QVERIFY(f->otherStore().save(QStringLiteral("queue-backlog"), f->stored(f->otherStore().bySlug(QStringLiteral("queue-backlog"))->value().id).body +
                                                                          QStringLiteral("- [ ] Elsewhere\n"), QString()).ok());
        f->window->session()->notifyChanged();
        QTRY_VERIFY(page->model()->runbookAt(f->rowOf(f->otherStore().bySlug(QStringLiteral("queue-backlog"))->value().id))->version == 2);
        QVERIFY(page->editor()->toPlainText().endsWith(typed));
        QCOMPARE(page->currentRunbookId(), f->diskFull);

        // Discard: the other runbook is shown; nothing was saved.
        m_answers << SaveChoice::Discard;
        f->click(f->failover);
        QTRY_COMPARE(page->currentRunbookId(), f->failover);
        QCOMPARE(m_asked.size(), 2);
        QVERIFY(page->editor()->toPlainText().contains(QStringLiteral("patronictl")));
        QVERIFY(!page->hasUnsavedEdits());
        QCOMPARE(f->stored(f->diskFull).version, 1);
        QCOMPARE(f->stored(f->diskFull).body, original);

        // Back (no edits: no question), edit again, and Save on the way out: a new version.
        f->click(f->diskFull);
        QTRY_COMPARE(page->currentRunbookId(), f->diskFull);
        QCOMPARE(m_asked.size(), 2);
        f->type(typed);
        m_answers << SaveChoice::Save;
        f->click(f->failover);
        QTRY_COMPARE(page->currentRunbookId(), f->failover);
        QCOMPARE(m_asked.size(), 3);
        QCOMPARE(f->stored(f->diskFull).version, 2);
        QCOMPARE(f->stored(f->diskFull).body, original + typed);
        QCOMPARE(f->window->session()->undoStack()->undoText(), QStringLiteral("Edit runbook “Disk full”"));
        QVERIFY(m_errors.isEmpty());

        // A text that does not parse is not saved on the way out either: the error is shown and
        // the page stays on it.
        f->type(QStringLiteral("\n```bash\nnever closed"));
        m_answers << SaveChoice::Save;
        f->click(f->diskFull);
        QTRY_COMPARE(m_errors.size(), 1);
        QVERIFY2(m_errors[0].contains(QStringLiteral("database-failover.md:")), qPrintable(m_errors[0]));
        QTRY_COMPARE(page->table()->currentIndex().row(), f->rowOf(f->failover));
        QCOMPARE(page->currentRunbookId(), f->failover);
        QVERIFY(page->editor()->toPlainText().endsWith(QStringLiteral("never closed")));
        QCOMPARE(f->stored(f->failover).version, 1);
    }

    void anotherAreaAndClosingAsk()
    {
        auto f = open();
        QVERIFY(f);
        MainWindow &window = *f->window;
        RunbooksPage *page = f->page;
        const QString original = f->stored(f->diskFull).body;
        f->type(typed);

        // Cancel keeps the area, the runbook and the edit.
        m_answers << SaveChoice::Cancel;
        window.showArea(MainWindow::IncidentsArea);
        QCOMPARE(m_asked.size(), 1);
        QCOMPARE(window.currentArea(), MainWindow::RunbooksArea);
        QCOMPARE(window.findChild<QListWidget *>(QStringLiteral("navigation"))->currentRow(), int(MainWindow::RunbooksArea));
        QVERIFY(page->editor()->toPlainText().endsWith(typed));
        // Discard leaves, and the stored text is what comes back.
        m_answers << SaveChoice::Discard;
        window.showArea(MainWindow::IncidentsArea);
        QCOMPARE(window.currentArea(), MainWindow::IncidentsArea);
        window.showArea(MainWindow::RunbooksArea);
        QCOMPARE(m_asked.size(), 2);
        QCOMPARE(page->editor()->toPlainText(), original);

        // Closing the window: Cancel keeps it open; Save saves and closes.
        f->type(typed);
        m_answers << SaveChoice::Cancel;
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        QCOMPARE(m_asked.size(), 3);
        QCOMPARE(f->stored(f->diskFull).version, 1);
        m_answers << SaveChoice::Save;
        QVERIFY(window.close());
        QVERIFY(!window.isVisible());
        QCOMPARE(f->stored(f->diskFull).version, 2);
        QCOMPARE(f->stored(f->diskFull).body, original + typed);
    }

    void ctrlSSavesFromTheEditor()
    {
        auto f = open();
        QVERIFY(f);
        RunbooksPage *page = f->page;
        f->window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(f->window.get()));
        page->editor()->setFocus();
        QTRY_VERIFY(page->editor()->hasFocus());
        const QString original = f->stored(f->diskFull).body;
        f->type(typed);
        const int cursor = page->editor()->textCursor().position();
        // The key as a person presses it, to the focused editor (through the shortcut map).
        QTest::keyClick(page->editor(), Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE(f->stored(f->diskFull).version, 2);
        QCOMPARE(f->stored(f->diskFull).body, original + typed);
        QCOMPARE(QString::fromUtf8(test::fileBytes(f->stored(f->diskFull).sourcePath)), original + typed);   // written back
        QVERIFY(f->stored(f->diskFull).sourcePath.startsWith(f->dir.path()));
        QVERIFY(!page->hasUnsavedEdits());
        // Saving leaves the text alone: the cursor stays where it was typing.
        QCOMPARE(page->editor()->textCursor().position(), cursor);
        QVERIFY(page->editor()->hasFocus());
        QVERIFY(m_asked.isEmpty());
        QVERIFY(m_errors.isEmpty());
    }

    void savesAndUndoNeverOverwriteALaterVersion()
    {
        auto f = open();
        QVERIFY(f);
        RunbooksPage *page = f->page;
        QUndoStack *undo = f->window->session()->undoStack();
        const QString original = f->stored(f->diskFull).body;

        // Someone saves version 2 while I edit version 1: my save is refused, theirs stays, my
        // text stays in the editor.
        f->type(typed);
        const QString theirs = original + QStringLiteral("- [ ] Theirs\n");
        QVERIFY(f->otherStore().save(QStringLiteral("disk-full"), theirs, QString()).ok());
        f->window->session()->notifyChanged();
        QVERIFY(!page->save());   // asked whether to save on top of theirs: Cancel
        QCOMPARE(m_confirms.size(), 1);
        QVERIFY2(m_confirms[0].contains(QStringLiteral("“Disk full” is now at version 2, not 1")), qPrintable(m_confirms[0]));
        QCOMPARE(f->stored(f->diskFull).body, theirs);
        QVERIFY(page->editor()->toPlainText().endsWith(typed));
        QCOMPARE(undo->count(), 0);

        // Revert shows theirs; an edit on top of it saves as version 3.
        auto *revert = page->findChild<QAction *>(QStringLiteral("revertRunbook"));
        QVERIFY(revert);
        revert->trigger();
        QCOMPARE(page->editor()->toPlainText(), theirs);
        f->type(typed);
        QVERIFY(page->save());
        QCOMPARE(f->stored(f->diskFull).version, 3);

        // Someone saves version 4; undoing my save (version 3) would overwrite it: refused, the
        // step is dropped, version 4 stays.
        const QString later = theirs + typed + QStringLiteral("\n- [ ] Later still\n");
        QVERIFY(f->otherStore().save(QStringLiteral("disk-full"), later, QString()).ok());
        QVERIFY(undo->canUndo());
        undo->undo();
        QTRY_COMPARE(m_errors.size(), 1);
        QVERIFY2(m_errors[0].contains(QStringLiteral("“Disk full” is now at version 4, not 3")), qPrintable(m_errors[0]));
        QCOMPARE(f->stored(f->diskFull).version, 4);
        QCOMPARE(f->stored(f->diskFull).body, later);
        QVERIFY(!undo->canUndo());
        QVERIFY(!undo->canRedo());

        // Untouched since, undo saves the text before as a further version, and redo again.
        QTRY_COMPARE(page->editor()->toPlainText(), later);
        f->type(QStringLiteral("- [ ] Mine\n"));
        QVERIFY(page->save());
        QCOMPARE(f->stored(f->diskFull).version, 5);
        undo->undo();
        QCOMPARE(f->stored(f->diskFull).version, 6);
        QCOMPARE(f->stored(f->diskFull).body, later);
        undo->redo();
        QCOMPARE(f->stored(f->diskFull).version, 7);
        QCOMPARE(f->stored(f->diskFull).body, later + QStringLiteral("- [ ] Mine\n"));
        QCOMPARE(m_errors.size(), 1);
        QCOMPARE(m_confirms.size(), 1);
    }

    // A save refused because the runbook moved on can go on top of the newer version (kept in
    // the history), after the user has been told; so can one refused because its file was
    // edited outside and not imported yet.
    void aRefusedSaveCanGoOnTopOfTheNewerVersion()
    {
        auto f = open();
        QVERIFY(f);
        RunbooksPage *page = f->page;
        QUndoStack *undo = f->window->session()->undoStack();
        const QString original = f->stored(f->diskFull).body;
        const QString file = f->stored(f->diskFull).sourcePath;

        f->type(typed);
        const QString theirs = original + QStringLiteral("- [ ] Theirs\n");
        QVERIFY(f->otherStore().save(QStringLiteral("disk-full"), theirs, QString()).ok());
        m_confirmAnswers << true;
        QVERIFY(page->save());
        QCOMPARE(m_confirms.size(), 1);
        QVERIFY2(m_confirms[0].contains(QStringLiteral("Version 2 stays in the runbook's history")), qPrintable(m_confirms[0]));
        QCOMPARE(f->stored(f->diskFull).version, 3);
        QCOMPARE(f->stored(f->diskFull).body, original + typed);
        QCOMPARE(f->otherStore().versions(f->diskFull)->at(1).body, theirs);
        QCOMPARE(QString::fromUtf8(test::fileBytes(file)), original + typed);
        QVERIFY(!page->hasUnsavedEdits());
        // Undo puts back what my save replaced: theirs.
        undo->undo();
        QCOMPARE(f->stored(f->diskFull).version, 4);
        QCOMPARE(f->stored(f->diskFull).body, theirs);
        QTRY_COMPARE(page->editor()->toPlainText(), theirs);

        // Edited in the file by an editor, not imported yet: asked, then saved on top.
        const QString inVim = theirs + QStringLiteral("- [ ] From vim\n");
        test::writeFile(file, inVim.toUtf8());
        f->type(QStringLiteral("- [ ] Mine\n"));
        const QString mine = page->editor()->toPlainText();
        QVERIFY(!page->save());   // Cancel: nothing written, the file's edit is version 5 now
        QCOMPARE(m_confirms.size(), 2);
        QVERIFY2(m_confirms[1].contains(QStringLiteral("was changed in its file")), qPrintable(m_confirms[1]));
        QCOMPARE(QString::fromUtf8(test::fileBytes(file)), inVim);
        QCOMPARE(f->stored(f->diskFull).version, 5);
        QCOMPARE(f->stored(f->diskFull).body, inVim);
        QCOMPARE(page->editor()->toPlainText(), mine);
        m_confirmAnswers << true;
        QVERIFY(page->save());
        QCOMPARE(m_confirms.size(), 3);
        QCOMPARE(f->stored(f->diskFull).version, 6);
        QCOMPARE(f->stored(f->diskFull).body, mine);
        QCOMPARE(QString::fromUtf8(test::fileBytes(file)), mine);
        QVERIFY(m_errors.isEmpty());
    }

    // Revert is one step of the editor's own undo: Ctrl+Z in the editor brings the edits back.
    void revertIsUndoableInTheEditor()
    {
        auto f = open();
        QVERIFY(f);
        RunbooksPage *page = f->page;
        const QString original = f->stored(f->diskFull).body;
        f->type(typed);
        QVERIFY(page->hasUnsavedEdits());
        page->findChild<QAction *>(QStringLiteral("revertRunbook"))->trigger();
        QCOMPARE(page->editor()->toPlainText(), original);
        QVERIFY(!page->hasUnsavedEdits());
        QVERIFY(m_asked.isEmpty());
        page->editor()->setFocus();
        QTest::keyClick(page->editor(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(page->editor()->toPlainText(), original + typed);
        QVERIFY(page->hasUnsavedEdits());
        QCOMPARE(f->stored(f->diskFull).version, 1);
    }

    // With no runbook loaded the editor takes no typing (it would belong to no runbook and be
    // lost) and says what to do.
    void nothingLoadedTakesNoTyping()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        MainWindow window(db);
        window.show();
        window.showArea(MainWindow::RunbooksArea);
        RunbooksPage *page = window.runbooksPage();
        QCOMPARE(page->currentRunbookId(), 0);
        QVERIFY(page->editor()->isReadOnly());
        QVERIFY2(page->editor()->placeholderText().contains(QStringLiteral("New Runbook")), qPrintable(page->editor()->placeholderText()));
        page->editor()->setFocus();
        QTest::keyClicks(page->editor(), QStringLiteral("lost words"));
        QCOMPARE(page->editor()->toPlainText(), QString());
        // A new runbook is editable.
        m_texts << QStringLiteral("Cache warm-up");
        page->newRunbook();
        QVERIFY(page->currentRunbookId() != 0);
        QVERIFY(!page->editor()->isReadOnly());
        QVERIFY(page->editor()->placeholderText().isEmpty());
        QVERIFY(m_errors.isEmpty());
    }

    void newRunbookWithATitleThatLooksLikeYaml()
    {
        auto f = open();
        QVERIFY(f);
        const QString title = QStringLiteral("DNS: \"edge\" [prod] #1");
        m_texts << title;
        f->page->newRunbook();
        QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(QLatin1Char('\n'))));
        const Runbook made = f->stored(f->page->currentRunbookId());
        QCOMPARE(made.title, title);
        QVERIFY(parseRunbook(made.body, QStringLiteral("x.md")).ok());
        // After an edit by someone else, undoing the creation would remove their version: refused.
        QUndoStack *undo = f->window->session()->undoStack();
        QVERIFY(f->otherStore().save(made.slug, made.body + QStringLiteral("- [ ] Theirs\n"), QString()).ok());
        undo->undo();
        QTRY_COMPARE(m_errors.size(), 1);
        QVERIFY2(m_errors[0].contains(QStringLiteral("was edited after it was created")), qPrintable(m_errors[0]));
        QVERIFY(f->otherStore().byId(made.id)->has_value());
    }
};

QTEST_MAIN(TestRunbookEditor)
#include "tst_runbookeditor.moc"
