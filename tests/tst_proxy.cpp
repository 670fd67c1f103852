// Proxies: requests go through a real HTTP or SOCKS5 proxy on loopback, with credentials, and
// hosts on the bypass list go direct.
#include "support/chatharness.h"

#include "api/modelsjob.h"
#include "api/proxyfactory.h"

#include <QtCore/QtEndian>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

// A SOCKS5 proxy (RFC 1928, with RFC 1929 user/password) that connects every CONNECT to one
// target, whatever host was asked for, and records what it was asked.
class Socks5Proxy final : public QObject
{
public:
    Socks5Proxy(quint16 targetPort, QByteArray user = {}, QByteArray password = {})
        : m_targetPort(targetPort)
        , m_user(std::move(user))
        , m_password(std::move(password))
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                serve(client);
        });
    }
    quint16 port() const { return m_server.serverPort(); }

    QByteArray requestedHost;
    quint16 requestedPort = 0;
    QByteArray givenUser;
    QByteArray givenPassword;
    int connections = 0;

private:
    void serve(QTcpSocket *client)
    {
        ++connections;
        auto buffer = std::make_shared<QByteArray>();
        auto stage = std::make_shared<int>(0); // greeting, credentials, request, relaying
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(client, &QTcpSocket::readyRead, this, [this, client, buffer, stage] {
            buffer->append(client->readAll());
            const auto byte = [&](qsizetype i) { return quint8(buffer->at(i)); };
            if (*stage == 0 && buffer->size() >= 2 && buffer->size() >= 2 + byte(1)) {
                const QByteArray methods = buffer->mid(2, byte(1));
                buffer->remove(0, 2 + byte(1));
                const char wanted = m_user.isEmpty() ? 0 : 2;
                client->write(QByteArray("\x05", 1)
                              + (methods.contains(wanted) ? QByteArray(1, wanted) : "\xff"));
                *stage = wanted == 2 ? 1 : 2;
            }
            if (*stage == 1 && buffer->size() >= 2) {
                const int userLength = byte(1);
                if (buffer->size() < 3 + userLength
                    || buffer->size() < 3 + userLength + byte(2 + userLength))
                    return;
                givenUser = buffer->mid(2, userLength);
                const int passwordLength = byte(2 + userLength);
                givenPassword = buffer->mid(3 + userLength, passwordLength);
                buffer->remove(0, 3 + userLength + passwordLength);
                const bool ok = givenUser == m_user && givenPassword == m_password;
                client->write(QByteArray("\x01", 1) + (ok ? QByteArray(1, 0) : "\x01"));
                if (!ok) {
                    client->disconnectFromHost();
                    return;
                }
                *stage = 2;
            }
            if (*stage == 2 && buffer->size() >= 5) {
                qsizetype addressEnd = 0;
                if (byte(3) == 3) { // a domain name
                    addressEnd = 5 + byte(4);
                    requestedHost = buffer->mid(5, byte(4));
                } else if (byte(3) == 1) {
                    addressEnd = 8;
                    requestedHost = QHostAddress(qFromBigEndian<quint32>(buffer->constData() + 4))
                                            .toString()
                                            .toLatin1();
                } else {
                    client->disconnectFromHost();
                    return;
                }
                if (buffer->size() < addressEnd + 2)
                    return;
                requestedPort = qFromBigEndian<quint16>(buffer->constData() + addressEnd);
                buffer->remove(0, addressEnd + 2);
                *stage = 3;
                auto *upstream = new QTcpSocket(client);
                connect(upstream, &QTcpSocket::connected, client, [client, buffer] {
                    client->write(QByteArray("\x05\x00\x00\x01\x00\x00\x00\x00\x00\x00", 10));
                });
                connect(upstream, &QTcpSocket::readyRead, client,
                        [client, upstream] { client->write(upstream->readAll()); });
                connect(upstream, &QTcpSocket::disconnected, client,
                        [client] { client->disconnectFromHost(); });
                upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
                client->setProperty("upstream", QVariant::fromValue<QObject *>(upstream));
            }
            if (*stage == 3 && !buffer->isEmpty()) {
                auto *upstream =
                        qobject_cast<QTcpSocket *>(client->property("upstream").value<QObject *>());
                if (upstream && upstream->state() == QAbstractSocket::ConnectedState)
                    upstream->write(std::exchange(*buffer, QByteArray()));
                else if (upstream)
                    connect(upstream, &QTcpSocket::connected, client, [upstream, buffer] {
                        upstream->write(std::exchange(*buffer, QByteArray()));
                    });
            }
        });
    }

    QTcpServer m_server;
    quint16 m_targetPort;
    QByteArray m_user;
    QByteArray m_password;
};

