#include "streamjob.h"

#include "chatclient.h"
#include "chunkdecoder.h"
#include "endpoint.h"
#include "jsonreader.h"
#include "logging.h"
#include "providerrequest.h"
#include "redact.h"

#include <QtCore/QDateTime>
#include <QtCore/QRandomGenerator>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qsizetype MaxErrorBody = 64 * 1024;
constexpr int AfterDoneGraceMs = 2000; // a server that keeps the body open after [DONE]

// Broken HTTP, or a body Qt cannot decode (a corrupt gzip stream is an UnknownContentError):
// deterministic, so never retried.
bool isProtocolError(QNetworkReply::NetworkError code)
{
    return code == QNetworkReply::ProtocolFailure || code == QNetworkReply::ProtocolUnknownError
            || code == QNetworkReply::ProtocolInvalidOperationError
            || code == QNetworkReply::UnknownContentError;
}

bool mentionsStreamOptions(const QByteArray &body)
{
    const QByteArray lower = body.toLower();
    return lower.contains("stream_options") || lower.contains("include_usage");
}

} // namespace

StreamJob::StreamJob(QNetworkAccessManager *manager, const ProviderConfig &provider,
                     const ChatRequest &request, const StreamSettings &settings, bool includeUsage,
                     QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_provider(provider)
    , m_request(request)
    , m_settings(settings)
    , m_includeUsage(includeUsage)
    , m_sse(this, settings.maxEventSize)
    , m_accumulator(&m_result)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &StreamJob::onTimer);
    m_result.model = request.model;
}

StreamJob::~StreamJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

int StreamJob::retryRemainingMs() const
{
    return m_timerPurpose == TimerPurpose::RetryWait ? m_timer.remainingTime() : 0;
}

void StreamJob::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void StreamJob::armTimer(TimerPurpose purpose, int ms)
{
    m_timerPurpose = purpose;
    m_timer.start(qMax(0, ms));
}

void StreamJob::admit()
{
    if (isFinished())
        return;
    setState(State::Connecting);
    // On the next turn, so whoever created the job can connect to its signals first.
    QMetaObject::invokeMethod(this, &StreamJob::begin, Qt::QueuedConnection);
}

void StreamJob::begin()
{
    if (isFinished())
        return;
    m_clock.start();
    if (m_provider.keyWouldTravelInClear()) {
        fail(ReplyError::insecureHttp(m_provider.baseUrl.host()));
        return;
    }
    startAttempt();
}

void StreamJob::startAttempt()
{
    m_sse.reset();
    m_body.clear();
    m_mode = BodyMode::Unknown;
    m_httpStatus = 0;
    m_sawDone = false;
    m_sawFinishReason = false;

    QNetworkRequest request = ProviderRequest::make(
            m_provider, Endpoint::chatCompletionsUrl(m_provider.baseUrl), "text/event-stream");
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);

    qCDebug(lcApi) << "POST" << request.url().toString(QUrl::RemoveUserInfo) << "model"
                   << m_request.model << "attempt" << m_result.retries + 1;
    m_reply = m_manager->post(
            request,
            m_request.toStreamingJson(m_includeUsage ? ChatRequest::UsageReport::Requested
                                                     : ChatRequest::UsageReport::NotRequested));
    connect(m_reply, &QNetworkReply::requestSent, this, &StreamJob::onRequestSent);
    // The whole body uploaded also means the connection is up, whatever the protocol handler
    // (HTTP/1.1 or HTTP/2) reports, so the connect timeout never runs into a slow first byte.
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        if (total > 0 && sent == total)
            onRequestSent();
    });
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &StreamJob::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &StreamJob::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &StreamJob::onReplyFinished);
    setState(State::Connecting);
    armTimer(TimerPurpose::Connect, m_settings.connectTimeoutMs);
}

void StreamJob::onRequestSent()
{
    if (m_timerPurpose == TimerPurpose::Connect) {
        m_result.timings.sentMs = m_clock.elapsed();
        setState(State::Waiting);
        armTimer(TimerPurpose::FirstByte, m_settings.firstByteTimeoutMs);
    }
}

