#include "activereply.h"

#include "api/streamjob.h"

ActiveReply::ActiveReply(qint64 messageId, qint64 conversationId, const ReplyTarget &target,
                         StreamJob *job, QObject *parent)
    : QObject(parent)
    , m_messageId(messageId)
    , m_conversationId(conversationId)
    , m_target(target)
    , m_job(job)
{
    job->setParent(this);
    connect(job, &StreamJob::contentReceived, this, &ActiveReply::takeContent);
    connect(job, &StreamJob::reasoningReceived, this, &ActiveReply::takeReasoning);
    connect(job, &StreamJob::stateChanged, this, &ActiveReply::jobStateChanged);
    connect(job, &StreamJob::finished, this, &ActiveReply::jobFinished);
}

// The session cancels a running reply (and so saves its partial text) before deleting it.
ActiveReply::~ActiveReply() = default;

const ReplyResult &ActiveReply::received() const
{
    static const ReplyResult none;
    return m_job ? m_job->result() : none;
}

void ActiveReply::cancel()
{
    if (m_job)
        m_job->cancel(); // finished() follows at once, with the partial text
}

void ActiveReply::takeContent(const QString &delta)
{
    m_pendingContent += delta;
    m_dirty = true;
    Q_EMIT textArrived(m_messageId);
}

void ActiveReply::takeReasoning(const QString &delta)
{
    m_pendingReasoning += delta;
    m_dirty = true;
    Q_EMIT textArrived(m_messageId);
}

void ActiveReply::jobStateChanged()
{
    Q_EMIT stateChanged(m_messageId);
}

void ActiveReply::jobFinished(const ReplyResult &result)
{
    Q_EMIT finished(m_messageId, result);
}