void streamHello(Exchange *exchange)
{
    exchange->streamEvents(
            {contentEvent("Hello"), contentEvent(" there"), finishEvent(), doneEvent()});
}

ProxySettings manual(ProxySettings::Mode mode, quint16 port, const QString &user = {},
                     const QString &password = {})
{
    ProxySettings s;
    s.mode = mode;
    s.host = u"127.0.0.1"_s;
    s.port = port;
    s.user = user;
    s.password = password;
    return s;
}

} // namespace

class TestProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bypassList_data();
    void bypassList();
    void bypassEntriesAreChecked();
    void httpProxyCarriesTheRequest();
    void httpProxyGetsTheCredentialsItAsksFor();
    void wrongProxyCredentialsAreSaidSo();
    void socks5ProxyWithCredentials();
    void bypassedHostsGoDirect();
    void noProxyIgnoresTheEnvironment();
    void systemModeFollowsTheEnvironment();
    void aChangeAppliesToTheNextRequest();
    void aKeyGoesOverPlainHttpOnlyWithConsent();
    void aChangeLeavesRepliesInFlightAlone();
};

void TestProxy::bypassList_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("bypassed");
    const QString defaults = u"localhost, 127.0.0.1, ::1"_s;
    QTest::newRow("localhost is on the default list") << defaults << u"localhost"_s << true;
    QTest::newRow("host names ignore case") << defaults << u"LocalHost"_s << true;
    QTest::newRow("the IPv4 loopback") << defaults << u"127.0.0.1"_s << true;
    QTest::newRow("the IPv6 loopback in brackets") << defaults << u"[::1]"_s << true;
    QTest::newRow("another host is not") << defaults << u"api.openai.com"_s << false;
    QTest::newRow("a name that only starts like localhost")
            << defaults << u"localhost.evil.example"_s << false;
    QTest::newRow("a wildcard domain matches a subdomain")
            << u"*.corp.example"_s << u"llm.corp.example"_s << true;
    QTest::newRow("a wildcard domain matches the domain itself")
            << u"*.corp.example"_s << u"corp.example"_s << true;
    QTest::newRow("a wildcard domain does not match a longer name")
            << u"*.corp.example"_s << u"notcorp.example"_s << false;
    QTest::newRow("a leading dot works like a wildcard")
            << u".corp.example"_s << u"a.b.corp.example"_s << true;
    QTest::newRow("a subnet matches its addresses") << u"10.0.0.0/8"_s << u"10.20.30.40"_s << true;
    QTest::newRow("a subnet does not match others") << u"10.0.0.0/8"_s << u"11.0.0.1"_s << false;
    QTest::newRow("an IPv6 subnet") << u"fd00::/8"_s << u"fd12::5"_s << true;
    QTest::newRow("<local> matches a name without a dot") << u"<local>"_s << u"nas"_s << true;
    QTest::newRow("<local> does not match a dotted name")
            << u"<local>"_s << u"nas.example"_s << false;
    QTest::newRow("<local> does not match an address") << u"<local>"_s << u"192.168.1.1"_s << false;
    QTest::newRow("the same address written another way")
            << u"::1"_s << u"0:0:0:0:0:0:0:1"_s << true;
}

void TestProxy::bypassList()
{
    QFETCH(QString, list);
    QFETCH(QString, host);
    QFETCH(bool, bypassed);
    QCOMPARE(ProxyFactory::bypasses(ProxySettings::parseBypass(list), host), bypassed);
}

