// The catalogues are compiled, embedded and used: German shows German menus and areas.
#include "MainWindow.h"
#include "TestSupport.h"
#include "common/Translations.h"

#include <QApplication>
#include <QListWidget>
#include <QMenuBar>
#include <QTest>

using namespace sitrep;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::isolate(); }

    void germanCatalogueTranslatesTheWindow()
    {
        QVERIFY(ui::installTranslations(*qApp, QLocale(QLocale::German, QLocale::Germany)));
        QTemporaryDir dir;
        ui::MainWindow window(test::createDatabase(dir));
        const auto menus = window.menuBar()->actions();
        QVERIFY(!menus.isEmpty());
        QCOMPARE(menus.first()->text(), QStringLiteral("&Datei"));
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QCOMPARE(nav->item(0)->text(), QStringLiteral("Vorfälle"));
        QCOMPARE(QCoreApplication::translate("Severity", "Critical: customer-facing outage"),
                 QStringLiteral("Kritisch: Ausfall für Kunden"));
    }

    void aLocaleWithoutACatalogueFallsBackToEnglish()
    {
        QVERIFY(!ui::installTranslations(*qApp, QLocale(QLocale::Japanese, QLocale::Japan)));
        // English plural forms, not the "(s)" of the source strings.
        QCOMPARE(QCoreApplication::translate("sitrep::ui::AlertsPage", "%n alert(s)", nullptr, 1), QStringLiteral("1 alert"));
        QCOMPARE(QCoreApplication::translate("sitrep::ui::AlertsPage", "%n alert(s)", nullptr, 3), QStringLiteral("3 alerts"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
