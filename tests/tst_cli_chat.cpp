// parley-cli chat, models, serve-demo and inspect --url as a user runs them: real processes,
// real servers (the demo provider, and loopback servers scripted by the test), real exit codes.
#include "support/chatharness.h"
#include "support/processrun.h"

#include <QtCore/QDeadlineTimer>
#include <QtCore/QProcess>
#include <QtTest/QTest>

#ifdef Q_OS_UNIX
#include <csignal>
#include <fcntl.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace {

using Run = ProcessRun;

// Runs parley-cli without blocking the event loop, so servers in this process keep answering.
Run cli(const QStringList &arguments, const QByteArray &input = {},
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    return ProcessRun::run(QStringLiteral(PARLEY_CLI_PATH), arguments, input, env);
}

QStringList against(const LoopbackServer &server, QStringList more = {})
{
    return QStringList{u"chat"_s,    u"--base-url"_s, server.baseUrl().toString(),
                       u"--model"_s, u"m"_s,          u"--retries"_s,
                       u"0"_s}
    + more;
}

#ifdef Q_OS_UNIX
// Runs parley-cli with its standard output and error on a pseudo-terminal, as in a terminal
// window, and returns everything it wrote there. The event loop runs meanwhile.
QByteArray onTerminal(const QStringList &arguments)
{
    int master = -1;
    const QByteArray program = QByteArrayLiteral(PARLEY_CLI_PATH);
    QList<QByteArray> args{program};
    for (const QString &a : arguments)
        args.append(a.toUtf8());
    const pid_t pid = ::forkpty(&master, nullptr, nullptr, nullptr);
    if (pid == 0) {
        std::vector<char *> argv;
        for (QByteArray &a : args)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        ::execv(program.constData(), argv.data());
        ::_exit(127);
    }
    if (pid < 0)
        return {};
    ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
    QByteArray out;
    QDeadlineTimer deadline(30000);
    bool exited = false;
    while (!deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        char buffer[4096];
        const ssize_t n = ::read(master, buffer, sizeof buffer);
        if (n > 0) {
            out.append(buffer, n);
            continue;
        }
        if (exited && n <= 0)
            break;
        int status = 0;
        if (::waitpid(pid, &status, WNOHANG) == pid)
            exited = true;
        QTest::qWait(10);
    }
    ::close(master);
    if (!exited)
        ::kill(pid, SIGKILL);
    return out;
}
#endif

} // namespace

class TestCliChat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoProviderEndToEnd();
    void demoThinkerShowsReasoningOnStderr();
    void promptFromStandardInput();
    void demoModels();
    void keyComesFromTheNamedVariableOnly();
    void exitCodes_data();
    void exitCodes();
    void ctrlCKeepsThePartialOutput();
    void serveDemoRunsOnItsOwn();
    void inspectALiveEndpoint();
    void terminalEscapesAreShownOnATerminal();
    void aKeyIsNotSentOverPlainHttpUnlessAllowed();
    void credentialsInTheBaseUrlAreRefused();
};

