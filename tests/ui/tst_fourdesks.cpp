// Four desks on one incident: three more real `sitrep` processes (each with settings of its
// own) and this test's window, on one team database. Presence is a team database's (a window on
// a file writes none: tst_teamwork checks that), so this runs on PostgreSQL only.
#include "MainWindow.h"
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "common/Dialogs.h"
#include "common/FormDialog.h"
#include "common/Session.h"
#include "common/Translations.h"
#include "incidents/IncidentView.h"
#include "incidents/IncidentsPage.h"
#include "incidents/PresenceLine.h"
#include "models/TimelineModel.h"
#include "storage/IncidentStore.h"
#include "storage/PresenceStore.h"
#include "storage/TimelineStore.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QProcess>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace sitrep;
using namespace sitrep::ui;


class TestFourDesks : public QObject
{
    Q_OBJECT

    static std::unique_ptr<MainWindow> windowOn(const DatabasePtr &db, const QString &person, qint64 incidentId)
    {
        Session::setUserName(person);
        auto window = std::make_unique<MainWindow>(db);
        window->resize(1280, 800);
        window->show();
        window->incidentsPage()->selectIncident(incidentId);
        return window;
    }

private slots:
    void initTestCase()
    {
        test::isolate();
        QSettings().clear();
    }

    // Four desks: three more real `sitrep` processes (Bo, Cy, Di, each with settings of their
    // own) open the incident; Ana's window names all three. One crashes: it drops off once its
    // presence is stale, the others stay.
    void fourProcessesOnOneIncident()
    {
        QTemporaryDir dir;
        auto db = test::createDatabase(dir);
        const Incident incident = IncidentStore(*db).declare({QStringLiteral("Checkout 502"), Severity::Sev1, {}, {}, false, {}},
                                                             QStringLiteral("ana")).value();
        std::vector<std::unique_ptr<QProcess>> desks;
        for (const char *name : {"Bo", "Cy", "Di"}) {
            const QString config = dir.filePath(QStringLiteral("config-%1").arg(QLatin1String(name)));
            QDir().mkpath(config + QStringLiteral("/sitrep"));
            test::writeFile(config + QStringLiteral("/sitrep/sitrep.conf"), QByteArray("[user]\nname=") + name + '\n');
            auto p = std::make_unique<QProcess>();
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
            env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data-%1").arg(QLatin1String(name))));
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            p->setProcessEnvironment(env);
            p->setProcessChannelMode(QProcess::ForwardedChannels);
            p->start(QStringLiteral(SITREP_APP_PATH), {QStringLiteral("--db"), db->path(), QStringLiteral("--incident"), incident.publicId()});
            QVERIFY(p->waitForStarted());
            desks.push_back(std::move(p));
        }
        auto ana = windowOn(db, QStringLiteral("Ana"), incident.id);
        auto *line = ana->incidentsPage()->detail()->findChild<PresenceLine *>(QStringLiteral("presenceLine"));
        // How many of the three the line names.
        const auto names = [&] {
            const QString t = line->text();
            return int(t.contains(QStringLiteral("Bo"))) + int(t.contains(QStringLiteral("Cy"))) + int(t.contains(QStringLiteral("Di")));
        };
        QTRY_COMPARE_WITH_TIMEOUT(names(), 3, 60000);
        QVERIFY(!line->text().contains(QStringLiteral("Ana")));
        // Di's laptop dies: no goodbye, so she drops off once her row is stale.
        desks.back()->kill();
        desks.back()->waitForFinished();
        QTRY_COMPARE_WITH_TIMEOUT(names(), 2, PresenceStore::staleAfterMs + 10000);
        QVERIFY(!line->text().contains(QStringLiteral("Di")));
        for (auto &p : desks) {
            p->kill();
            p->waitForFinished();
        }
    }

};

QTEST_MAIN(TestFourDesks)
#include "tst_fourdesks.moc"