void StreamJob::onMetaDataChanged()
{
    if (!m_reply)
        return;
    m_httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_result.timings.firstByteMs < 0 || m_result.timings.firstByteMs < m_result.timings.sentMs)
        m_result.timings.firstByteMs = m_clock.elapsed(); // of the attempt that answered
    if (m_timerPurpose == TimerPurpose::Connect || m_timerPurpose == TimerPurpose::FirstByte)
        armTimer(TimerPurpose::Idle, m_settings.idleTimeoutMs);
    if (m_httpStatus >= 200 && m_httpStatus < 300)
        setState(State::Streaming);
}

void StreamJob::onReadyRead()
{
    if (m_timerPurpose == TimerPurpose::Connect || m_timerPurpose == TimerPurpose::FirstByte
        || m_timerPurpose == TimerPurpose::Idle)
        armTimer(TimerPurpose::Idle, m_settings.idleTimeoutMs); // any byte, keep-alives too
    readBody();
}

void StreamJob::readBody()
{
    if (!m_reply || isFinished())
        return;
    if (m_httpStatus == 0)
        m_httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray bytes = m_reply->readAll();
    if (bytes.isEmpty())
        return;

    if (m_mode == BodyMode::Unknown) {
        if (m_httpStatus < 200 || m_httpStatus >= 300) {
            m_mode = BodyMode::Error;
        } else {
            // Sniff rather than trust Content-Type: proxies label streams application/json or
            // text/plain, and a proxy that strips streaming sends one JSON object.
            m_body += bytes;
            const QByteArrayView start = QByteArrayView(m_body).trimmed();
            if (start.isEmpty())
                return; // only whitespace so far
            const char c = start.front();
            m_mode = (c == '{' || c == '[') ? BodyMode::Json : BodyMode::EventStream;
            if (m_mode == BodyMode::EventStream) {
                const QByteArray pending = std::exchange(m_body, {});
                if (!m_sse.feed(pending) && !isFinished())
                    fail(ReplyError::protocol(m_sse.errorString()));
            } else if (m_body.size() > m_settings.maxEventSize) {
                fail(ReplyError::protocol(
                        tr("the JSON reply is larger than %1 bytes").arg(m_settings.maxEventSize)));
            }
            return;
        }
    }
    switch (m_mode) {
    case BodyMode::EventStream:
        if (!m_sse.feed(bytes) && !isFinished())
            fail(ReplyError::protocol(m_sse.errorString()));
        break;
    case BodyMode::Json:
        m_body += bytes;
        if (m_body.size() > m_settings.maxEventSize)
            fail(ReplyError::protocol(
                    tr("the JSON reply is larger than %1 bytes").arg(m_settings.maxEventSize)));
        break;
    case BodyMode::Error:
        if (m_body.size() < MaxErrorBody)
            m_body += bytes.left(MaxErrorBody - m_body.size());
        break;
    case BodyMode::Unknown:
        break;
    }
}

void StreamJob::eventDispatched(const SseEvent &event)
{
    if (isFinished() || m_sawDone)
        return;
    if (event.type == "message") {
        const StreamChunk chunk = ChunkDecoder::decodeEvent(event.data);
        switch (chunk.kind) {
        case StreamChunk::Kind::Done:
            m_sawDone = true;
            armTimer(TimerPurpose::AfterDone, AfterDoneGraceMs);
            return;
        case StreamChunk::Kind::Error:
            fail(ReplyError::fromProviderError(chunk.error));
            return;
        case StreamChunk::Kind::Malformed:
            ++m_result.malformedEvents;
            qCDebug(lcApi) << "skipped a malformed event of" << event.data.size() << "bytes";
            return;
        case StreamChunk::Kind::Delta:
            break;
        }
        if (!chunk.finishReason.isEmpty())
            m_sawFinishReason = true;
        emitAdded(m_accumulator.add(chunk, m_clock.elapsed()));
        return;
    }
    if (event.type == "error") {
        ProviderError error = ChunkDecoder::decodeError(event.data);
        if (error.isEmpty())
            error.message =
                    ReplyError::summarizeBody(event.data, "text/plain", m_provider.secrets());
        fail(ReplyError::fromProviderError(error));
        return;
    }
    if (event.type == "done") {
        m_sawDone = true;
        armTimer(TimerPurpose::AfterDone, AfterDoneGraceMs);
        return;
    }
    if (event.type == "ping" || event.type == "keepalive" || event.type == "heartbeat")
        return; // activity only
    const QString type = QString::fromUtf8(event.type);
    const QString text = ReplyError::summarizeBody(ChunkDecoder::decodeNote(event.data).toUtf8(),
                                                   "text/plain", m_provider.secrets());
    m_result.notes.append(type + u": "_s + text);
    Q_EMIT noteReceived(type, text);
}

