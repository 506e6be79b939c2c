// The desktop shell driven as a user would, offscreen.
#include "MainWindow.h"
#include "TestSupport.h"
#include "common/Dialogs.h"
#include "incidents/IncidentView.h"
#include "incidents/IncidentsPage.h"
#include "models/IncidentListModel.h"
#include "storage/IncidentStore.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QSignalSpy>
#include <QTest>

using namespace sitrep;
using namespace sitrep::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QStringList m_dialogs;

private slots:
    void initTestCase()
    {
        test::isolate();
        dialogs::setHandler([this](const QString &title, const QString &text) {
            m_dialogs << title + QStringLiteral(": ") + text;
        });
    }

    void init()
    {
        QSettings().clear();
        m_dialogs.clear();
    }

    // A team database that stops answering (its server restarts: here every connection to it
    // is killed) shows one banner, not a dialog per failed read; once it answers again the
    // banner goes, the areas reload, and the window works on a new connection.
    void aTeamDatabaseThatStopsAnsweringShowsABannerUntilItIsBack()
    {
        QTemporaryDir dir;
        auto db = test::createDemoDatabase(dir, 30);
        MainWindow window(db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *banner = window.findChild<QLabel *>(QStringLiteral("connectionBanner"));
        QVERIFY(banner);
        QVERIFY(!banner->isVisible());
        if (!db->isServer())
            return;   // a file has no server to lose
        {
            auto admin = Database::open(db->path());   // a session of its own, killed with the others
            QVERIFY(admin.ok());
            QSqlQuery q((*admin)->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                          "WHERE datname = current_database() AND pid <> pg_backend_pid()")));
        }
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
        QVERIFY(banner->text().contains(db->path()));
        if (const QString shots = qEnvironmentVariable("SITREP_SHOTS"); !shots.isEmpty()) {
            window.resize(1280, 800);
            QTest::qWait(100);
            window.grab().save(shots + QStringLiteral("/connection-banner.png"));
        }
        QVERIFY(m_dialogs.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 15000);
        // The window's own connection works again: it reads and writes.
        QTRY_COMPARE_WITH_TIMEOUT(window.incidentsPage()->table()->model()->rowCount(), 30, 5000);
        QVERIFY(IncidentStore(*db).declare({QStringLiteral("After the restart"), Severity::Sev3, {}, {}, false, {}},
                                           QStringLiteral("ana")).ok());
        // The list follows the feed.
        QTRY_COMPARE_WITH_TIMEOUT(window.incidentsPage()->table()->model()->rowCount(), 31, 5000);
    }

    void anEmptyDatabaseOffersDemoDataOrAnEmptyStart()
    {
        QTemporaryDir dir;
        MainWindow window(test::createDatabase(dir));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        IncidentsPage *page = window.incidentsPage();
        QVERIFY(page->showsWelcome());
        auto *empty = window.findChild<QPushButton *>(QStringLiteral("startEmptyButton"));
        QVERIFY(empty);
        QTest::mouseClick(empty, Qt::LeftButton);
        QVERIFY(!page->showsWelcome());
        QCOMPARE(page->table()->model()->rowCount(), 0);
    }

    void loadingDemoDataFillsTheList()
    {
        QTemporaryDir dir;
        MainWindow window(test::createDatabase(dir));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *demo = window.findChild<QPushButton *>(QStringLiteral("loadDemoButton"));
        QVERIFY(demo);
        QSignalSpy loaded(&window, &MainWindow::demoLoaded);
        QTest::mouseClick(demo, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 60000);
        QCOMPARE(loaded.first().first().toBool(), true);
        IncidentsPage *page = window.incidentsPage();
        QVERIFY(!page->showsWelcome());
        // On a server the first page shows before the rest of the ids arrive.
        QTRY_COMPARE(page->table()->model()->rowCount(), 2000);
        auto *count = window.findChild<QLabel *>(QStringLiteral("statusCount"));
        QTRY_COMPARE(count->text(), QStringLiteral("2000 incident(s)"));
        // The first row (an open incident) is selected and shown.
        QVERIFY(page->detail()->incidentId() != 0);
    }

    void selectingAnIncidentShowsItsDetail()
    {
        QTemporaryDir dir;
        MainWindow window(test::createDemoDatabase(dir, 300));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        IncidentsPage *page = window.incidentsPage();
        QTableView *table = page->table();
        QCOMPARE(table->model()->rowCount(), 300);

        table->setFocus();
        table->selectRow(5);
        const QString id = table->model()->index(5, IncidentListModel::NumberColumn).data().toString();
        const QString title = table->model()->index(5, IncidentListModel::TitleColumn).data().toString();
        auto *heading = page->detail()->findChild<QLabel *>(QStringLiteral("detailTitle"));
        QTRY_VERIFY(heading->text().contains(id));
        QVERIFY(heading->text().contains(title.toHtmlEscaped()));
        auto *timeline = page->detail()->findChild<QAbstractItemView *>(QStringLiteral("timelineView"));
        QVERIFY(timeline->model()->rowCount() >= 2);

        // Keyboard: Down moves the selection and the detail follows.
        QTest::keyClick(table, Qt::Key_Down);
        const QString next = table->model()->index(6, IncidentListModel::NumberColumn).data().toString();
        QTRY_VERIFY(heading->text().contains(next));
    }

    void clickingAHeaderSortsInTheDatabase()
    {
        QTemporaryDir dir;
        MainWindow window(test::createDemoDatabase(dir, 300));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTableView *table = window.incidentsPage()->table();
        QHeaderView *header = table->horizontalHeader();
        const int x = header->sectionViewportPosition(IncidentListModel::NumberColumn) + 5;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QCOMPARE(header->sortIndicatorSection(), int(IncidentListModel::NumberColumn));
        // On a server the first page of the new order shows before the rest arrives.
        const auto number = [&](int row) { return table->model()->index(row, IncidentListModel::NumberColumn).data().toString(); };
        QTRY_VERIFY2((number(0) == QStringLiteral("INC-1001") && number(299) == QStringLiteral("INC-1300")) ||
                         (number(0) == QStringLiteral("INC-1300") && number(299) == QStringLiteral("INC-1001")),
                     qPrintable(number(0) + QLatin1Char(' ') + number(299)));
    }

    void sidebarSwitchesAreasAndEveryAreaHasAnIcon()
    {
        QTemporaryDir dir;
        MainWindow window(test::createDatabase(dir));
        window.show();
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QCOMPARE(nav->count(), int(MainWindow::AreaCount));
        for (int i = 0; i < nav->count(); ++i) {
            QVERIFY2(!nav->item(i)->icon().pixmap(22, 22).isNull(), qPrintable(nav->item(i)->text()));
            nav->setCurrentRow(i);
            QCOMPARE(int(window.currentArea()), i);
        }
        QVERIFY(!window.windowIcon().pixmap(64, 64).isNull());
        // Every area is a real page now.
        auto *areas = window.findChild<QStackedWidget *>(QStringLiteral("areas"));
        for (const char *page : {"incidentsPage", "alertsPage", "runbooksPage", "postmortemsPage"}) {
            QVERIFY2(areas->findChild<QWidget *>(QLatin1String(page)), page);
            // None of them forces the window wider than a small laptop's half screen.
            QVERIFY(areas->findChild<QWidget *>(QLatin1String(page))->minimumSizeHint().width() < 560);
        }
        // Ctrl+1 goes back to Incidents.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentArea(), MainWindow::IncidentsArea);
    }

    void remembersGeometryAreaAndDatabase()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        {
            MainWindow window(db);
            window.show();
            window.resize(711, 477);  // fits the offscreen screen
            window.showArea(MainWindow::RunbooksArea);
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("navigation"));
            auto *splitter = qobject_cast<QSplitter *>(sidebar->parentWidget());
            QVERIFY(splitter);
            splitter->setSizes({200, 511});
            window.close();
        }
        QCOMPARE(QSettings().value(QStringLiteral("database/last")).toString(), db->path());
        MainWindow again(db);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(711, 477));
        QCOMPARE(again.currentArea(), MainWindow::RunbooksArea);
        // The sidebar too: wider than its default of 150 (the splitter scales the saved widths
        // to the window as it first lays out).
        QVERIFY(again.findChild<QListWidget *>(QStringLiteral("navigation"))->width() > 160);
    }

    // Closing a window that receives alerts asks first: senders get no answer once it is gone.
    void quittingWhileReceivingAsksFirst()
    {
        QTemporaryDir dir;
        QSettings().setValue(QStringLiteral("intake/listen"), QStringLiteral("127.0.0.1:0"));
        MainWindow window(test::createDatabase(dir));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList asked;
        bool answer = false;
        dialogs::setConfirmHandler([&](const QString &, const QString &text) {
            asked << text;
            return answer;
        });
        auto *receive = window.findChild<QAction *>(QStringLiteral("intakeToggle"));
        QVERIFY(receive);
        receive->trigger();
        QVERIFY(receive->isChecked());
        QVERIFY(!window.close());   // kept open
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked.first().contains(QStringLiteral("receives alerts")));
        QVERIFY(window.isVisible());
        answer = true;
        QVERIFY(window.close());
        QCOMPARE(asked.size(), 2);
        // Not receiving (turned off, as the setting remembers it): no question.
        receive->trigger();
        QVERIFY(!receive->isChecked());
        MainWindow quiet(test::createDatabase(dir, QStringLiteral("quiet.db")));
        quiet.show();
        QVERIFY(QTest::qWaitForWindowExposed(&quiet));
        QVERIFY(quiet.close());
        QCOMPARE(asked.size(), 2);
        dialogs::setConfirmHandler({});
    }

    void remembersColumnsAndSortOrder()
    {
        QTemporaryDir dir;
        auto db = test::createDemoDatabase(dir, 50);
        {
            MainWindow window(db);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QHeaderView *header = window.incidentsPage()->table()->horizontalHeader();
            QVERIFY(header->isSectionHidden(IncidentListModel::DrillColumn));  // by default
            header->setSectionHidden(IncidentListModel::DrillColumn, false);
            header->setSectionHidden(IncidentListModel::ServiceColumn, true);
            header->setSortIndicator(IncidentListModel::SeverityColumn, Qt::DescendingOrder);
            window.close();
        }
        MainWindow again(db);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QTableView *table = again.incidentsPage()->table();
        QHeaderView *header = table->horizontalHeader();
        QVERIFY(!header->isSectionHidden(IncidentListModel::DrillColumn));
        QVERIFY(header->isSectionHidden(IncidentListModel::ServiceColumn));
        QCOMPARE(header->sortIndicatorSection(), int(IncidentListModel::SeverityColumn));
        QCOMPARE(table->model()->index(0, IncidentListModel::SeverityColumn).data(IncidentListModel::SeverityRole).toInt(), 5);
    }

    void openingAFutureDatabaseKeepsTheCurrentOne()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        MainWindow window(db);
        const QString notADb = dir.filePath(QStringLiteral("notes.txt"));
        test::writeFile(notADb, "just text");
        auto done = window.openDatabase(notADb);
        QVERIFY(!done.ok());
        QVERIFY(done.error().contains(QStringLiteral("not a Sitrep database")));
        QCOMPARE(window.database()->path(), db->path());
        QCOMPARE(test::fileBytes(notADb), QByteArray("just text"));

        auto other = test::createDemoDatabase(dir, 20, 7, QStringLiteral("other.db"));
        const QString otherPath = other->path();
        other.reset();
        QVERIFY(window.openDatabase(otherPath).ok());
        QTRY_COMPARE(window.incidentsPage()->table()->model()->rowCount(), 20);
        // A file by its name, a server by its location without the password.
        const QString shown = window.database()->isServer() ? otherPath : QStringLiteral("other.db");
        QVERIFY2(window.windowTitle().contains(shown), qPrintable(window.windowTitle()));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
