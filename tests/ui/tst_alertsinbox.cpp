// The Alerts area on real widgets with intake running in the app: alerts posted over HTTP appear
// live, an alert-opened incident is announced, a held alert becomes an incident (and undo takes
// it back), a mute and its undo, and the rules dialog previewing and saving a new grouping (and
// keeping its edits when someone saved rules meanwhile).

#include "HttpTestClient.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "alerts/AlertDetail.h"
#include "alerts/AlertsPage.h"
#include "alerts/IntakeController.h"
#include "alerts/IntakeRulesDialog.h"
#include "common/Dialogs.h"
#include "common/FormDialog.h"
#include "common/Session.h"
#include "common/Theme.h"
#include "common/Translations.h"
#include "incidents/IncidentsPage.h"
#include "incidents/IncidentView.h"
#include "models/AlertListModel.h"
#include "storage/IncidentStore.h"
#include "storage/IntakeRuleStore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace sitrep;
using namespace sitrep::ui;

namespace {
using test::scalar;

QByteArray alert(const char *key, const char *title, const char *service, const char *severity)
{
    return QStringLiteral(R"({"title":"%1","service":"%2","severity":"%3","dedup_key":"%4","labels":{"alertname":"%1","env":"prod"}})")
        .arg(QLatin1String(title), QLatin1String(service), QLatin1String(severity), QLatin1String(key)).toUtf8();
}
} // namespace

class TestAlertsInbox : public QObject
{
    Q_OBJECT

    QStringList m_errors;
    QList<QPair<QString, qint64>> m_notices;

private slots:
    void initTestCase()
    {
        test::isolate();
        ui::installTranslations(*qApp, QLocale(QLocale::English));
        QSettings().clear();
        Session::setUserName(QStringLiteral("ana"));
        dialogs::setHandler([this](const QString &, const QString &text) { m_errors << text; });
        IntakeController::setNotificationHandler([this](const QString &title, const QString &, qint64 id) { m_notices << qMakePair(title, id); });
    }