void TestProxy::bypassEntriesAreChecked()
{
    QCOMPARE(ProxySettings::parseBypass(u" localhost,127.0.0.1;\n*.corp  ::1 "_s),
             QStringList({u"localhost"_s, u"127.0.0.1"_s, u"*.corp"_s, u"::1"_s}));
    for (const QString &good :
         {u"localhost"_s, u"*.corp.example"_s, u"10.0.0.0/8"_s, u"<local>"_s, u"::1"_s})
        QVERIFY2(ProxySettings::checkBypassEntry(good).isEmpty(), qPrintable(good));
    for (const QString &bad : {u"10.0.0.0/99"_s, u"http://host/"_s, u"a b"_s, u"ho$t"_s})
        QVERIFY2(!ProxySettings::checkBypassEntry(bad).isEmpty(), qPrintable(bad));
}

void TestProxy::httpProxyCarriesTheRequest()
{
    ChatHarness h;
    h.server.setHandler(streamHello); // the server plays the proxy
    ProxyFactory::apply(&h.manager, manual(ProxySettings::Mode::Http, h.server.port()));
    ProviderConfig provider = h.provider();
    provider.baseUrl = QUrl(u"http://upstream.parley.invalid:8080/v1"_s);
    provider.keyInClearAllowed = true; // the user said yes to plain http for this key
    StreamJob *job = h.client.startChat(provider, ChatHarness::request(),
                                        ChatHarness::fastSettings(), &h.server);
    const ReplyResult result = ChatHarness::waitFor(job);
    QCOMPARE(result.content, u"Hello there"_s);
    QCOMPARE(h.server.requests.size(), 1);
    // A proxy request names the whole address: no name was looked up on this side.
    QCOMPARE(h.server.requests.first().target,
             QByteArray("http://upstream.parley.invalid:8080/v1/chat/completions"));
    QVERIFY(h.server.requests.first().header("proxy-authorization").isEmpty());
}

// The one check in the core: a key for another computer over plain http fails before anything is
// sent, for chat and /models alike, until the user's yes for that host and key.
void TestProxy::aKeyGoesOverPlainHttpOnlyWithConsent()
{
    ChatHarness h;
    h.server.setHandler(streamHello); // the server plays the proxy, so "upstream" is reached
    ProxyFactory::apply(&h.manager, manual(ProxySettings::Mode::Http, h.server.port()));
    ProviderConfig provider = h.provider();
    QVERIFY(!provider.apiKey.isEmpty());
    provider.baseUrl = QUrl(u"http://upstream.parley.invalid:8080/v1"_s);
    const ReplyResult refused = ChatHarness::waitFor(h.client.startChat(
            provider, ChatHarness::request(), ChatHarness::fastSettings(), &h.server));
    QCOMPARE(refused.error.category, ReplyError::Category::InsecureHttp);
    QVERIFY(refused.error.message.contains(u"upstream.parley.invalid"_s));
    std::unique_ptr<ModelsJob> models(
            h.client.listModels(provider, ChatHarness::fastSettings(), nullptr));
    QSignalSpy listed(models.get(), &ModelsJob::finished);
    QVERIFY(listed.wait(10000));
    QCOMPARE(models->result().error.category, ReplyError::Category::InsecureHttp);
    QVERIFY(h.server.requests.isEmpty()); // nothing was sent
    // Without a key there is nothing to protect; with the user's yes, it goes.
    ProviderConfig keyless = provider;
    keyless.apiKey.clear();
    QCOMPARE(ChatHarness::waitFor(h.client.startChat(keyless, ChatHarness::request(),
                                                     ChatHarness::fastSettings(), &h.server))
                     .content,
             u"Hello there"_s);
    h.client.allowKeyInClear(provider);
    QCOMPARE(ChatHarness::waitFor(h.client.startChat(provider, ChatHarness::request(),
                                                     ChatHarness::fastSettings(), &h.server))
                     .content,
             u"Hello there"_s);
    // The yes is for that host and key only.
    ProviderConfig otherKey = provider;
    otherKey.apiKey = u"sk-another-key-0123456789"_s;
    QCOMPARE(ChatHarness::waitFor(h.client.startChat(otherKey, ChatHarness::request(),
                                                     ChatHarness::fastSettings(), &h.server))
                     .error.category,
             ReplyError::Category::InsecureHttp);
}

