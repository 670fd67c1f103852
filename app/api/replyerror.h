#pragma once

#include "streamchunk.h"

#include <QtCore/QByteArrayView>
#include <QtCore/QCoreApplication>
#include <QtCore/QString>

class QNetworkReply;

// Why a reply failed, in a category a program can act on and a message a person can act on.
// Messages never contain a key: everything from a server passes through Redact first.
struct ReplyError
{
    Q_DECLARE_TR_FUNCTIONS(ReplyError)

public:
    enum class Category {
        None,
        InvalidKey, // 401, 403
        NotFound, // 404: model or endpoint
        BadRequest, // 400, 422
        RateLimited, // 429
        Overloaded, // 529, overloaded_error
        ServerError, // other 5xx, errors reported inside a stream
        Timeout,
        Network, // DNS, refused, reset
        Tls,
        Redirected,
        Protocol, // over-limit line, decompression failure, broken HTTP
        InsecureHttp, // the key would go over plain http, and the user has not agreed
    };
    enum class TimeoutKind {
        None,
        Connect,
        FirstByte,
        Idle,
    };

    Category category = Category::None;
    QString message; // what happened and what to do, translated
    QString providerMessage; // the provider's own words, redacted, one line
    int httpStatus = 0;
    TimeoutKind timeout = TimeoutKind::None;
    QString redirectHost;

    bool isError() const { return category != Category::None; }
    // The same error with these secrets, and anything shaped like one, taken out of its texts.
    ReplyError redacted(const QStringList &secrets) const;

    static ReplyError fromHttpStatus(int status, const QString &providerMessage);
    static ReplyError fromProviderError(const ProviderError &error);
    static ReplyError timedOut(TimeoutKind kind, int seconds);
    static ReplyError redirected(int status, const QString &host);
    // The redirect a reply answered with, naming where it points (host and port): the one way
    // chat, /models and inspect --url describe a redirect they did not follow.
    static ReplyError redirectedReply(const QNetworkReply *reply);
    static ReplyError network(const QString &detail);
    static ReplyError tls(const QString &detail);
    static ReplyError protocol(const QString &detail);
    static ReplyError insecureHttp(const QString &host);

    // A short, plain, one-line summary of an error response body (JSON error, HTML page or text);
    // it is only ever shown as text, never rendered. Secrets are redacted.
    static QString summarizeBody(QByteArrayView body, QByteArrayView contentType,
                                 const QStringList &secrets = {});
    static QString categoryName(Category category); // stable, for logs and the CLI
};
