// Writing a postmortem on real widgets: from the incident (template chosen by severity, filled
// from the incident), typing with the blameless lint underlining as you go, autosave within
// seconds with no save action (what survives a crash), review -> publish (read-only) -> undo,
// action items added and ticked (undoable) and seen across postmortems, similar incidents.

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
#include "postmortems/ActionItemsView.h"
#include "postmortems/PostmortemEditor.h"
#include "postmortems/PostmortemLinks.h"
#include "postmortems/PostmortemsPage.h"
#include "storage/PostmortemStore.h"
#include "util/Clock.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace sitrep;
using namespace sitrep::ui;

namespace {
// What another process reading the file sees (the autosave must be committed, not just cached).
// What another session reads (a connection of its own, as another process would have): the
// text is committed, not only in this window's connection. A file or a server alike.
QString bodyOnDisk(const QString &location, qint64 postmortemId)
{
    auto outsider = Database::open(location);
    if (!outsider)
        return {};
    QSqlQuery q((*outsider)->connection());
    q.prepare(QStringLiteral("SELECT body FROM postmortems WHERE id = ?"));
    q.addBindValue(postmortemId);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

qint64 openIncidentFromAlert(const Database &db, const char *key, qint64 startsAt)
{
    Alert a;
    a.source = QStringLiteral("alertmanager");
    a.dedupKey = QLatin1String(key);
    a.status = QStringLiteral("firing");
    a.title = QStringLiteral("Checkout 5xx above 5%");
    a.service = QStringLiteral("checkout");
    a.labels = {{QStringLiteral("alertname"), QStringLiteral("HighErrorRate")}, {QStringLiteral("service"), QStringLiteral("checkout")},
                {QStringLiteral("severity"), QStringLiteral("critical")}};
    a.startsAt = a.receivedAt = a.lastSeenAt = startsAt;
    auto r = intake::IntakeStore(db).applyNow({a});
    return r && !r->incidentsOpened.isEmpty() ? r->incidentsOpened.constFirst() : 0;
}
} // namespace

class TestPostmortemWorkflow : public QObject
{
    Q_OBJECT

    QStringList m_answers;

private slots:
    void initTestCase()
    {
        test::isolate();
        ui::installTranslations(*qApp, QLocale(QLocale::English));
        QSettings().clear();
        Session::setUserName(QStringLiteral("dana"));
        dialogs::setHandler([](const QString &, const QString &text) { QFAIL(qPrintable(text)); });
        dialogs::setTextHandler([this](const QString &, const QString &) -> std::optional<QString> {
            return m_answers.isEmpty() ? std::nullopt : std::optional<QString>(m_answers.takeFirst());
        });
    }

    void writeReviewPublishAndActOn()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const qint64 earlier = openIncidentFromAlert(*db, "fp-old", QDateTime::currentMSecsSinceEpoch() - 30LL * 86400000);
        QVERIFY(earlier);
        // Resolve the earlier one by hand so the next alert opens a new incident, and give it a postmortem.
        QSqlQuery(db->connection()).exec(QStringLiteral("UPDATE incidents SET status = 'resolved', acknowledged_at = detected_at, "
                                                        "mitigated_at = detected_at, resolved_at = detected_at + 1 WHERE id = %1").arg(earlier));
        auto old = PostmortemStore(*db).createDraft(earlier, QStringLiteral("Earlier checkout outage"), QStringLiteral("# Earlier"), QStringLiteral("short"), QStringLiteral("ana"));
        QVERIFY(old.ok());
        const qint64 incident = openIncidentFromAlert(*db, "fp-new", QDateTime::currentMSecsSinceEpoch() - 3600000);
        QVERIFY(incident && incident != earlier);

        MainWindow window(db);
        window.resize(1400, 900);
        window.show();
        window.showArea(MainWindow::IncidentsArea);
        window.incidentsPage()->selectIncident(incident);
        auto *links = window.incidentsPage()->detail()->findChild<PostmortemLinks *>(QStringLiteral("postmortemLinks"));
        QVERIFY(links);
        QTRY_COMPARE(links->writeButton()->text(), QStringLiteral("Write Postmortem…"));
        QVERIFY(links->similar()->count() >= 1);
        QVERIFY2(links->similar()->item(0)->text().contains(QStringLiteral("same alert · postmortem")), qPrintable(links->similar()->item(0)->text()));

