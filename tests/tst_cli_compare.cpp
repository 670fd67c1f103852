// parley-cli compare as a user runs it: a real process against loopback servers whose lanes
// behave differently in one run (paced, rate limited then fine, dropped, stalled), the JSON it
// prints per lane, the table, and its exit status.
#include "support/chatharness.h"
#include "support/processrun.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

ProcessRun cli(const QStringList &arguments, const QByteArray &input = {})
{
    // A settings folder of its own: no profile, the seeded prices.
    static QTemporaryDir config;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, config.path());
    return ProcessRun::run(QStringLiteral(PARLEY_CLI_PATH), arguments, input, env);
}

QString modelOf(const HttpRequest &request)
{
    return QJsonDocument::fromJson(request.body).object().value("model"_L1).toString();
}

QMap<QString, QJsonObject> lanesOf(const QByteArray &out)
{
    QMap<QString, QJsonObject> lanes;
    for (const QByteArray &line : out.split('\n'))
        if (!line.trimmed().isEmpty()) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            lanes.insert(o.value("model"_L1).toString(), o);
        }
    return lanes;
}

} // namespace

class TestCliCompare : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyLaneEndsInItsOwnState();
    void allCompleteIsSuccessAndATable();
    void costComesFromThePriceTable();
    void usageErrors_data();
    void usageErrors();
};

void TestCliCompare::everyLaneEndsInItsOwnState()
{
    LoopbackServer server;
    QVERIFY(server.listen());
    int limitedAsked = 0;
    server.setHandler([&limitedAsked](Exchange *e) {
        const QString model = modelOf(e->request());
        if (model == "paced"_L1) {
            // 20 tokens 100 ms apart after 500 ms: ~500 ms to first token, ~10 tokens/s.
            e->writeHead(200, {{"Content-Type", "text/event-stream"}});
            // Coarse timers may run a little late: the end goes with the last token, in order.
            for (int i = 0; i < 20; ++i)
                e->after(500 + i * 100, [e, i] {
                    e->writeChunk(contentEvent("t"));
                    if (i == 19) {
                        e->writeChunk(finishEvent("stop"));
                        e->endChunked();
                    }
                });
        } else if (model == "limited"_L1) {
            if (++limitedAsked == 1) {
                e->respond(429, R"({"error":{"message":"slow down"}})", "application/json",
                           {{"Retry-After", "1"}});
                return;
            }
            e->streamEvents({contentEvent("fine"), finishEvent("stop")}, 10);
        } else if (model == "dropped"_L1) {
            e->writeHead(200, {{"Content-Type", "text/event-stream"}});
            e->writeChunk(contentEvent("partial "));
            e->writeChunk(contentEvent("text"));
            e->after(200, [e] { e->resetConnection(); });
        } else { // stalled: one token, then nothing
            e->writeHead(200, {{"Content-Type", "text/event-stream"}});
            e->writeChunk(contentEvent("before the stall"));
        }
    });
    const ProcessRun run =
            cli({u"compare"_s, u"--base-url"_s, server.baseUrl().toString(), u"--model"_s,
                 u"paced"_s, u"--model"_s, u"limited"_s, u"--model"_s, u"dropped"_s, u"--model"_s,
                 u"stalled"_s, u"--idle-timeout"_s, u"2"_s, u"--json"_s, u"Compare"_s});
    QCOMPARE(run.exitCode, 8); // not every lane completed
    const QMap<QString, QJsonObject> lanes = lanesOf(run.out);
    QCOMPARE(lanes.size(), 4);
    const QStringList fields{u"completion_tokens"_s, u"cost_usd"_s, u"error"_s,
                             u"finish_reason"_s,     u"model"_s,    u"profile"_s,
                             u"prompt_tokens"_s,     u"state"_s,    u"text"_s,
                             u"tokens_per_second"_s, u"ttft_ms"_s};
    for (const QJsonObject &lane : lanes)
        QCOMPARE(lane.keys(), fields);

    const QJsonObject paced = lanes.value(u"paced"_s);
    QCOMPARE(paced.value("state"_L1).toString(), u"complete"_s);
    QCOMPARE(paced.value("text"_L1).toString(), QString(20, u't'));
    QCOMPARE(paced.value("error"_L1).toString(), QString());
    const qint64 ttft = paced.value("ttft_ms"_L1).toInteger();
    QVERIFY2(ttft >= 450 && ttft < 1500, qPrintable(QString::number(ttft)));
    const double rate = paced.value("tokens_per_second"_L1).toDouble();
    QVERIFY2(rate > 6.0 && rate < 11.0, qPrintable(QString::number(rate)));
    QCOMPARE(paced.value("completion_tokens"_L1).toInt(), 20); // counted
    QCOMPARE(paced.value("prompt_tokens"_L1).toInt(), -1); // not reported
    QVERIFY(paced.value("cost_usd"_L1).isNull());
    QCOMPARE(paced.value("finish_reason"_L1).toString(), u"stop"_s);

    const QJsonObject limited = lanes.value(u"limited"_s);
    QCOMPARE(limited.value("state"_L1).toString(), u"complete"_s);
    QCOMPARE(limited.value("text"_L1).toString(), u"fine"_s);
    QCOMPARE(limitedAsked, 2); // waited for Retry-After, then asked again

    const QJsonObject dropped = lanes.value(u"dropped"_s);
    QCOMPARE(dropped.value("state"_L1).toString(), u"incomplete"_s);
    QCOMPARE(dropped.value("text"_L1).toString(), u"partial text"_s);

    const QJsonObject stalled = lanes.value(u"stalled"_s);
    QCOMPARE(stalled.value("state"_L1).toString(), u"failed"_s);
    QCOMPARE(stalled.value("text"_L1).toString(), u"before the stall"_s);
    QVERIFY(!stalled.value("error"_L1).toString().isEmpty());
}

