// How the client uses connections: redirects are never followed with credentials, connections
// are reused, the per-provider limit holds, gzip streams decode as they arrive, TLS fails closed.
#include "support/chatharness.h"

#include "api/modelsjob.h"

#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QSslCertificate>
#include <QtNetwork/QSslKey>
#include <QtNetwork/QSslServer>
#include <QtNetwork/QSslSocket>
#include <QtTest/QTest>

#include <zlib.h>

using namespace Qt::Literals::StringLiterals;
using Category = ReplyError::Category;

class TestChatConnections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redirectIsNeverFollowed_data();
    void redirectIsNeverFollowed();
    void sequentialRequestsReuseTheConnection();
    void concurrencyLimitQueuesInOrder();
    void cancellingAQueuedRequest();
    void deletingARunningJobFreesItsSlot();
    void gzipStreamDecodesAsItArrives();
    void brokenGzipIsAProtocolError();
    void tlsFailsClosed();
    void modelsAreListed();
    void modelsFallBackToTheManualList();
    void modelsWithAnInvalidKeySaySo();
    void moreStreamsThanTheTransportOpensWaitInOurQueue();
};

namespace {

class Gzip
{
public:
    Gzip()
    {
        deflateInit2(&m_z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + 15, 8, Z_DEFAULT_STRATEGY);
    }
    ~Gzip() { deflateEnd(&m_z); }
    // Compresses and flushes, so the peer can decode everything sent so far.
    QByteArray push(const QByteArray &data, bool last = false)
    {
        QByteArray out;
        m_z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
        m_z.avail_in = uInt(data.size());
        char buffer[16384];
        do {
            m_z.next_out = reinterpret_cast<Bytef *>(buffer);
            m_z.avail_out = sizeof buffer;
            deflate(&m_z, last ? Z_FINISH : Z_SYNC_FLUSH);
            out.append(buffer, qsizetype(sizeof buffer - m_z.avail_out));
        } while (m_z.avail_out == 0);
        return out;
    }

private:
    z_stream m_z{};
};

} // namespace

void TestChatConnections::redirectIsNeverFollowed_data()
{
    QTest::addColumn<int>("status");
    for (int status : {301, 302, 303, 307, 308})
        QTest::addRow("%d", status) << status;
}

void TestChatConnections::redirectIsNeverFollowed()
{
    QFETCH(int, status);
    ChatHarness h;
    LoopbackServer elsewhere; // another origin: it must receive nothing at all
    QVERIFY(elsewhere.listen());
    elsewhere.setHandler([](Exchange *e) {
        e->streamEvents({contentEvent("stolen"), doneEvent()});
    });
    const QByteArray target =
            "http://127.0.0.1:" + QByteArray::number(elsewhere.port()) + "/v1/chat/completions";
    h.server.setHandler([status, target](Exchange *e) {
        e->respond(status, {}, "text/plain", {{"Location", target}});
    });
    const ReplyResult result = ChatHarness::waitFor(h.start());
    QCOMPARE(result.end, EndState::Failed);
    QCOMPARE(result.error.category, Category::Redirected);
    QCOMPARE(result.error.redirectHost, u"127.0.0.1:%1"_s.arg(elsewhere.port()));
    QVERIFY(result.error.message.contains(result.error.redirectHost));
    // /models says the same, port included (it used to name the host only).
    std::unique_ptr<ModelsJob> models(
            h.client.listModels(h.provider(), ChatHarness::fastSettings(), nullptr));
    QSignalSpy listed(models.get(), &ModelsJob::finished);
    QVERIFY(listed.wait(10000));
    QCOMPARE(models->result().error.category, Category::Redirected);
    QCOMPARE(models->result().error.redirectHost, result.error.redirectHost);
    QTest::qWait(100);
    QCOMPARE(elsewhere.connectionsAccepted, 0);
    QVERIFY(elsewhere.requests.isEmpty()); // so no Authorization and no body either
}