void TestProxy::httpProxyGetsTheCredentialsItAsksFor()
{
    ChatHarness h;
    const QByteArray expected = "Basic " + QByteArray("alice:pa ss:w0rd").toBase64();
    h.server.setHandler([&](Exchange *exchange) {
        if (exchange->request().header("proxy-authorization") != expected) {
            exchange->respond(407, "{}", "application/json",
                              {{"Proxy-Authenticate", R"(Basic realm="parley")"}});
            return;
        }
        streamHello(exchange);
    });
    ProxyFactory::apply(
            &h.manager,
            manual(ProxySettings::Mode::Http, h.server.port(), u"alice"_s, u"pa ss:w0rd"_s));
    ProviderConfig provider = h.provider();
    provider.baseUrl = QUrl(u"http://upstream.parley.invalid/v1"_s);
    provider.keyInClearAllowed = true; // the user said yes to plain http for this key
    const ReplyResult result = ChatHarness::waitFor(h.client.startChat(
            provider, ChatHarness::request(), ChatHarness::fastSettings(), &h.server));
    QCOMPARE(result.content, u"Hello there"_s);
    QCOMPARE(h.server.requests.last().header("proxy-authorization"), expected);
}

void TestProxy::wrongProxyCredentialsAreSaidSo()
{
    ChatHarness h;
    h.server.setHandler([](Exchange *exchange) {
        exchange->respond(407, "{}", "application/json",
                          {{"Proxy-Authenticate", R"(Basic realm="parley")"}});
    });
    ProxyFactory::apply(&h.manager,
                        manual(ProxySettings::Mode::Http, h.server.port(), u"alice"_s, u"wrong"_s));
    ProviderConfig provider = h.provider();
    provider.baseUrl = QUrl(u"http://upstream.parley.invalid/v1"_s);
    provider.keyInClearAllowed = true; // the user said yes to plain http for this key
    const ReplyResult result = ChatHarness::waitFor(h.client.startChat(
            provider, ChatHarness::request(), ChatHarness::fastSettings(), &h.server));
    QCOMPARE(result.error.category, ReplyError::Category::Network);
    QVERIFY2(result.error.message.contains(u"proxy"_s), qPrintable(result.error.message));
    QVERIFY(!result.error.message.contains(u"wrong"_s));
}

void TestProxy::socks5ProxyWithCredentials()
{
    ChatHarness h;
    h.server.setHandler(streamHello);
    Socks5Proxy proxy(h.server.port(), "bob", "s3cret");
    ProxyFactory::apply(&h.manager,
                        manual(ProxySettings::Mode::Socks5, proxy.port(), u"bob"_s, u"s3cret"_s));
    ProviderConfig provider = h.provider();
    provider.baseUrl = QUrl(u"http://upstream.parley.invalid:9000/v1"_s);
    provider.keyInClearAllowed = true; // the user said yes to plain http for this key
    const ReplyResult result = ChatHarness::waitFor(h.client.startChat(
            provider, ChatHarness::request(), ChatHarness::fastSettings(), &h.server));
    QCOMPARE(result.content, u"Hello there"_s);
    QCOMPARE(proxy.givenUser, QByteArray("bob"));
    QCOMPARE(proxy.givenPassword, QByteArray("s3cret"));
    // The name is resolved by the proxy, not here.
    QCOMPARE(proxy.requestedHost, QByteArray("upstream.parley.invalid"));
    QCOMPARE(proxy.requestedPort, quint16(9000));
    QCOMPARE(h.server.requests.first().target, QByteArray("/v1/chat/completions"));
}

void TestProxy::bypassedHostsGoDirect()
{
    ChatHarness h;
    h.server.setHandler(streamHello);
    LoopbackServer proxy;
    QVERIFY(proxy.listen());
    proxy.setHandler([](Exchange *exchange) { exchange->respond(502, "{}"); });
    ProxySettings settings = manual(ProxySettings::Mode::Http, proxy.port());
    settings.bypass = ProxySettings::parseBypass(u"localhost, 127.0.0.1, ::1"_s);
    ProxyFactory::apply(&h.manager, settings);
    QCOMPARE(ChatHarness::waitFor(h.start()).content, u"Hello there"_s);
    QCOMPARE(h.server.requests.size(), 1);
    QCOMPARE(proxy.requests.size(), 0);
}

