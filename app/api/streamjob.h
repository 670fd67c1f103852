#pragma once

#include "chatrequest.h"
#include "providerconfig.h"
#include "replyaccumulator.h"
#include "replyresult.h"
#include "sse/sseparser.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QTimer>

class QNetworkAccessManager;
class QNetworkReply;

// One streaming chat completion: the request, its retries, and the reply as it grows. Created by
// ChatClient::startChat(), parented to whoever wants the answer. It starts on the next turn of
// the event loop (so its signals can be connected first), possibly after waiting in its
// provider's queue. finished() is emitted exactly once, with the partial text in every case.
// Delete it with deleteLater() from its own signals; deleting a running job aborts it.
class StreamJob final : public QObject, private SseHandler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamJob)

public:
    enum class State {
        Queued, // waiting for a free stream at this provider
        Connecting, // the request is on its way
        Waiting, // sent; no answer yet
        Streaming, // the reply is arriving
        Retrying, // waiting before the next attempt
        Finished,
    };
    Q_ENUM(State)

    // Made by ChatClient::startChat(), which admits it when its provider and host have room.
    StreamJob(QNetworkAccessManager *manager, const ProviderConfig &provider,
              const ChatRequest &request, const StreamSettings &settings, bool includeUsage,
              QObject *parent);
    ~StreamJob() override;

    // Leaves the queue: Connecting now, the request goes out on the next turn of the event loop.
    void admit();
    const ProviderConfig &provider() const { return m_provider; }

    State state() const { return m_state; }
    bool isFinished() const { return m_state == State::Finished; }
    // Remaining wait while Retrying, in ms.
    int retryRemainingMs() const;
    const ReplyResult &result() const { return m_result; }
    QString providerId() const { return m_provider.queueId(); }

    // The user stops the reply: it ends as Stopped with what has arrived; the connection is closed.
    void cancel();

Q_SIGNALS:
    void stateChanged(StreamJob::State state);
    void retryScheduled(int retry, int delayMs, const ReplyError &cause);
    void contentReceived(const QString &delta);
    void reasoningReceived(const QString &delta);
    void noteReceived(const QString &type, const QString &text);
    void usageReceived(const Usage &usage);
    void streamOptionsRejected(); // the provider refused stream_options; asked again without
    void finished(const ReplyResult &result);

private:
    enum class TimerPurpose {
        None,
        Connect,
        FirstByte,
        Idle,
        RetryWait,
        AfterDone,
    };

    void begin(); // called by the client when a stream slot is free
    void startAttempt();
    void setState(State state);
    void armTimer(TimerPurpose purpose, int ms);
    void onTimer();
    void onRequestSent();
    void onMetaDataChanged();
    void onReadyRead();
    void onReplyFinished();
    void readBody();
    void handleJsonBody();
    void handleHttpError(int status);
    void handleTransportError();
    bool tryRetry(const ReplyError &cause, int httpStatus);
    void dropReply();
    void finish(EndState end, const ReplyError &error = {});
    void fail(const ReplyError &error) { finish(EndState::Failed, error); }
    bool hasTokens() const { return !m_result.content.isEmpty() || !m_result.reasoning.isEmpty(); }

    void emitAdded(const ReplyAccumulator::Added &added);

    // SseHandler
    void eventDispatched(const SseEvent &event) override;
    void commentReceived(QByteArrayView text) override;

    enum class BodyMode {
        Unknown,
        EventStream,
        Json,
        Error,
    };

    QNetworkAccessManager *m_manager;
    ProviderConfig m_provider;
    ChatRequest m_request;
    StreamSettings m_settings;
    bool m_includeUsage;
    bool m_streamOptionsFallbackTried = false;

    QPointer<QNetworkReply> m_reply;
    SseParser m_sse;
    QByteArray m_body; // an error body, or a JSON completion
    BodyMode m_mode = BodyMode::Unknown;
    int m_httpStatus = 0;
    bool m_sawDone = false;
    bool m_sawFinishReason = false;
    bool m_streamError = false;

    QTimer m_timer;
    TimerPurpose m_timerPurpose = TimerPurpose::None;
    QElapsedTimer m_clock;
    State m_state = State::Queued;
    ReplyResult m_result;
    ReplyAccumulator m_accumulator; // the only writer of m_result's text and timings
};