void TestCliChat::demoProviderEndToEnd()
{
    const Run run = cli({u"chat"_s, u"--stats"_s, u"Hello"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("Hello from Parley's demo"));
    QVERIFY(run.out.contains("You said: *“Hello”*"));
    QVERIFY(run.out.contains("```cpp"));
    QVERIFY(run.out.contains("| Model | Speed | Thinks first |"));
    QVERIFY2(run.err.contains("time to first token:"), run.err.constData());
    QVERIFY(run.err.contains("tokens per second:"));
    QVERIFY(run.err.contains("finish reason: stop"));
    QVERIFY(run.err.contains("usage: "));
    QVERIFY(!run.err.contains("usage: not reported"));
}

void TestCliChat::demoThinkerShowsReasoningOnStderr()
{
    const Run hidden = cli({u"chat"_s, u"--model"_s, u"parley-demo-thinker"_s, u"--max-tokens"_s,
                            u"5"_s, u"Why?"_s});
    QCOMPARE(hidden.exitCode, 0);
    QVERIFY(!hidden.err.contains("I should show"));
    const Run shown = cli({u"chat"_s, u"--model"_s, u"parley-demo-thinker"_s, u"--max-tokens"_s,
                           u"5"_s, u"--show-reasoning"_s, u"--stats"_s, u"Why?"_s});
    QCOMPARE(shown.exitCode, 0);
    QVERIFY(shown.err.contains("I should show what Parley can render"));
    QVERIFY(!shown.out.contains("I should show")); // reasoning never mixes with the answer
    QVERIFY(shown.err.contains("finish reason: length"));
}

void TestCliChat::promptFromStandardInput()
{
    const Run run = cli({u"chat"_s, u"--max-tokens"_s, u"12"_s, u"-"_s}, "piped question\n");
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("piped question"));
}

void TestCliChat::demoModels()
{
    const Run run = cli({u"models"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, "parley-demo-fast\nparley-demo-slow\nparley-demo-thinker\n");
}

void TestCliChat::keyComesFromTheNamedVariableOnly()
{
    ChatHarness h;
    h.server.setHandler([](Exchange *e) {
        if (e->request().header("authorization") != "Bearer sk-env-secret-0123456789")
            e->respond(401, R"({"error":{"message":"bad key sk-env-secret-0123456789"}})");
        else
            e->streamEvents({contentEvent("authorised"), doneEvent()});
    });
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"MY_PROVIDER_KEY"_s, u"sk-env-secret-0123456789"_s);
    env.remove(u"OPENAI_API_KEY"_s);
    const Run ok =
            cli(against(h.server, {u"--api-key-env"_s, u"MY_PROVIDER_KEY"_s, u"hi"_s}), {}, env);
    QCOMPARE(ok.exitCode, 0);
    QCOMPARE(ok.out.trimmed(), "authorised");

    const Run without = cli(against(h.server, {u"hi"_s}), {}, env); // OPENAI_API_KEY is unset
    QCOMPARE(without.exitCode, 2);
    QVERIFY(h.server.requests.last().header("authorization").isEmpty());
    QVERIFY(!without.err.contains("sk-env-secret")); // the server echoed it; we never print it
}

void TestCliChat::exitCodes_data()
{
    QTest::addColumn<QByteArray>("scenario");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("completed") << QByteArray("ok") << 0;
    QTest::newRow("invalid key") << QByteArray("401") << 2;
    QTest::newRow("rate limited") << QByteArray("429") << 3;
    QTest::newRow("other HTTP error") << QByteArray("500") << 4;
    QTest::newRow("not found") << QByteArray("404") << 4;
    QTest::newRow("network") << QByteArray("refused") << 5;
    QTest::newRow("incomplete stream") << QByteArray("drop") << 6;
    QTest::newRow("redirected") << QByteArray("307") << 7;
    QTest::newRow("usage error") << QByteArray("usage") << 1;
}

void TestCliChat::exitCodes()
{
    QFETCH(QByteArray, scenario);
    QFETCH(int, exitCode);
    ChatHarness h;
    h.server.setHandler([scenario](Exchange *e) {
        if (scenario == "ok")
            e->streamEvents({contentEvent("fine"), doneEvent()});
        else if (scenario == "drop") {
            e->streamEvents({contentEvent("half")}, 0, false);
            e->after(50, [e] { e->resetConnection(); });
        } else if (scenario == "307")
            e->respond(307, {}, "text/plain",
                       {{"Location", "http://127.0.0.1:9/v1/chat/completions"}});
        else
            e->respond(scenario.toInt(), R"({"error":{"message":"no"}})");
    });
    QStringList arguments = against(h.server, {u"hello"_s});
    if (scenario == "refused")
        arguments[2] = u"http://127.0.0.1:1/v1"_s;
    if (scenario == "usage")
        arguments = {u"chat"_s, u"--base-url"_s, h.server.baseUrl().toString(),
                     u"hello"_s}; // no --model
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    if (exitCode != 0)
        QVERIFY(!run.err.isEmpty());
    if (scenario == "drop")
        QCOMPARE(run.out, "half"); // partial output stays printed
}