    void inboxIntakeMuteAndRules()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        QSettings().setValue(QStringLiteral("intake/listen"), QStringLiteral("127.0.0.1:0"));
        MainWindow window(db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showArea(MainWindow::AlertsArea);
        AlertsPage *page = window.alertsPage();
        QVERIFY(page);
        QCOMPARE(page->model()->rowCount(), 0);

        // Intake is off until switched on; then the status bar and the Alerts area say into
        // which database and where it listens.
        auto *statusIntake = window.findChild<QLabel *>(QStringLiteral("statusIntake"));
        QCOMPARE(statusIntake->text(), QStringLiteral("Intake off"));
        auto *bar = page->findChild<QLabel *>(QStringLiteral("intakeBarText"));
        QVERIFY(bar);
        const QString name = db->isServer() ? db->path() : QStringLiteral("test.db");
        QCOMPARE(bar->text(), QStringLiteral("This window does not receive alerts into %1.").arg(name));
        auto *toggle = window.findChild<QAction *>(QStringLiteral("intakeToggle"));
        toggle->setChecked(true);
        QVERIFY2(window.intake()->isListening(), qPrintable(m_errors.join(QLatin1Char('\n'))));
        const quint16 port = window.intake()->server()->port();
        const QString receiving = QStringLiteral("Receiving alerts into %1 on 127.0.0.1:%2").arg(name, QString::number(port));
        QVERIFY2(statusIntake->text().startsWith(receiving), qPrintable(statusIntake->text()));
        QVERIFY2(bar->text().startsWith(receiving), qPrintable(bar->text()));
        // Remembered for this database only: no global switch any more.
        QVERIFY(!QSettings().contains(QStringLiteral("intake/enabled")));

        // Alerts arrive: a critical one opens an incident (announced), a warning stays held.
        test::HttpTestClient http;
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/api/v1/alerts").arg(port));
        QCOMPARE(http.post(url, alert("disk-1", "DiskFull", "db", "critical")).status, 200);
        QCOMPARE(http.post(url, alert("slow-1", "SlowQueries", "db", "warning")).status, 200);
        QTRY_COMPARE(page->model()->rowCount(), 2);
        QTRY_COMPARE(m_notices.size(), 1);
        QCOMPARE(m_notices[0].first, QStringLiteral("INC-1001 opened by an alert"));
        QVERIFY(statusIntake->text().contains(QStringLiteral("2 alerts")));
        // Newest first: the held warning on top, shown as held and not in bold.
        auto *model = page->model();
        QCOMPARE(model->data(model->index(0, AlertListModel::TitleColumn)).toString(), QStringLiteral("SlowQueries"));
        QCOMPARE(model->data(model->index(0, AlertListModel::StatusColumn)).toString(), QStringLiteral("Firing (held)"));
        QCOMPARE(model->data(model->index(0, AlertListModel::NeedsAttentionRole)).toBool(), false);
        QCOMPARE(model->data(model->index(1, AlertListModel::IncidentColumn)).toString(), QStringLiteral("INC-1001"));

        // The detail shows the selected alert, escaped.
        page->table()->selectRow(1);
        QVERIFY(page->detail()->toPlainText().contains(QStringLiteral("DiskFull")));
        QVERIFY(page->detail()->toPlainText().contains(QStringLiteral("Part of INC-1001")));

        // Enter on a linked alert shows its incident.
        QTest::keyClick(page->table(), Qt::Key_Return);
        QTRY_COMPARE(window.currentArea(), MainWindow::IncidentsArea);
        QCOMPARE(window.incidentsPage()->detail()->incidentId(), m_notices[0].second);
        window.showArea(MainWindow::AlertsArea);

        // The held warning becomes an incident by hand; undo takes the incident back.
        page->table()->selectRow(0);
        page->openIncidentFromSelection();
        auto *dialog = test::waitForTopLevel<FormDialog>(QStringLiteral("incidentFromAlertsDialog"));
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("title"))->text(), QStringLiteral("SlowQueries"));
        dialog->findChild<QLineEdit *>(QStringLiteral("title"))->setText(QStringLiteral("Slow queries on db"));
        dialog->accept();
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM incidents")), qint64(2));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM alerts WHERE dedup_key = 'slow-1' AND incident_id IS NOT NULL AND held_reason = ''")), qint64(1));
        QTRY_COMPARE(model->data(model->index(0, AlertListModel::IncidentColumn)).toString(), QStringLiteral("INC-1002"));
        QUndoStack *undo = window.session()->undoStack();
        QCOMPARE(undo->undoText(), QStringLiteral("Open incident from 1 alert"));
        undo->undo();
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM incidents")), qint64(1));
        QTRY_COMPARE(model->data(model->index(0, AlertListModel::IncidentColumn)).toString(), QString());
        // A later firing of its group no longer joins the removed incident.
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM alert_groups")), qint64(1));

        // Mute the top alert for an hour; the list says so; undo lifts it.
        page->table()->selectRow(0);
        page->muteCurrent(3600);
        QTRY_VERIFY(model->data(model->index(0, 0), AlertListModel::IsMutedRole).toBool());
        QCOMPARE(model->data(model->index(0, AlertListModel::StatusColumn)).toString(), QStringLiteral("Muted"));
        QCOMPARE(undo->undoText(), QStringLiteral("Mute “SlowQueries”"));
        undo->undo();
        QTRY_VERIFY(!model->data(model->index(0, 0), AlertListModel::IsMutedRole).toBool());
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM alert_mutes")), qint64(0));

        // Rules: lower the minimum severity to SEV4 and preview before saving.
        page->editRules();
        auto *rules = test::waitForTopLevel<IntakeRulesDialog>(QStringLiteral("intakeRulesDialog"));
        QVERIFY(rules);
        QCOMPARE(rules->rulesTable()->rowCount(), 1);
        QVERIFY2(rules->previewSummary()->text().startsWith(QStringLiteral("2 alerts → 1 incident, 1 held")), qPrintable(rules->previewSummary()->text()));
        auto *minSeverity = qobject_cast<QComboBox *>(rules->rulesTable()->cellWidget(0, 4));
        QVERIFY(minSeverity);
        minSeverity->setCurrentIndex(3); // SEV4
        // Their alert names differ, so each opens its own incident now.
        QTRY_VERIFY2(rules->previewSummary()->text().startsWith(QStringLiteral("2 alerts → 2 incidents, 0 held")), qPrintable(rules->previewSummary()->text()));
        // Both are on service db, but their alert names differ: group by service only merges them.
        rules->rulesTable()->item(0, 3)->setText(QStringLiteral("service"));
        QTRY_VERIFY2(rules->previewSummary()->text().startsWith(QStringLiteral("2 alerts → 1 incident, 0 held")), qPrintable(rules->previewSummary()->text()));
        QVERIFY2(rules->previewSummary()->text().contains(QStringLiteral("(saved rules: incidents 1, held 1)")), qPrintable(rules->previewSummary()->text()));
        QCOMPARE(rules->preview()->topLevelItemCount(), 1);
        QCOMPARE(rules->preview()->topLevelItem(0)->childCount(), 2);
        // SITREP_SHOTS=DIR keeps pictures of the dialog in both palettes, for looking at.
        if (const QString shots = qEnvironmentVariable("SITREP_SHOTS"); !shots.isEmpty()) {
            for (const auto &[theme, name] : {std::pair{ThemeChoice::Light, "light"}, std::pair{ThemeChoice::Dark, "dark"}}) {
                applyTheme(theme);
                QTest::qWait(100);
                rules->grab().save(shots + QStringLiteral("/intake-rules-%1.png").arg(QLatin1String(name)));
            }
            applyTheme(ThemeChoice::Light);
        }
        // A broken matcher is named and blocks saving.
        rules->rulesTable()->item(0, 2)->setText(QStringLiteral("service=~\"(\""));
        rules->accept();
        QVERIFY(rules->isVisible());
        QVERIFY(rules->errorLabel()->text().contains(QStringLiteral("regular expression")));
        rules->rulesTable()->item(0, 2)->setText(QStringLiteral("env=prod"));
        rules->accept();
        QTRY_VERIFY(!rules->isVisible());
        auto saved = IntakeRuleStore(*db).load();
        QCOMPARE(saved->rules.size(), 1);
        QCOMPARE(saved->rules[0].minSeverity, 4);
        QCOMPARE(saved->rules[0].groupBy, QStringList{QStringLiteral("service")});
        QCOMPARE(saved->rules[0].matchersText, QStringLiteral("env=prod"));
        QCOMPARE(undo->undoText(), QStringLiteral("Change intake rules"));
        undo->undo();
        QCOMPARE(IntakeRuleStore(*db).load()->rules[0].minSeverity, 3);
        undo->redo();

        // With the saved rules a new warning on db now joins the open db incident.
        QCOMPARE(http.post(url, alert("lag-1", "ReplicationLag", "db", "warning")).status, 200);
        QTRY_COMPARE(model->rowCount(), 3);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM incidents")), qint64(2));

        // Off again: the status bar says so and the port is closed.
        toggle->setChecked(false);
        QCOMPARE(statusIntake->text(), QStringLiteral("Intake off"));
        QCOMPARE(http.post(url, alert("late", "Late", "db", "critical")).status, 0);
        QVERIFY(m_errors.isEmpty());
    }

    // Receiving is chosen per database: opening another one does not start receiving into it,
    // and coming back to the first receives into it again.
    void receivingIsChosenPerDatabase()
    {
        QTemporaryDir dir;
        auto first = test::createDatabase(dir, QStringLiteral("first.db"));
        auto second = test::createDatabase(dir, QStringLiteral("second.db"));
        QSettings().setValue(QStringLiteral("intake/listen"), QStringLiteral("127.0.0.1:0"));
        MainWindow window(first);
        auto *toggle = window.findChild<QAction *>(QStringLiteral("intakeToggle"));
        toggle->setChecked(true);
        QVERIFY(window.intake()->isListening());
        const QString firstLocation = first->path();
        const QString secondLocation = second->path();
        first.reset();

        QVERIFY(window.openDatabase(secondLocation).ok());
        QVERIFY(!window.intake()->isListening());
        QVERIFY(!toggle->isChecked());
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("statusIntake"))->text(), QStringLiteral("Intake off"));

        QVERIFY(window.openDatabase(firstLocation).ok());
        QVERIFY2(window.intake()->isListening(), qPrintable(window.intake()->lastError()));
        QVERIFY(toggle->isChecked());
        // Switched off there, it stays off there.
        toggle->setChecked(false);
        QVERIFY(window.openDatabase(secondLocation).ok());
        QVERIFY(window.openDatabase(firstLocation).ok());
        QVERIFY(!window.intake()->isListening());
        QVERIFY(m_errors.isEmpty());
    }

    // The switch of old (one for whatever was open) becomes the choice of the database that was
    // open last, once, and is gone.
    void oldGlobalSwitchMovesToTheLastDatabase()
    {
        QTemporaryDir dir;
        auto last = test::createDatabase(dir, QStringLiteral("last.db"));
        auto other = test::createDatabase(dir, QStringLiteral("other.db"));
        QSettings settings;
        settings.setValue(QStringLiteral("intake/listen"), QStringLiteral("127.0.0.1:0"));
        settings.setValue(QStringLiteral("intake/enabled"), true);
        settings.setValue(QStringLiteral("database/last"), last->path());
        {
            MainWindow window(other);
            QVERIFY(!window.intake()->isListening());
            QVERIFY(!QSettings().contains(QStringLiteral("intake/enabled")));
            QVERIFY(window.openDatabase(last->path()).ok());
            QVERIFY2(window.intake()->isListening(), qPrintable(window.intake()->lastError()));
        }
        // It stays that database's choice in the next window.
        MainWindow window(last);
        QVERIFY(window.intake()->isListening());
        QVERIFY(window.intake()->setEnabled(false).ok());
        QVERIFY(m_errors.isEmpty());
    }

    // An address another receiver holds: said plainly, with what to do, and another address
    // offered (not the socket's words).
    void addressInUseSaysWhatToDo()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        QTcpServer other;
        QVERIFY(other.listen(QHostAddress::LocalHost, 0));
        const QString address = QStringLiteral("127.0.0.1:%1").arg(other.serverPort());
        QSettings().setValue(QStringLiteral("intake/listen"), address);
        QStringList asked;
        dialogs::setConfirmHandler([&asked](const QString &, const QString &text) {
            asked << text;
            return false;  // not now
        });
        MainWindow window(db);
        auto *toggle = window.findChild<QAction *>(QStringLiteral("intakeToggle"));
        toggle->setChecked(true);
        dialogs::setConfirmHandler({});
        QVERIFY(!window.intake()->isListening());
        QVERIFY(window.intake()->addressInUse());
        QVERIFY(!toggle->isChecked());
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked[0], QStringLiteral("Something else already listens on %1, most likely another Sitrep window or a "
                                          "sitrepctl serve receiving alerts there. Close that window or stop that service, "
                                          "or choose another address (Alerts ▸ Intake Address…).").arg(address));
        QVERIFY(m_errors.isEmpty());
        // Once it is free, receiving starts.
        other.close();
        toggle->setChecked(true);
        QVERIFY2(window.intake()->isListening(), qPrintable(m_errors.join(QLatin1Char('\n'))));
        QVERIFY(!window.intake()->addressInUse());
        toggle->setChecked(false);
    }

    // Someone saves intake rules while the dialog is open: Save says what they saved and keeps
    // every edit made in the dialog; a second Save puts the edits in place of theirs (on
    // purpose, after seeing them), and undo brings theirs back.
    void rulesSavedMeanwhileKeepTheDialogsEdits()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        auto other = Database::open(db->path());
        QVERIFY2(other.ok(), qPrintable(other.error()));
        MainWindow window(db);
        window.show();
        window.showArea(MainWindow::AlertsArea);
        window.alertsPage()->editRules();
        auto *rules = test::waitForTopLevel<IntakeRulesDialog>(QStringLiteral("intakeRulesDialog"));
        QVERIFY(rules);
        QCOMPARE(rules->rulesTable()->rowCount(), 1);
        const QString ruleName = rules->rulesTable()->item(0, 1)->text();
        qobject_cast<QComboBox *>(rules->rulesTable()->cellWidget(0, 4))->setCurrentIndex(3); // SEV4
        rules->rulesTable()->item(0, 3)->setText(QStringLiteral("service"));

        // Theirs: a payments rule on top, and a mapping.
        IntakePolicy theirs = *IntakeRuleStore(*other.value()).load();
        IntakeRule payments;
        payments.name = QStringLiteral("Payments");
        payments.matchersText = QStringLiteral("service=payments");
        payments.matchers = *parseLabelMatchers(payments.matchersText);
        payments.minSeverity = 2;
        theirs.rules.prepend(payments);
        theirs.severityMap.insert(QStringLiteral("disaster"), 1);
        QVERIFY(IntakeRuleStore(*other.value()).save(theirs).ok());

        rules->accept();
        QVERIFY(rules->isVisible());
        const QString notice = rules->changedMeanwhileLabel()->text();
        QVERIFY(rules->changedMeanwhileLabel()->isVisible());
        QVERIFY2(notice.contains(QStringLiteral("changed meanwhile")), qPrintable(notice));
        QVERIFY2(notice.contains(QStringLiteral("rule “Payments” (service=payments; group by service, alertname; opens from SEV2")), qPrintable(notice));
        QVERIFY2(notice.contains(QStringLiteral("disaster → SEV1")), qPrintable(notice));
        // Nothing of mine was saved, and nothing of mine is gone from the dialog.
        QCOMPARE(IntakeRuleStore(*db).load()->rules.size(), 2);
        QCOMPARE(qobject_cast<QComboBox *>(rules->rulesTable()->cellWidget(0, 4))->currentData().toInt(), 4);
        QCOMPARE(rules->rulesTable()->item(0, 3)->text(), QStringLiteral("service"));

        // Saving again, having seen theirs, replaces them with the dialog's rules.
        rules->accept();
        QTRY_VERIFY(!rules->isVisible());
        auto saved = IntakeRuleStore(*other.value()).load();
        QCOMPARE(saved->rules.size(), 1);
        QCOMPARE(saved->rules[0].name, ruleName);
        QCOMPARE(saved->rules[0].minSeverity, 4);
        QCOMPARE(saved->rules[0].groupBy, QStringList{QStringLiteral("service")});
        window.session()->undoStack()->undo();
        auto back = IntakeRuleStore(*other.value()).load();
        QCOMPARE(back->rules.size(), 2);
        QCOMPARE(back->rules[0].name, QStringLiteral("Payments"));
        QCOMPARE(back->severityMap.value(QStringLiteral("disaster")), 1);
        QVERIFY(m_errors.isEmpty());
    }

    void searchAndFilter()
    {
        QTemporaryDir dir;
        auto db = test::createDemoDatabase(dir, 300);
        MainWindow window(db);
        window.show();
        window.showArea(MainWindow::AlertsArea);
        AlertsPage *page = window.alertsPage();
        auto *model = page->model();
        page->showFilter()->setCurrentIndex(page->showFilter()->findData(int(AlertFilter::Show::All)));
        const int all = model->rowCount();
        QCOMPARE(qint64(all), scalar(*db, QStringLiteral("SELECT count(*) FROM alerts")));
        QTest::keyClicks(page->searchBox(), QStringLiteral("CHECKOUT"));
        QTRY_VERIFY(model->rowCount() < all);
        QVERIFY(model->rowCount() > 0);
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString text = (model->data(model->index(row, AlertListModel::TitleColumn)).toString() + model->data(model->index(row, AlertListModel::ServiceColumn)).toString()
                                  + model->data(model->index(row, AlertListModel::LabelsColumn)).toString()).toLower();
            QVERIFY2(text.contains(QStringLiteral("checkout")) || text.isEmpty(), qPrintable(text));
        }
        const QString find = db->isServer() ? QStringLiteral("strpos") : QStringLiteral("instr");
        QCOMPARE(qint64(model->rowCount()),
                 scalar(*db, QStringLiteral("SELECT count(*) FROM alerts WHERE %1(lower(title), 'checkout') > 0 OR "
                                            "%1(lower(labels), 'checkout') > 0 OR %1(lower(dedup_key), 'checkout') > 0").arg(find)));
    }
};

QTEST_MAIN(TestAlertsInbox)
#include "tst_alertsinbox.moc"
