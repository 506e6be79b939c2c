// The YAML reader every hand-written file goes through (util/Yaml.h): real YAML in, plain Qt
// values with their lines out; errors as `file:line: what` counted in the whole file; what
// yaml-cpp lets through but YAML forbids (duplicate keys, a line without "key:", self-referring
// anchors, alias bombs) refused.

#include "util/Yaml.h"

#include <QTest>

using namespace sitrep;

class TestYaml : public QObject
{
    Q_OBJECT

private slots:
    void readsWhatPeopleWrite()
    {
        const QString text = QStringLiteral(
            "# a comment line\n"                          // 5
            "name: \"checkout: availability\"  # trailing comment\n"
            "objective: 99.9\n"
            "windows: [7d, 28d]\n"
            "owners:\n"
            "  - ana\n"                                   // 10
            "  - 'bo'\n"
            "description: |\n"
            "  Line one\n"
            "  line two\n"
            "folded: >\n"                                 // 15
            "  one\n"
            "  two\n"
            "empty:\n"
            "nested: {a: [1, {b: c}]}\n"
            "anchor: &x shared\n"                         // 20
            "alias: *x\n");
        auto root = parseYaml(text, QStringLiteral("slo.yaml"), 5);
        QVERIFY2(root.ok(), qPrintable(root.error()));
        QVERIFY(root->isMap());
        QCOMPARE(root->entries().size(), size_t(10));
        QCOMPARE(root->entries().front().key, QStringLiteral("name"));   // in the order written
        QCOMPARE(root->entry(u"name")->value.text(), QStringLiteral("checkout: availability"));
        QCOMPARE(root->entry(u"name")->line, 6);
        QCOMPARE(root->entry(u"objective")->value.text(), QStringLiteral("99.9"));   // scalars stay text
        QCOMPARE(*root->entry(u"windows")->value.toTextList(QStringLiteral("windows")), (QStringList{QStringLiteral("7d"), QStringLiteral("28d")}));
        const YamlNode &owners = root->entry(u"owners")->value;
        QVERIFY(owners.isList());
        QCOMPARE(owners.items()[1].text(), QStringLiteral("bo"));
        QCOMPARE(owners.items()[1].line(), 11);
        QCOMPARE(root->entry(u"description")->value.text(), QStringLiteral("Line one\nline two\n"));
        QCOMPARE(root->entry(u"folded")->value.text(), QStringLiteral("one two\n"));
        QVERIFY(root->entry(u"empty")->value.isNull());
        QCOMPARE(root->entry(u"empty")->value.line(), 18);   // a null value is on its key's line
        QCOMPARE(*root->entry(u"empty")->value.toText(QStringLiteral("empty")), QString());
        QCOMPARE(root->entry(u"alias")->value.text(), QStringLiteral("shared"));
        QVERIFY(!root->entry(u"missing"));
        QVERIFY(root->entry(u"NAME", Qt::CaseInsensitive));

        const QVariantMap map = root->toVariant().toMap();
        QCOMPARE(map.value(QStringLiteral("windows")).toList().size(), 2);
        QCOMPARE(map.value(QStringLiteral("nested")).toMap().value(QStringLiteral("a")).toList().at(1).toMap().value(QStringLiteral("b")).toString(),
                 QStringLiteral("c"));
        QVERIFY(!map.value(QStringLiteral("empty")).isValid());

        // Typed reads name the value, the file and the line.
        QCOMPARE(root->entry(u"windows")->value.toText(QStringLiteral("windows")).error(), QStringLiteral("slo.yaml:8: windows must be text, not a list"));
        QCOMPARE(root->entry(u"objective")->value.toTextList(QStringLiteral("objective")).error(),
                 QStringLiteral("slo.yaml:7: objective must be a list such as [a, b], not “99.9”"));
        QCOMPARE(root->entry(u"nested")->value.toTextList(QStringLiteral("nested")).error(),
                 QStringLiteral("slo.yaml:19: nested must be a list such as [a, b], not a mapping"));

        // Nothing at all is a null document.
        QVERIFY(parseYaml(QString(), QStringLiteral("x.yaml"))->isNull());
        QVERIFY(parseYaml(QStringLiteral("# only a comment\n"), QStringLiteral("x.yaml"))->isNull());
    }