void TestCliChat::ctrlCKeepsThePartialOutput()
{
#ifdef Q_OS_UNIX
    ChatHarness h;
    h.server.setHandler([](Exchange *e) {
        QList<QByteArray> many;
        for (int i = 0; i < 100; ++i)
            many.append(contentEvent("word "));
        e->streamEvents(many, 50);
    });
    QSignalSpy closed(&h.server, &LoopbackServer::clientClosedDuringResponse);
    QProcess process;
    process.start(QStringLiteral(PARLEY_CLI_PATH), against(h.server, {u"go"_s}));
    QVERIFY(process.waitForStarted());
    QByteArray out;
    QVERIFY(QTest::qWaitFor(
            [&] {
                out += process.readAllStandardOutput();
                return out.contains("word word");
            },
            10000));
    ::kill(pid_t(process.processId()), SIGINT);
    QSignalSpy done(&process, &QProcess::finished);
    QVERIFY(done.wait(5000));
    out += process.readAllStandardOutput();
    QCOMPARE(process.exitCode(), 130);
    QVERIFY(out.startsWith("word word"));
    QVERIFY(process.readAllStandardError().contains("Stopped"));
    QVERIFY(closed.size() == 1 || closed.wait(1000)); // and the server saw the stop
#else
    QSKIP("sends SIGINT");
#endif
}

void TestCliChat::serveDemoRunsOnItsOwn()
{
    QProcess server;
    server.start(QStringLiteral(PARLEY_CLI_PATH), {u"serve-demo"_s});
    QVERIFY(server.waitForStarted());
    QByteArray banner;
    QVERIFY(QTest::qWaitFor(
            [&] {
                banner += server.readAllStandardOutput();
                return banner.contains('\n');
            },
            10000));
    const qsizetype at = banner.indexOf("http://");
    QVERIFY(at >= 0);
    const QString url = QString::fromUtf8(banner.mid(at, banner.indexOf(' ', at) - at));
    const Run models = cli({u"models"_s, u"--base-url"_s, url});
    QCOMPARE(models.exitCode, 0);
    QVERIFY(models.out.contains("parley-demo-slow"));
    const Run chat = cli({u"chat"_s, u"--base-url"_s, url, u"--model"_s, u"parley-demo-fast"_s,
                          u"--max-tokens"_s, u"4"_s, u"hi"_s});
    QCOMPARE(chat.exitCode, 0);
    QVERIFY(chat.out.startsWith("## Hello from"));
    server.kill();
    server.waitForFinished();
}

void TestCliChat::inspectALiveEndpoint()
{
    ChatHarness h;
    h.server.setHandler([](Exchange *e) {
        QCOMPARE(e->request().method, "POST");
        QCOMPARE(e->request().header("x-test"), "yes");
        e->streamEvents({"event: info\ndata: queued\n\n", contentEvent("live"), doneEvent()});
    });
    const Run run =
            cli({u"inspect"_s, u"--url"_s, h.server.baseUrl().toString() + u"/chat/completions"_s,
                 u"--data"_s, u"{}"_s, u"--header"_s, u"X-Test: yes"_s});
    QCOMPARE(run.exitCode, 0);
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.first(), R"({"event":"info","data":"queued","id":""})");
    QCOMPARE(lines.last(), R"({"event":"message","data":"[DONE]","id":""})");
}

