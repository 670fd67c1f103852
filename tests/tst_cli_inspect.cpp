// parley-cli as a user runs it: a real child process, its exit status, stdout and stderr.
#include "support/processrun.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryFile>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

using Run = ProcessRun;

Run runProgram(const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    return ProcessRun::run(program, arguments, input);
}

Run inspect(const QStringList &arguments, const QByteArray &input = {})
{
    return runProgram(QStringLiteral(PARLEY_CLI_PATH), QStringList{u"inspect"_s} + arguments,
                      input);
}

QList<QJsonObject> jsonLines(const QByteArray &out)
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : out.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            qWarning() << "not a JSON object:" << line;
        objects.append(doc.object());
    }
    return objects;
}

} // namespace

class TestCliInspect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsOneJsonLinePerEvent();
    void readsAFileAndStandardInput();
    void escapesEverythingJsonNeeds();
    void writesEachEventBeforeTheInputEnds();
    void overLimitLineIsAOneLineErrorAndExitOne();
    void usageErrors();
    void bothProgramsAnswerHelpAndVersion();
};

void TestCliInspect::printsOneJsonLinePerEvent()
{
    const Run run = inspect(
            {},
            "retry: 3000\n: ping\nid: 5\nevent: info\ndata: a\ndata: b\n\ndata: c\n\ndata: cut");
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, R"({"retry":3000}
{"event":"info","data":"a\nb","id":"5"}
{"event":"message","data":"c","id":"5"}
)"_ba);
    QVERIFY(run.err.isEmpty());
}

void TestCliInspect::readsAFileAndStandardInput()
{
    const QString fixture = QStringLiteral(PARLEY_TEST_DATA "/openai-stream.txt");
    const Run fromFile = inspect({fixture});
    QCOMPARE(fromFile.exitCode, 0);
    const QList<QJsonObject> events = jsonLines(fromFile.out);
    QCOMPARE(events.size(), 6);
    QCOMPARE(events.last().value("data"_L1).toString(), u"[DONE]"_s);
    QVERIFY(events.at(2).value("data"_L1).toString().contains(u"세계"_s));

    QFile file(fixture);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(inspect({u"-"_s}, bytes).out, fromFile.out);
    QCOMPARE(inspect({}, bytes).out, fromFile.out);
}

void TestCliInspect::escapesEverythingJsonNeeds()
{
    const QByteArray nasty =
            "quote \" backslash \\ tab \t nul \0 bell \x07 del \x7f \xe2\x80\xa8 end"_ba;
    const Run run = inspect({}, "event: t\"\nid: \\\ndata: " + nasty + "\n\ndata: bad \xff\n\n");
    QCOMPARE(run.exitCode, 0);
    const QList<QJsonObject> events = jsonLines(run.out);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).value("event"_L1).toString(), u"t\""_s);
    QCOMPARE(events.at(0).value("id"_L1).toString(), u"\\"_s);
    QCOMPARE(events.at(0).value("data"_L1).toString(), QString::fromUtf8(nasty));
    QCOMPARE(events.at(1).value("data"_L1).toString(), u"bad \uFFFD"_s);
}

void TestCliInspect::writesEachEventBeforeTheInputEnds()
{
    QProcess process;
    process.start(QStringLiteral(PARLEY_CLI_PATH), {u"inspect"_s, u"-"_s});
    QVERIFY(process.waitForStarted());
    QSignalSpy output(&process, &QProcess::readyReadStandardOutput);
    process.write("data: first\n\n");
    // The stream is still open: the line must arrive now, not at the end of input.
    QByteArray seen;
    for (int i = 0; i < 100 && !seen.contains('\n'); ++i) {
        output.wait(100);
        seen += process.readAllStandardOutput();
    }
    QCOMPARE(seen, R"({"event":"message","data":"first","id":""}
)"_ba);
    process.write("data: second\r\r");
    seen.clear();
    for (int i = 0; i < 100 && !seen.contains('\n'); ++i) {
        output.wait(100);
        seen += process.readAllStandardOutput();
    }
    QCOMPARE(seen, R"({"event":"message","data":"second","id":""}
)"_ba);
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished());
    QCOMPARE(process.exitCode(), 0);
}

void TestCliInspect::overLimitLineIsAOneLineErrorAndExitOne()
{
    const Run run = inspect({u"--max-size"_s, u"32"_s},
                            "data: ok\n\ndata: " + QByteArray(100, 'x') + "\n\n");
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, R"({"event":"message","data":"ok","id":""}
)"_ba);
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY2(run.err.contains("longer than 32 bytes"), run.err.constData());

    const Run big = inspect({u"--max-size"_s, u"1024"_s}, "data: " + QByteArray(1 << 20, 'y'));
    QCOMPARE(big.exitCode, 1);
    QVERIFY(big.out.isEmpty());
}

void TestCliInspect::usageErrors()
{
    QCOMPARE(inspect({u"/nonexistent/stream.txt"_s}).exitCode, 1);
    QCOMPARE(inspect({u"a"_s, u"b"_s}).exitCode, 1);
    QCOMPARE(inspect({u"--max-size"_s, u"zero"_s}).exitCode, 1);
    QCOMPARE(inspect({u"--no-such-option"_s}).exitCode, 1);
    const Run unknown = runProgram(QStringLiteral(PARLEY_CLI_PATH), {u"frobnicate"_s});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.err.contains("unknown command"));
    QCOMPARE(runProgram(QStringLiteral(PARLEY_CLI_PATH), {}).exitCode, 1);
}

void TestCliInspect::bothProgramsAnswerHelpAndVersion()
{
    for (const QString &program :
         {QStringLiteral(PARLEY_CLI_PATH), QStringLiteral(PARLEY_GUI_PATH)}) {
        const Run version = runProgram(program, {u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.contains(PARLEY_VERSION_FOR_TEST), version.out.constData());
        const Run help = runProgram(program, {u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--version"));
    }
    const Run inspectHelp = inspect({u"--help"_s});
    QCOMPARE(inspectHelp.exitCode, 0);
    QVERIFY(inspectHelp.out.contains("--max-size"));
}

QTEST_GUILESS_MAIN(TestCliInspect)
#include "tst_cli_inspect.moc"