void TestChatConnections::sequentialRequestsReuseTheConnection()
{
    ChatHarness h;
    h.server.setHandler([](Exchange *e) { e->streamEvents({contentEvent("hi"), doneEvent()}); });
    for (int i = 0; i < 3; ++i)
        QCOMPARE(ChatHarness::waitFor(h.start()).end, EndState::Completed);
    QCOMPARE(h.server.requests.size(), 3);
    QCOMPARE(h.server.connectionsAccepted, 1);
}

void TestChatConnections::concurrencyLimitQueuesInOrder()
{
    ChatHarness h;
    h.server.setHandler([](Exchange *e) {
        e->streamEvents({contentEvent(e->request().body.mid(e->request().body.indexOf("job"), 4)),
                         doneEvent()},
                        150);
    });
    ProviderConfig provider = h.provider();
    provider.maxConcurrentStreams = 2;
    QList<StreamJob *> jobs;
    for (int i = 0; i < 5; ++i)
        jobs.append(h.client.startChat(provider, ChatHarness::request(u"job%1"_s.arg(i)),
                                       ChatHarness::fastSettings(), &h.server));
    QCOMPARE(jobs.at(0)->state(), StreamJob::State::Connecting);
    QCOMPARE(jobs.at(1)->state(), StreamJob::State::Connecting);
    for (int i = 2; i < 5; ++i)
        QCOMPARE(jobs.at(i)->state(), StreamJob::State::Queued);
    QCOMPARE(h.client.queuedCount(provider.queueId()), 3);
    for (StreamJob *job : jobs)
        QCOMPARE(ChatHarness::waitFor(job).end, EndState::Completed);
    QCOMPARE(h.server.maxOpenExchanges, 2);
    QCOMPARE(h.server.requests.size(), 5);
    for (int i = 0; i < 5; ++i) // first in, first out
        QVERIFY(h.server.requests.at(i).body.contains(QByteArray("job" + QByteArray::number(i))));
    QCOMPARE(h.client.runningCount(provider.queueId()), 0);
}

void TestChatConnections::cancellingAQueuedRequest()
{
    ChatHarness h;
    h.server.setHandler([](Exchange *e) {
        e->streamEvents({contentEvent("x"), doneEvent()}, 100);
    });
    ProviderConfig provider = h.provider();
    provider.maxConcurrentStreams = 1;
    StreamJob *first = h.client.startChat(provider, ChatHarness::request(),
                                          ChatHarness::fastSettings(), &h.server);
    StreamJob *queued = h.client.startChat(provider, ChatHarness::request(),
                                           ChatHarness::fastSettings(), &h.server);
    QCOMPARE(queued->state(), StreamJob::State::Queued);
    queued->cancel();
    QCOMPARE(queued->result().end, EndState::Stopped);
    QCOMPARE(h.client.queuedCount(provider.queueId()), 0);
    QCOMPARE(ChatHarness::waitFor(first).end, EndState::Completed);
    QTest::qWait(50);
    QCOMPARE(h.server.requests.size(), 1);
}

void TestChatConnections::deletingARunningJobFreesItsSlot()
{
    ChatHarness h;
    h.server.setHandler([](Exchange *e) {
        e->streamEvents({contentEvent("x"), doneEvent()}, 200);
    });
    ProviderConfig provider = h.provider();
    provider.maxConcurrentStreams = 1;
    auto *owner = new QObject;
    h.client.startChat(provider, ChatHarness::request(), ChatHarness::fastSettings(), owner);
    StreamJob *next = h.client.startChat(provider, ChatHarness::request(),
                                         ChatHarness::fastSettings(), &h.server);
    QSignalSpy closed(&h.server, &LoopbackServer::clientClosedDuringResponse);
    QVERIFY(QTest::qWaitFor([&] { return !h.server.requests.isEmpty(); }));
    delete owner; // the window that asked went away: its job and request go with it
    QVERIFY(closed.size() == 1 || closed.wait(1000));
    QCOMPARE(ChatHarness::waitFor(next).end, EndState::Completed);
}