void StreamJob::emitAdded(const ReplyAccumulator::Added &added)
{
    if (!added.reasoning.isEmpty())
        Q_EMIT reasoningReceived(added.reasoning);
    if (!added.content.isEmpty())
        Q_EMIT contentReceived(added.content);
    if (added.usage)
        Q_EMIT usageReceived(m_result.usage);
}

void StreamJob::commentReceived(QByteArrayView)
{
    // Keep-alives: the idle timer was already restarted by the read that brought them.
}

void StreamJob::onReplyFinished()
{
    if (!m_reply || isFinished())
        return;
    readBody();
    if (isFinished())
        return;
    const QNetworkReply::NetworkError error = m_reply->error();
    if (m_httpStatus == 0)
        m_httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    if (m_httpStatus >= 300 && m_httpStatus < 400) {
        fail(ReplyError::redirectedReply(m_reply));
        return;
    }
    if (m_httpStatus >= 400 || (m_httpStatus > 0 && m_httpStatus < 200)) {
        handleHttpError(m_httpStatus);
        return;
    }
    if (m_httpStatus == 0) {
        handleTransportError();
        return;
    }

    // A 2xx response has ended, cleanly or not.
    if (m_mode == BodyMode::Json) {
        handleJsonBody();
        return;
    }
    m_sse.finish();
    if (m_sawDone || m_sawFinishReason) {
        finish(EndState::Completed);
        return;
    }
    ReplyError cause;
    if (error != QNetworkReply::NoError) {
        const QString detail = m_reply->errorString();
        cause = isProtocolError(error) ? ReplyError::protocol(detail) : ReplyError::network(detail);
        if (cause.category == ReplyError::Category::Protocol) {
            fail(cause); // e.g. a broken gzip stream
            return;
        }
        if (tryRetry(cause, 0))
            return;
    }
    finish(EndState::Incomplete, cause);
}

void StreamJob::handleJsonBody()
{
    const StreamChunk chunk = ChunkDecoder::decodeCompletion(m_body);
    if (chunk.kind == StreamChunk::Kind::Error) {
        fail(ReplyError::fromProviderError(chunk.error));
        return;
    }
    if (chunk.kind == StreamChunk::Kind::Malformed) {
        fail(ReplyError::protocol(tr("the reply is neither an event stream nor valid JSON")));
        return;
    }
    emitAdded(m_accumulator.add(chunk, m_clock.elapsed()));
    finish(chunk.finishReason.isEmpty() && chunk.content.isEmpty() ? EndState::Incomplete
                                                                   : EndState::Completed);
}

void StreamJob::handleHttpError(int status)
{
    const QByteArray contentType =
            m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    if ((status == 400 || status == 422) && m_includeUsage && !m_streamOptionsFallbackTried
        && mentionsStreamOptions(m_body)) {
        // The server does not know stream_options: ask again without it, once, and remember.
        qCInfo(lcApi) << "provider rejects stream_options; retrying without it";
        m_streamOptionsFallbackTried = true;
        m_includeUsage = false;
        Q_EMIT streamOptionsRejected();
        dropReply();
        startAttempt();
        return;
    }
    ReplyError error = ReplyError::fromHttpStatus(
            status, ReplyError::summarizeBody(m_body, contentType, m_provider.secrets()));
    if (!tryRetry(error, status))
        fail(error);
}