void TestCliChat::terminalEscapesAreShownOnATerminal()
{
#ifndef Q_OS_UNIX
    QSKIP("needs a pseudo-terminal");
#else
    ChatHarness h;
    // OSC 52 would write the clipboard, CSI 2J clear the screen, a C1 CSI colour the rest.
    h.server.setHandler([](Exchange *e) {
        e->streamEvents({contentEvent(R"(A\u001b]52;c;cHduZWQ=\u0007B\u001b[2JC\u009b31mD)"),
                         contentEvent(R"(\ttab\nline)"), doneEvent()});
    });
    const QByteArray shown = onTerminal(against(h.server, {u"hi"_s}));
    QVERIFY2(shown.contains("A^[]52;c;cHduZWQ=^GB^[[2JC<U+009B>31mD"), shown.constData());
    QVERIFY(!shown.contains('\x1b') && !shown.contains('\x07') && !shown.contains("\xc2\x9b"));
    QVERIFY(shown.contains("\ttab")); // tab and newline stay
    // Into a pipe the bytes stay as they came; --raw keeps them on a terminal too.
    const Run piped = cli(against(h.server, {u"hi"_s}));
    QCOMPARE(piped.exitCode, 0);
    QVERIFY(piped.out.contains("A\x1b]52;c;cHduZWQ=\x07"
                               "B\x1b[2JC\xc2\x9b"
                               "31mD"));
    const QByteArray raw = onTerminal(against(h.server, {u"--raw"_s, u"hi"_s}));
    QVERIFY2(raw.contains("\x1b]52;c;cHduZWQ=\x07"), raw.constData());
    // An error with escapes goes to standard error shown visibly too.
    h.server.setHandler(
            [](Exchange *e) { e->respond(500, R"({"error":{"message":"down\u001b[31m red"}})"); });
    const QByteArray error = onTerminal(against(h.server, {u"hi"_s}));
    QVERIFY2(error.contains("down^[[31m red"), error.constData());
#endif
}

void TestCliChat::aKeyIsNotSentOverPlainHttpUnlessAllowed()
{
    ChatHarness h;
    h.server.setHandler([](Exchange *e) { e->streamEvents({contentEvent("ok"), doneEvent()}); });
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PARLEY_TEST_KEY"_s, u"sk-plain-http-0123456789"_s);
    // The server plays an HTTP proxy, so "another computer" is reached on loopback.
    env.insert(u"http_proxy"_s, h.server.baseUrl().adjusted(QUrl::RemovePath).toString());
    const QStringList args{u"chat"_s,
                           u"--base-url"_s,
                           u"http://llm.parley.invalid/v1"_s,
                           u"--model"_s,
                           u"m"_s,
                           u"--api-key-env"_s,
                           u"PARLEY_TEST_KEY"_s,
                           u"--retries"_s,
                           u"0"_s,
                           u"hi"_s};
    const Run refused = cli(args, {}, env);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("--allow-insecure-http"), refused.err.constData());
    QVERIFY(h.server.requests.isEmpty()); // nothing left this computer
    QVERIFY(!refused.err.contains("sk-plain-http"));
}

void TestCliChat::credentialsInTheBaseUrlAreRefused()
{
    ChatHarness h;
    QUrl withPassword = h.server.baseUrl();
    withPassword.setUserInfo(u"me:hunter2secret"_s);
    const Run password = cli(
            {u"chat"_s, u"--base-url"_s, withPassword.toString(), u"--model"_s, u"m"_s, u"hi"_s});
    QCOMPARE(password.exitCode, 1);
    QVERIFY2(password.err.contains("--api-key-env"), password.err.constData());
    QVERIFY(!password.err.contains("hunter2secret"));
    QVERIFY(h.server.requests.isEmpty());
    const Run query = cli({u"models"_s, u"--base-url"_s,
                           h.server.baseUrl().toString() + u"?api-key=qwerty12345"_s});
    QCOMPARE(query.exitCode, 1);
    QVERIFY(!query.err.contains("qwerty12345"));
}

QTEST_GUILESS_MAIN(TestCliChat)
#include "tst_cli_chat.moc"