void TestProxy::noProxyIgnoresTheEnvironment()
{
    ChatHarness h;
    h.server.setHandler(streamHello);
    LoopbackServer proxy;
    QVERIFY(proxy.listen());
    proxy.setHandler([](Exchange *exchange) { exchange->respond(502, "{}"); });
    const QByteArray address = "http://127.0.0.1:" + QByteArray::number(proxy.port());
    qputenv("http_proxy", address);
    qputenv("no_proxy", "");
    ProxySettings settings;
    settings.mode = ProxySettings::Mode::None;
    ProxyFactory::apply(&h.manager, settings);
    const ReplyResult result = ChatHarness::waitFor(h.start());
    qunsetenv("http_proxy");
    qunsetenv("no_proxy");
    QCOMPARE(result.content, u"Hello there"_s);
    QCOMPARE(proxy.requests.size(), 0);
}

void TestProxy::systemModeFollowsTheEnvironment()
{
    ChatHarness h;
    LoopbackServer proxy;
    QVERIFY(proxy.listen());
    proxy.setHandler(streamHello);
    qputenv("http_proxy", "http://127.0.0.1:" + QByteArray::number(proxy.port()));
    qputenv("no_proxy", "");
    ProxyFactory::apply(&h.manager, ProxySettings{}); // the system's settings, an empty bypass
    ProviderConfig provider = h.provider();
    provider.baseUrl = QUrl(u"http://upstream.parley.invalid/v1"_s);
    provider.keyInClearAllowed = true; // the user said yes to plain http for this key
    const ReplyResult result = ChatHarness::waitFor(h.client.startChat(
            provider, ChatHarness::request(), ChatHarness::fastSettings(), &h.server));
    qunsetenv("http_proxy");
    qunsetenv("no_proxy");
    QCOMPARE(result.content, u"Hello there"_s);
    QCOMPARE(proxy.requests.size(), 1);
    QCOMPARE(proxy.requests.first().target,
             QByteArray("http://upstream.parley.invalid/v1/chat/completions"));
}

// The bug: applying a proxy cleared Qt's connection cache, which waits on the network thread from
// the GUI thread and tears down the streams in flight.
void TestProxy::aChangeLeavesRepliesInFlightAlone()
{
    ChatHarness h;
    h.server.setHandler([](Exchange *e) {
        QList<QByteArray> events;
        for (int i = 0; i < 10; ++i)
            events.append(contentEvent("tick "));
        events.append(finishEvent());
        events.append(doneEvent());
        e->streamEvents(events, 60);
    });
    ProxyFactory::apply(&h.manager, ProxySettings{});
    StreamJob *job = h.client.startChat(h.provider(), ChatHarness::request(),
                                        ChatHarness::fastSettings(), &h.server);
    QSignalSpy content(job, &StreamJob::contentReceived);
    QVERIFY(content.wait(10000)); // streaming
    // A proxy that does not exist: only requests made from now on would use it.
    ProxyFactory::apply(&h.manager, manual(ProxySettings::Mode::Http, 9));
    const ReplyResult result = ChatHarness::waitFor(job);
    QCOMPARE(result.end, EndState::Completed);
    QCOMPARE(result.content.count(u"tick"_s), 10);
}

void TestProxy::aChangeAppliesToTheNextRequest()
{
    ChatHarness h;
    h.server.setHandler(streamHello);
    LoopbackServer proxy;
    QVERIFY(proxy.listen());
    proxy.setHandler(streamHello);
    ProxyFactory::apply(&h.manager, manual(ProxySettings::Mode::Http, proxy.port()));
    QCOMPARE(ChatHarness::waitFor(h.start()).content, u"Hello there"_s);
    QCOMPARE(proxy.requests.size(), 1);
    ProxySettings none;
    none.mode = ProxySettings::Mode::None;
    ProxyFactory::apply(&h.manager, none);
    QCOMPARE(ChatHarness::waitFor(h.start()).content, u"Hello there"_s);
    QCOMPARE(proxy.requests.size(), 1); // the kept-alive proxy connection was not reused
    QCOMPARE(h.server.requests.size(), 1);
}

QTEST_GUILESS_MAIN(TestProxy)
#include "tst_proxy.moc"