void StreamJob::handleTransportError()
{
    const QNetworkReply::NetworkError code = m_reply->error();
    const QString detail = m_reply->errorString();
    if (code == QNetworkReply::SslHandshakeFailedError) {
        fail(ReplyError::tls(detail)); // fails closed, never retried
        return;
    }
    const ReplyError error =
            isProtocolError(code) ? ReplyError::protocol(detail) : ReplyError::network(detail);
    if (error.category == ReplyError::Category::Network && tryRetry(error, 0))
        return;
    fail(error);
}

bool StreamJob::tryRetry(const ReplyError &cause, int httpStatus)
{
    // Only before the first token: a retry after it would duplicate text and bill twice.
    if (hasTokens())
        return false;
    RetryFacts facts;
    facts.httpStatus = httpStatus;
    if (m_reply) {
        facts.retryAfterMs = m_reply->rawHeader("retry-after-ms");
        facts.retryAfter = m_reply->rawHeader("retry-after");
        facts.shouldRetry = m_reply->rawHeader("x-should-retry");
    }
    facts.now = QDateTime::currentDateTimeUtc();
    facts.jitter = QRandomGenerator::global()->generateDouble();
    const RetryDecision decision = RetryPolicy::decide(m_settings.retry, m_result.retries, facts);
    if (decision.serverDelayTooLong) {
        ReplyError error = cause;
        error.message += u' '
                + tr("The provider asks to wait %n second(s) before trying again.", nullptr,
                     (decision.serverDelayMs + 999) / 1000);
        fail(error);
        return true; // handled
    }
    if (!decision.retry)
        return false;
    ++m_result.retries;
    dropReply();
    qCInfo(lcApi) << "retry" << m_result.retries << "in" << decision.delayMs << "ms after"
                  << ReplyError::categoryName(cause.category) << httpStatus;
    setState(State::Retrying);
    armTimer(TimerPurpose::RetryWait, decision.delayMs);
    Q_EMIT retryScheduled(m_result.retries, decision.delayMs, cause.redacted(m_provider.secrets()));
    return true;
}

void StreamJob::onTimer()
{
    const TimerPurpose purpose = std::exchange(m_timerPurpose, TimerPurpose::None);
    switch (purpose) {
    case TimerPurpose::Connect: {
        const ReplyError error = ReplyError::timedOut(ReplyError::TimeoutKind::Connect,
                                                      m_settings.connectTimeoutMs / 1000);
        dropReply();
        if (!tryRetry(error, 0))
            fail(error);
        break;
    }
    case TimerPurpose::FirstByte:
        fail(ReplyError::timedOut(ReplyError::TimeoutKind::FirstByte,
                                  m_settings.firstByteTimeoutMs / 1000));
        break;
    case TimerPurpose::Idle:
        fail(ReplyError::timedOut(ReplyError::TimeoutKind::Idle, m_settings.idleTimeoutMs / 1000));
        break;
    case TimerPurpose::RetryWait:
        startAttempt();
        break;
    case TimerPurpose::AfterDone:
        finish(EndState::Completed);
        break;
    case TimerPurpose::None:
        break;
    }
}

void StreamJob::dropReply()
{
    m_timer.stop();
    m_timerPurpose = TimerPurpose::None;
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    if (reply->isRunning())
        reply->abort(); // closes the connection: the server sees the stop at once
    reply->deleteLater();
}

void StreamJob::cancel()
{
    if (isFinished())
        return;
    finish(EndState::Stopped);
}

void StreamJob::finish(EndState end, const ReplyError &error)
{
    if (isFinished())
        return;
    dropReply();
    m_result.end = end;
    // Every text that leaves the network layer: without the key sent, whatever the server echoed.
    m_result.error = error.redacted(m_provider.secrets());
    m_result.model = Redact::secrets(m_result.model, m_provider.secrets());
    m_result.totalMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    m_result.timings.endMs = m_result.totalMs;
    qCInfo(lcApi).noquote() << "reply ended:" << int(end)
                            << ReplyError::categoryName(error.category) << "after"
                            << m_result.totalMs << "ms," << m_result.content.size() << "chars,"
                            << m_result.retries << "retries";
    setState(State::Finished);
    Q_EMIT finished(m_result);
}