    void refusesWhatIsNotYaml_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("unclosed list") << QStringLiteral("a: 1\nb: [unclosed") << QStringLiteral("f.yaml:2: not valid YAML: end of sequence flow not found");
        QTest::newRow("unclosed mapping") << QStringLiteral("a: {") << QStringLiteral("f.yaml:1: not valid YAML: end of map flow not found");
        QTest::newRow("tab indentation") << QStringLiteral("a: 1\n\tb: 2\n") << QStringLiteral("f.yaml:2: not valid YAML: illegal tab when looking for indentation");
        QTest::newRow("tab indented block") << QStringLiteral("a:\n\tb: 1\n") << QStringLiteral("f.yaml:2: not valid YAML: ");
        QTest::newRow("bad indentation") << QStringLiteral("a: 1\n  b: 2\n") << QStringLiteral("f.yaml:2: not valid YAML: illegal map value");
        QTest::newRow("duplicate key") << QStringLiteral("a: 1\nb: 2\na: 3\n") << QStringLiteral("f.yaml:3: “a” is given twice (first on line 1)");
        QTest::newRow("duplicate nested key") << QStringLiteral("top:\n  x: 1\n  x: 2\n") << QStringLiteral("f.yaml:3: “x” is given twice (first on line 2)");
        QTest::newRow("words, no key") << QStringLiteral("a: 1\njust words\n") << QStringLiteral("f.yaml:2: expected “key: value”, got “just words”");
        QTest::newRow("list as key") << QStringLiteral("? [a, b]\n: c\n") << QStringLiteral("f.yaml:1: a key must be plain text, not a list or mapping");
        QTest::newRow("undefined alias") << QStringLiteral("a: *nowhere\n") << QStringLiteral("f.yaml:1: not valid YAML: the referenced anchor is not defined: nowhere");
        QTest::newRow("self-referring anchor") << QStringLiteral("a: &x [1, *x]\n") << QStringLiteral("f.yaml:1: the values nest too deeply or aliases expand too far");
        QTest::newRow("two documents") << QStringLiteral("a: 1\n---\nb: 2\n") << QStringLiteral("f.yaml:3: a second YAML document starts here");
        // Ten lists of ten, nested nine times: a billion values from a few lines.
        QString bomb = QStringLiteral("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; ++i)
            bomb += QStringLiteral("a%1: &a%1 [%2]\n").arg(i).arg(QStringList(10, QStringLiteral("*a%1").arg(i - 1)).join(QStringLiteral(", ")));
        QTest::newRow("alias bomb") << bomb << QStringLiteral("the values nest too deeply or aliases expand too far");
    }
    void refusesWhatIsNotYaml()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        auto root = parseYaml(text, QStringLiteral("f.yaml"));
        QVERIFY(!root.ok());
        QVERIFY2(root.error().startsWith(error) || (!error.startsWith(QStringLiteral("f.yaml")) && root.error().contains(error)), qPrintable(root.error()));
    }

    void linesCountInTheWholeFile()
    {
        // Front matter starts on line 2 of its file; an error on its third line is on line 4.
        auto root = parseYaml(QStringLiteral("a: 1\nb: 2\nc: [\n"), QStringLiteral("runbook.md"), 2);
        QVERIFY(!root.ok());
        QVERIFY2(root.error().startsWith(QStringLiteral("runbook.md:4: ")), qPrintable(root.error()));
        QCOMPARE(yamlErrorText(QStringLiteral("a.yaml"), 7, QStringLiteral("what")), QStringLiteral("a.yaml:7: what"));
    }

    void quotesWhatPeopleType()
    {
        for (const QString &typed : {QStringLiteral("DNS: \"edge\" [prod] #1"), QStringLiteral("back\\slash"), QStringLiteral("tab\tand\nnewline"),
                                     QStringLiteral("- looks like a list"), QStringLiteral("{not: a map}"), QStringLiteral("null"), QString()}) {
            auto root = parseYaml(QStringLiteral("v: ") + yamlQuoted(typed), QStringLiteral("q.yaml"));
            QVERIFY2(root.ok(), qPrintable(root.error()));
            QVERIFY(root->entry(u"v")->value.isScalar());
            QCOMPARE(root->entry(u"v")->value.text(), typed);
        }
    }
};

QTEST_GUILESS_MAIN(TestYaml)
#include "tst_yaml.moc"