void TestChatConnections::gzipStreamDecodesAsItArrives()
{
    ChatHarness h;
    auto gzip = std::make_shared<Gzip>();
    bool secondSent = false;
    h.server.setHandler([gzip, &secondSent](Exchange *e) {
        e->writeHead(200, {{"Content-Type", "text/event-stream"}, {"Content-Encoding", "gzip"}});
        e->writeChunk(gzip->push(contentEvent("first ")));
        e->after(400, [e, gzip, &secondSent] {
            secondSent = true;
            e->writeChunk(gzip->push(contentEvent("second") + doneEvent(), true));
            e->endChunked();
        });
    });
    StreamJob *job = h.start();
    bool firstBeforeSecond = false;
    QObject::connect(job, &StreamJob::contentReceived, job, [&](const QString &delta) {
        if (delta == u"first "_s)
            firstBeforeSecond = !secondSent;
    });
    const ReplyResult result = ChatHarness::waitFor(job);
    QCOMPARE(result.end, EndState::Completed);
    QCOMPARE(result.content, u"first second"_s);
    QVERIFY(firstBeforeSecond); // decoded incrementally, not at the end
    QVERIFY(h.server.requests.first().header("accept-encoding").contains("gzip"));
}

void TestChatConnections::brokenGzipIsAProtocolError()
{
    ChatHarness h;
    h.server.setHandler([](Exchange *e) {
        e->writeHead(200, {{"Content-Type", "text/event-stream"}, {"Content-Encoding", "gzip"}});
        Gzip gzip;
        QByteArray bytes = gzip.push(contentEvent("ok"));
        e->writeChunk(bytes);
        e->writeChunk(QByteArray(64, '\xff')); // not deflate data
        e->endChunked();
    });
    const ReplyResult result = ChatHarness::waitFor(h.start());
    QCOMPARE(result.end, EndState::Failed);
    QCOMPARE(result.error.category, Category::Protocol);
    QCOMPARE(h.server.requests.size(), 1); // deterministic: not retried
}

void TestChatConnections::tlsFailsClosed()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt was built without a TLS backend");
    QTemporaryDir dir;
    QProcess openssl;
    openssl.start(u"openssl"_s,
                  {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s,
                   dir.filePath(u"key.pem"_s), u"-out"_s, dir.filePath(u"cert.pem"_s), u"-days"_s,
                   u"2"_s, u"-subj"_s, u"/CN=127.0.0.1"_s});
    QVERIFY2(openssl.waitForFinished(60000) && openssl.exitCode() == 0,
             "openssl could not make a test certificate");
    QFile certFile(dir.filePath(u"cert.pem"_s));
    QFile keyFile(dir.filePath(u"key.pem"_s));
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(&certFile));
    tls.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa));
    QSslServer server;
    server.setSslConfiguration(tls);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    int httpRequests = 0;
    QObject::connect(&server, &QSslServer::pendingConnectionAvailable, &server, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection())
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [&httpRequests, socket] {
                if (socket->readAll().contains("POST"))
                    ++httpRequests;
            });
    });

    ChatHarness h;
    ProviderConfig provider = h.provider();
    provider.baseUrl = QUrl(u"https://127.0.0.1:%1/v1"_s.arg(server.serverPort()));
    StreamJob *job = h.client.startChat(provider, ChatHarness::request(),
                                        ChatHarness::fastSettings(), nullptr);
    const ReplyResult result = ChatHarness::waitFor(job);
    QCOMPARE(result.end, EndState::Failed);
    QCOMPARE(result.error.category, Category::Tls);
    QCOMPARE(result.retries, 0);
    QCOMPARE(httpRequests, 0); // the key never left over the unverified connection
    delete job;
}

void TestChatConnections::modelsAreListed()
{
    ChatHarness h;
    h.server.setHandler([](Exchange *e) {
        QCOMPARE(e->request().path(), "/v1/models");
        e->respond(
                200,
                R"({"object":"list","data":[{"id":"zeta","object":"model","owned_by":"x"},{"id":"alpha"},{"object":"model"},{"id":"alpha"}]})");
    });
    ModelsJob *job = h.client.listModels(h.provider(), ChatHarness::fastSettings(), &h.server);
    QSignalSpy done(job, &ModelsJob::finished);
    QVERIFY(done.wait());
    QCOMPARE(job->result().models, (QStringList{u"alpha"_s, u"zeta"_s}));
    QVERIFY(!job->result().fromManualList);
    QCOMPARE(h.server.requests.first().header("authorization"), "Bearer " + h.apiKey.toUtf8());

    QStringList ollama;
    QVERIFY(ModelsJob::parseModelList(
            R"({"models":[{"name":"llama3.2:3b","model":"llama3.2:3b"}]})", &ollama));
    QCOMPARE(ollama, QStringList{u"llama3.2:3b"_s});
}

