// The catalogues are compiled, embedded and used: German shows German menus and areas.
#include "MainWindow.h"
#include "TestSupport.h"
#include "common/Translations.h"

#include <QApplication>
#include <QListWidget>
#include <QMenuBar>
#include <QTest>
#include <QXmlStreamReader>

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

    // Every message of a shipped catalogue is translated and finished (German), and every
    // plural message has its English forms, so no screen falls back to "(s)" or to English.
    void everyShippedCatalogueIsComplete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("pluralsOnly");
        QTest::newRow("de") << QStringLiteral("sitrep_de.ts") << false;
        QTest::newRow("en") << QStringLiteral("sitrep_en.ts") << true;
    }
    void everyShippedCatalogueIsComplete()
    {
        QFETCH(QString, file);
        QFETCH(bool, pluralsOnly);
        const QByteArray xml = test::dataFile(QStringLiteral("../../translations/") + file);
        QVERIFY2(!xml.isEmpty(), qPrintable(file));
        QXmlStreamReader r(xml);
        QString context, source;
        bool numerus = false;
        int messages = 0;
        QStringList missing;
        while (!r.atEnd()) {
            r.readNext();
            if (!r.isStartElement())
                continue;
            if (r.name() == QLatin1String("name")) {
                context = r.readElementText();
            } else if (r.name() == QLatin1String("message")) {
                numerus = r.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                ++messages;
            } else if (r.name() == QLatin1String("source")) {
                source = r.readElementText();
            } else if (r.name() == QLatin1String("translation")) {
                if (pluralsOnly && !numerus)
                    continue;
                const bool unfinished = r.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                QStringList forms;
                QString text;
                while (!(r.isEndElement() && r.name() == QLatin1String("translation")) && !r.atEnd()) {
                    r.readNext();
                    if (r.isStartElement() && r.name() == QLatin1String("numerusform"))
                        forms << r.readElementText();
                    else if (r.isCharacters())
                        text += r.text();
                }
                const bool empty = numerus ? (forms.size() < 2 || forms.contains(QString())) : text.isEmpty();
                if (unfinished || empty)
                    missing << context + QStringLiteral(": ") + source.left(60);
            }
        }
        QVERIFY2(!r.hasError(), qPrintable(r.errorString()));
        QVERIFY(messages > 500);
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 of %2 messages not translated in %3, e.g.\n%4")
                                                   .arg(missing.size()).arg(messages).arg(file, missing.mid(0, 15).join(QLatin1Char('\n')))));
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