        // Write: the template for a SEV2 is the full Google SRE one.
        links->writeButton()->click();
        auto *dialog = test::waitForTopLevel<FormDialog>(QStringLiteral("writePostmortemDialog"));
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("template"))->currentText(), QStringLiteral("Google SRE (full)"));
        dialog->accept();
        QTRY_COMPARE(window.currentArea(), MainWindow::PostmortemsArea);
        PostmortemEditor *editor = window.postmortemsPage()->editor();
        QTRY_VERIFY(editor->postmortemId() > 0);
        const qint64 pm = editor->postmortemId();
        const QString text = editor->editor()->toPlainText();
        QVERIFY(text.startsWith(QStringLiteral("# Postmortem: Checkout 5xx above 5%")));
        QVERIFY(text.contains(QStringLiteral("## Root causes")));
        QVERIFY(text.contains(QStringLiteral("| Checkout 5xx above 5% | alertmanager |")));
        QVERIFY(editor->outline()->count() >= 10);
        QCOMPARE(window.session()->undoStack()->undoText(), QStringLiteral("Draft postmortem of INC-1002"));

        // Type a blaming sentence: underlined, listed with a suggestion.
        editor->editor()->setFocus();
        editor->editor()->moveCursor(QTextCursor::End);
        QTest::keyClick(editor->editor(), Qt::Key_Return);
        QTest::keyClicks(editor->editor(), QStringLiteral("The on-call engineer should have checked the canary. It was human error."));
        QTRY_VERIFY(editor->findings()->count() == 2);
        QVERIFY(editor->findings()->item(0)->text().contains(QStringLiteral("“should have”")));
        QVERIFY(editor->findings()->item(1)->text().contains(QStringLiteral("“human error”")));
        QCOMPARE(editor->editor()->extraSelections().size(), 2);
        QVERIFY(editor->wordCount()->text().contains(QStringLiteral("2 findings")));
        if (const QString shots = qEnvironmentVariable("SITREP_SHOTS"); !shots.isEmpty()) {
            for (const auto &[theme, name] : {std::pair{ThemeChoice::Light, "light"}, std::pair{ThemeChoice::Dark, "dark"}}) {
                applyTheme(theme);
                QTest::qWait(150);
                window.grab().save(shots + QStringLiteral("/postmortem-%1.png").arg(QLatin1String(name)));
            }
            applyTheme(ThemeChoice::Light);
        }

        // Autosave: with no save action, another reader sees the text within seconds.
        QTRY_VERIFY_WITH_TIMEOUT(bodyOnDisk(db->path(), pm).contains(QStringLiteral("It was human error.")),
                                 PostmortemEditor::autosaveDelayMs + 3000);
        QTest::keyClicks(editor->editor(), QStringLiteral(" A second line typed just before a crash."));
        QTRY_VERIFY_WITH_TIMEOUT(bodyOnDisk(db->path(), pm).contains(QStringLiteral("just before a crash.")),
                                 PostmortemEditor::autosaveDelayMs + 3000);

        // Review, publish (read-only), undo the publishing.
        m_answers << QStringLiteral("ana, ben");
        editor->sendForReview();
        QTRY_COMPARE(editor->postmortem()->status, QStringLiteral("in_review"));
        QCOMPARE(editor->postmortem()->reviewers, (QStringList{QStringLiteral("ana"), QStringLiteral("ben")}));
        editor->publish();
        QTRY_COMPARE(editor->postmortem()->status, QStringLiteral("published"));
        QVERIFY(editor->editor()->isReadOnly());
        QUndoStack *undo = window.session()->undoStack();
        QCOMPARE(undo->undoText(), QStringLiteral("Publish postmortem"));
        undo->undo();
        window.session()->notifyChanged();
        QTRY_COMPARE(editor->postmortem()->status, QStringLiteral("in_review"));
        QVERIFY(!editor->editor()->isReadOnly());

        // Action items: add two (one overdue), tick one, undo the tick.
        for (const auto &[title, owner, days] : {std::tuple{"Canary on every checkout deploy", "ben", 10}, std::tuple{"Alert on 5xx per route", "cleo", -3}}) {
            editor->addActionItem();
            auto *itemDialog = test::waitForTopLevel<FormDialog>(QStringLiteral("actionItemDialog"));
            QVERIFY(itemDialog);
            itemDialog->findChild<QLineEdit *>(QStringLiteral("title"))->setText(QLatin1String(title));
            itemDialog->findChild<QLineEdit *>(QStringLiteral("owner"))->setText(QLatin1String(owner));
            itemDialog->findChild<QDateEdit *>(QStringLiteral("due"))->setDate(QDate::currentDate().addDays(days));
            itemDialog->accept();
            QTRY_VERIFY(!itemDialog->isVisible());
        }
        QCOMPARE(editor->actionItems()->rowCount(), 2);
        editor->actionItems()->item(0, 0)->setCheckState(Qt::Checked);
        QTRY_COMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM action_items WHERE status = 'done' AND completed_at IS NOT NULL")), qint64(1));
        QVERIFY(undo->undoText().startsWith(QStringLiteral("Mark “")));
        undo->undo();
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM action_items WHERE status = 'done'")), qint64(0));

        // Across postmortems: overdue first, done rate.
        window.postmortemsPage()->showActionItems();
        ActionItemsView *all = window.postmortemsPage()->actionItems();
        all->reload();
        QCOMPARE(all->table()->rowCount(), 2);
        QCOMPARE(all->table()->item(0, 1)->text(), QStringLiteral("Alert on 5xx per route"));
        QVERIFY(all->table()->item(0, 3)->text().contains(QStringLiteral("overdue")));
        all->setDone(1, true);
        QTRY_VERIFY(all->rate()->text().startsWith(QStringLiteral("50% done of 2 action items")));
        QCOMPARE(all->table()->rowCount(), 1);
    }
};

QTEST_MAIN(TestPostmortemWorkflow)
#include "tst_postmortemworkflow.moc"
