// One rule turns every base URL people paste into the same request URLs.
#include "api/endpoint.h"

#include <QtTest/QTest>

using namespace Qt::Literals::StringLiterals;

class TestEndpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalize_data();
    void normalize();
    void loopback();
};

void TestEndpoint::normalize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("chat");
    QTest::addColumn<QString>("models");
    auto row = [](const char *name, const char *input, const char *chat, const char *models) {
        QTest::newRow(name) << QString::fromUtf8(input) << QString::fromUtf8(chat)
                            << QString::fromUtf8(models);
    };
    row("with /v1", "https://api.example.com/v1", "https://api.example.com/v1/chat/completions",
        "https://api.example.com/v1/models");
    row("with /v1/", "https://api.example.com/v1/", "https://api.example.com/v1/chat/completions",
        "https://api.example.com/v1/models");
    row("host only", "https://api.example.com", "https://api.example.com/v1/chat/completions",
        "https://api.example.com/v1/models");
    row("host and slash", "https://api.example.com/", "https://api.example.com/v1/chat/completions",
        "https://api.example.com/v1/models");
    row("full chat URL pasted", "https://api.example.com/v1/chat/completions",
        "https://api.example.com/v1/chat/completions", "https://api.example.com/v1/models");
    row("models URL pasted", "https://api.example.com/v1/models/",
        "https://api.example.com/v1/chat/completions", "https://api.example.com/v1/models");
    row("Ollama", "http://localhost:11434/v1", "http://localhost:11434/v1/chat/completions",
        "http://localhost:11434/v1/models");
    row("LM Studio", "http://localhost:1234/v1", "http://localhost:1234/v1/chat/completions",
        "http://localhost:1234/v1/models");
    row("OpenRouter", "https://openrouter.ai/api/v1",
        "https://openrouter.ai/api/v1/chat/completions", "https://openrouter.ai/api/v1/models");
    row("a gateway path without v1 is kept",
        "https://generativelanguage.googleapis.com/v1beta/openai/",
        "https://generativelanguage.googleapis.com/v1beta/openai/chat/completions",
        "https://generativelanguage.googleapis.com/v1beta/openai/models");
    row("spaces around", "  https://api.example.com/v1  ",
        "https://api.example.com/v1/chat/completions", "https://api.example.com/v1/models");
    row("query and fragment dropped", "https://api.example.com/v1?x=1#y",
        "https://api.example.com/v1/chat/completions", "https://api.example.com/v1/models");
    row("no scheme means http(s) from user input", "api.example.com/v1",
        "http://api.example.com/v1/chat/completions", "http://api.example.com/v1/models");
}

void TestEndpoint::normalize()
{
    QFETCH(QString, input);
    QFETCH(QString, chat);
    QFETCH(QString, models);
    const QUrl base = Endpoint::normalizeBaseUrl(input);
    QVERIFY(base.isValid());
    QCOMPARE(Endpoint::chatCompletionsUrl(base).toString(), chat);
    QCOMPARE(Endpoint::modelsUrl(base).toString(), models);
    QCOMPARE(Endpoint::normalizeBaseUrl(base.toString()), base); // idempotent
}

void TestEndpoint::loopback()
{
    QVERIFY(!Endpoint::normalizeBaseUrl(u"ftp://example.com"_s).isValid());
    QVERIFY(!Endpoint::normalizeBaseUrl(u""_s).isValid());
    QVERIFY(Endpoint::isLoopback(QUrl(u"http://localhost:1234/v1"_s)));
    QVERIFY(Endpoint::isLoopback(QUrl(u"http://127.0.0.5/v1"_s)));
    QVERIFY(Endpoint::isLoopback(QUrl(u"http://[::1]:8080/v1"_s)));
    QVERIFY(!Endpoint::isLoopback(QUrl(u"http://192.168.1.2/v1"_s)));
    QVERIFY(!Endpoint::isLoopback(QUrl(u"http://localhost.example.com/v1"_s)));
}

QTEST_GUILESS_MAIN(TestEndpoint)
#include "tst_endpoint.moc"
