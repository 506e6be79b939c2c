// SITREP_REQUIRE_TOOL (tests/support/TestSupport.h): a missing tool fails a test when CI is set
// and skips it otherwise. CTest runs this twice, with CI=true and with CI empty, and reads the
// verdicts from the output (tests/build/CMakeLists.txt), so the rule itself cannot quietly break.

#include "TestSupport.h"

#include <QFileInfo>
#include <QTest>

class TestRequireTool : public QObject
{
    Q_OBJECT

private slots:
    void missingTool()
    {
        SITREP_REQUIRE_TOOL(tool, "sitrep-no-such-tool", "no-such-package", "to show what a missing tool does");
        QFAIL("unreachable: a missing tool must stop the test");
    }

    void presentTool()
    {
        SITREP_REQUIRE_TOOL(sh, "sh", "dash", "as a tool every machine has");
        QVERIFY(QFileInfo(sh).isExecutable());
    }

    void hiddenTool()
    {
        // SITREP_TEST_HIDE_TOOLS pretends a tool is missing (both CTest runs hide "true").
        SITREP_REQUIRE_TOOL(hidden, "true", "coreutils", "to show that a hidden tool counts as missing");
        QFAIL("unreachable: a hidden tool must stop the test");
    }
};

QTEST_GUILESS_MAIN(TestRequireTool)
#include "tst_requiretool.moc"