void TestChatConnections::modelsFallBackToTheManualList()
{
    ChatHarness h;
    h.server.setHandler([](Exchange *e) { e->respond(404, R"({"detail":"Not Found"})"); });
    ProviderConfig provider = h.provider();
    provider.manualModels = {u"my-model"_s};
    ModelsJob *job = h.client.listModels(provider, ChatHarness::fastSettings(), &h.server);
    QSignalSpy done(job, &ModelsJob::finished);
    QVERIFY(done.wait());
    QCOMPARE(job->result().models, QStringList{u"my-model"_s});
    QVERIFY(job->result().fromManualList);
    QVERIFY(!job->result().error.isError());
}

void TestChatConnections::modelsWithAnInvalidKeySaySo()
{
    ChatHarness h;
    int requests = 0;
    h.server.setHandler([&requests](Exchange *e) {
        // The first on a fresh connection, the next on the same one.
        ++requests;
        if (requests == 1)
            e->respond(200, R"({"data":[{"id":"a"}]})");
        else
            e->respond(401, R"({"error":{"message":"Incorrect API key provided"}})");
    });
    for (int i = 0; i < 2; ++i) {
        ModelsJob *job = h.client.listModels(h.provider(), ChatHarness::fastSettings(), &h.server);
        QSignalSpy done(job, &ModelsJob::finished);
        job->start();
        QVERIFY(done.count() || done.wait());
        if (i == 0) {
            QCOMPARE(job->result().models, QStringList{u"a"_s});
        } else {
            QCOMPARE(job->result().error.category, ReplyError::Category::InvalidKey);
            QCOMPARE(job->result().error.httpStatus, 401);
        }
    }
}

// The bug: the per-provider limit goes up to 32, but Qt opens at most 6 HTTP/1.1 connections per
// host; the rest sat in Qt's own queue while Parley's connect timer ran, then failed as "timed
// out connecting" against a healthy server.
void TestChatConnections::moreStreamsThanTheTransportOpensWaitInOurQueue()
{
    ChatHarness h;
    h.server.setHandler([](Exchange *e) {
        if (e->request().path().endsWith("/models")) {
            e->respond(200, R"({"data":[{"id":"m"}]})");
            return;
        }
        e->after(3000, [e] { e->streamEvents({contentEvent("held"), doneEvent()}); });
    });
    ProviderConfig provider = h.provider();
    provider.maxConcurrentStreams = 10;
    StreamSettings settings = ChatHarness::fastSettings();
    settings.connectTimeoutMs = 2000;
    settings.firstByteTimeoutMs = 10000;
    settings.retry.maxRetries = 0;
    QList<StreamJob *> jobs;
    for (int i = 0; i < 10; ++i)
        jobs.append(h.client.startChat(provider, ChatHarness::request(), settings, &h.server));
    // A /models request counts against the same connections.
    std::unique_ptr<ModelsJob> models(h.client.listModels(provider, settings, nullptr));
    QCOMPARE(jobs.last()->state(), StreamJob::State::Queued); // and says so
    for (StreamJob *job : std::as_const(jobs)) {
        const ReplyResult result = ChatHarness::waitFor(job, 30000);
        QVERIFY2(result.end == EndState::Completed, qPrintable(result.error.message));
        QCOMPARE(result.content, u"held"_s);
    }
    QVERIFY(h.server.maxOpenExchanges <= ChatClient::MaxConnectionsPerHost);
    QSignalSpy listed(models.get(), &ModelsJob::finished);
    QVERIFY(models->isFinished() || listed.wait(10000));
    QVERIFY(!models->result().error.isError());
}

QTEST_GUILESS_MAIN(TestChatConnections)
#include "tst_chatconnections.moc"