void TestCliCompare::allCompleteIsSuccessAndATable()
{
    LoopbackServer server;
    QVERIFY(server.listen());
    server.setHandler([](Exchange *e) {
        e->streamEvents({contentEvent("Hi from "), contentEvent(modelOf(e->request()).toUtf8()),
                         finishEvent("stop")},
                        5);
    });
    const ProcessRun run = cli({u"compare"_s, u"--base-url"_s, server.baseUrl().toString(),
                                u"--model"_s, u"alpha"_s, u"--model"_s, u"beta"_s, u"Hello"_s});
    QCOMPARE(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(u"Hi from alpha"_s) && out.contains(u"Hi from beta"_s),
             run.out.constData());
    QVERIFY(out.contains(u"model"_s) && out.contains(u"tokens/s"_s));
    // A table row per lane, with its state and finish reason.
    for (const QString &model : {u"alpha"_s, u"beta"_s}) {
        const QString row =
                out.split(u'\n').filter(QRegularExpression(u"^"_s + model + u"\\s"_s)).value(0);
        QVERIFY2(row.contains(u"complete"_s) && row.contains(u"stop"_s), qPrintable(out));
    }
    // The same model twice is two lanes.
    const ProcessRun twice = cli({u"compare"_s, u"--base-url"_s, server.baseUrl().toString(),
                                  u"--model"_s, u"alpha"_s, u"--model"_s, u"alpha"_s,
                                  u"--temperature"_s, u"0.3"_s, u"--json"_s, u"Hello"_s});
    QCOMPARE(twice.exitCode, 0);
    QCOMPARE(twice.out.count('\n'), 2);
}

void TestCliCompare::costComesFromThePriceTable()
{
    LoopbackServer server;
    QVERIFY(server.listen());
    server.setHandler([](Exchange *e) {
        e->streamEvents(
                {contentEvent("priced"),
                 R"(data: {"choices":[],"usage":{"prompt_tokens":1000,"completion_tokens":2000,"total_tokens":3000}})"
                 "\n\n",
                 finishEvent("stop")},
                5);
    });
    // gpt-4o-mini is seeded at $0.15 in and $0.60 out per million tokens.
    const ProcessRun run =
            cli({u"compare"_s, u"--base-url"_s, server.baseUrl().toString(), u"--model"_s,
                 u"gpt-4o-mini"_s, u"--model"_s, u"unpriced"_s, u"--json"_s, u"Hello"_s});
    QCOMPARE(run.exitCode, 0);
    const QMap<QString, QJsonObject> lanes = lanesOf(run.out);
    QCOMPARE(lanes.value(u"gpt-4o-mini"_s).value("prompt_tokens"_L1).toInt(), 1000);
    QCOMPARE(lanes.value(u"gpt-4o-mini"_s).value("completion_tokens"_L1).toInt(), 2000);
    QCOMPARE(lanes.value(u"gpt-4o-mini"_s).value("cost_usd"_L1).toDouble(),
             (1000 * 0.15 + 2000 * 0.60) / 1e6);
    QVERIFY(lanes.value(u"unpriced"_s).value("cost_usd"_L1).isNull());
}

void TestCliCompare::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no model") << QStringList{u"Hello"_s};
    QTest::newRow("seven models") << QStringList{
            u"--model"_s, u"a"_s, u"--model"_s, u"b"_s, u"--model"_s, u"c"_s, u"--model"_s, u"d"_s,
            u"--model"_s, u"e"_s, u"--model"_s, u"f"_s, u"--model"_s, u"g"_s, u"Hello"_s};
    QTest::newRow("a temperature out of range")
            << QStringList{u"--model"_s, u"a"_s, u"--temperature"_s, u"5"_s, u"Hello"_s};
    QTest::newRow("no prompt") << QStringList{u"--model"_s, u"a"_s};
    QTest::newRow("an unknown option") << QStringList{u"--model"_s, u"a"_s, u"--nope"_s, u"x"_s};
}

void TestCliCompare::usageErrors()
{
    QFETCH(QStringList, arguments);
    const ProcessRun run = cli(QStringList{u"compare"_s} + arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!run.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliCompare)
#include "tst_cli_compare.moc"
