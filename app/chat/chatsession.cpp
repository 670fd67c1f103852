#include "chatsession.h"

#include "api/chatclient.h"
#include "api/streamjob.h"
#include "storage/historystore.h"

using namespace Qt::Literals::StringLiterals;

namespace {

MessageState stateFor(EndState end)
{
    switch (end) {
    case EndState::Completed:
        return MessageState::Complete;
    case EndState::Stopped:
        return MessageState::Stopped;
    case EndState::Incomplete:
        return MessageState::Incomplete;
    case EndState::Failed:
        return MessageState::Failed;
    }
    return MessageState::Failed;
}

QString titleFrom(const QString &text)
{
    QString title = text.simplified();
    if (title.size() > 48)
        title = title.left(47).trimmed() + u'…';
    return title;
}

} // namespace

ChatSession::ChatSession(ChatClient *client, HistoryStore *store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_outbox(store)
{
    m_model.setTree(&m_tree);
    m_frameTimer.setInterval(16);
    m_frameTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_frameTimer, &QTimer::timeout, this, &ChatSession::flushFrame);
    connect(&m_outbox, &HistoryOutbox::failed, this, &ChatSession::storageFailed);
    connect(&m_outbox, &HistoryOutbox::written, this, [this] {
        Q_EMIT storageRecovered();
        Q_EMIT conversationListChanged();
    });
    connect(&m_outbox, &HistoryOutbox::conversationSaved, this,
            [this](qint64 temporary, qint64 id) {
                for (Reply &r : m_replies)
                    if (r.conversationId == temporary)
                        r.conversationId = id;
                if (m_conversationId == temporary) {
                    m_conversationId = id;
                    Q_EMIT conversationChanged(id);
                }
            });
    m_checkpointTimer.setInterval(1000);
    connect(&m_checkpointTimer, &QTimer::timeout, this, &ChatSession::checkpoint);
    m_statusTimer.setInterval(250);
    connect(&m_statusTimer, &QTimer::timeout, this, [this] {
        for (auto it = m_replies.cbegin(); it != m_replies.cend(); ++it)
            updateStatus(it.key());
    });
}

ChatSession::~ChatSession()
{
    // Hand the partial replies to the history before the jobs go.
    const QList<qint64> ids = m_replies.keys();
    for (qint64 id : ids) {
        if (StreamJob *job = m_replies.value(id).job)
            job->cancel();
    }
}

void ChatSession::setSampling(std::optional<double> temperature, std::optional<double> topP,
                              std::optional<int> maxTokens)
{
    m_temperature = temperature;
    m_topP = topP;
    m_maxTokens = maxTokens;
}

void ChatSession::newConversation()
{
    m_conversationId = 0;
    m_tree.reset({}, 0);
    m_model.setTree(&m_tree);
    Q_EMIT conversationChanged(0);
}

bool ChatSession::openConversation(qint64 id)
{
    QStringList problems;
    const QList<StoredMessage> messages = m_store->messages(id, &problems);
    const ConversationInfo info = m_store->conversation(id);
    if (info.id == 0)
        return false;
    m_conversationId = id;
    m_tree.reset(messages, info.activeLeafId);
    // Replies of this conversation still streaming keep their live text.
    for (auto it = m_replies.cbegin(); it != m_replies.cend(); ++it) {
        if (it->conversationId != id)
            continue;
        if (StoredMessage *m = m_tree.find(it.key()); m && it->job) {
            m->content = it->job->result().content + it->pendingContent;
            m->reasoning = it->job->result().reasoning + it->pendingReasoning;
            m->state = MessageState::Streaming;
        }
    }
    m_model.setTree(&m_tree);
    if (!problems.isEmpty())
        Q_EMIT storageFailed(tr("Some messages of this conversation could not be read and are "
                                "not shown: %1")
                                     .arg(problems.join(u"; "_s)));
    Q_EMIT conversationChanged(id);
    return true;
}

qint64 ChatSession::ensureConversation(const QString &firstText)
{
    if (m_conversationId)
        return m_conversationId;
    // Negative while the history refuses it: it is created as soon as it accepts writes.
    m_conversationId = m_outbox.addConversation(titleFrom(firstText));
    if (m_conversationId > 0) {
        Q_EMIT conversationChanged(m_conversationId);
        Q_EMIT conversationListChanged();
    }
    return m_conversationId;
}

// Saves a new message; when the history cannot take it, it lives on screen with a temporary
// negative id, the user is told, and the outbox writes it as soon as the history takes writes.
qint64 ChatSession::store(StoredMessage &message)
{
    message.conversationId = m_conversationId;
    if (!message.createdAt.isValid())
        message.createdAt = QDateTime::currentDateTime();
    message.id = m_outbox.addMessage(message);
    m_tree.add(message);
    m_outbox.setActiveLeaf(m_conversationId, message.id);
    return message.id;
}

bool ChatSession::send(const QString &text)
{
    if (text.trimmed().isEmpty())
        return false;
    ensureConversation(text);
    StoredMessage user;
    user.parentId = m_tree.activeLeaf();
    user.role = u"user"_s;
    user.content = text;
    store(user);
    showActivePath();
    startReply(user.id);
    Q_EMIT conversationListChanged();
    return true;
}

void ChatSession::regenerate(qint64 assistantId)
{
    const StoredMessage *old = m_tree.find(assistantId);
    if (!old || old->role != "assistant"_L1 || m_replies.contains(assistantId))
        return;
    startReply(old->parentId);
}

void ChatSession::editAndResend(qint64 userId, const QString &text)
{
    const StoredMessage *old = m_tree.find(userId);
    if (!old || old->role != "user"_L1 || text.trimmed().isEmpty())
        return;
    StoredMessage user;
    user.parentId = old->parentId;
    user.role = u"user"_s;
    user.content = text;
    store(user);
    showActivePath();
    startReply(user.id);
}

void ChatSession::switchVersion(qint64 messageId, int steps)
{
    if (const qint64 leaf = m_tree.switchSibling(messageId, steps)) {
        if (m_conversationId)
            m_outbox.setActiveLeaf(m_conversationId, leaf);
        showActivePath();
    }
}

void ChatSession::showActivePath()
{
    m_model.rebuild();
}

QList<ChatMessage> ChatSession::historyUpTo(qint64 messageId) const
{
    QList<ChatMessage> history;
    QList<qint64> ids;
    for (qint64 at = messageId; at != 0;) {
        const StoredMessage *m = m_tree.find(at);
        if (!m)
            break;
        ids.prepend(at);
        at = m->parentId;
    }
    if (!m_systemPrompt.trimmed().isEmpty())
        history.append({u"system"_s, m_systemPrompt});
    for (qint64 id : std::as_const(ids)) {
        const StoredMessage *m = m_tree.find(id);
        // Failed replies with no text would only confuse the model: leave them out.
        if (m->role == "assistant"_L1 && m->content.isEmpty())
            continue;
        history.append({m->role, m->content});
    }
    return history;
}

void ChatSession::startReply(qint64 parentId)
{
    StoredMessage placeholder;
    placeholder.parentId = parentId;
    placeholder.role = u"assistant"_s;
    placeholder.model = m_modelName;
    placeholder.state = MessageState::Streaming;
    const qint64 id = store(placeholder);
    showActivePath();

    ChatRequest request;
    request.model = m_modelName;
    request.messages = historyUpTo(parentId);
    request.temperature = m_temperature;
    request.topP = m_topP;
    request.maxTokens = m_maxTokens;
    StreamJob *job = m_client->startChat(m_provider, request, m_settings, this);
    Reply &reply = m_replies[id];
    reply.job = job;
    reply.conversationId = m_conversationId;
    m_model.setAwaitingFirstToken(id, true);
    updateStatus(id);

    connect(job, &StreamJob::contentReceived, this, [this, id](const QString &delta) {
        Reply &r = m_replies[id];
        r.pendingContent += delta;
        r.dirty = true;
        if (!m_frameTimer.isActive())
            m_frameTimer.start();
    });
    connect(job, &StreamJob::reasoningReceived, this, [this, id](const QString &delta) {
        Reply &r = m_replies[id];
        r.pendingReasoning += delta;
        r.dirty = true;
        if (!m_frameTimer.isActive())
            m_frameTimer.start();
    });
    connect(job, &StreamJob::stateChanged, this, [this, id] { updateStatus(id); });
    connect(job, &StreamJob::finished, this,
            [this, id](const ReplyResult &result) { finishReply(id, result); });
    if (!m_checkpointTimer.isActive())
        m_checkpointTimer.start();
    m_statusTimer.start();
    Q_EMIT replyStarted(id);
}

void ChatSession::updateStatus(qint64 id)
{
    const Reply r = m_replies.value(id);
    QString status;
    if (r.job) {
        switch (r.job->state()) {
        case StreamJob::State::Queued:
            status = tr("queued");
            break;
        case StreamJob::State::Retrying:
            status = tr("retrying in %n s", nullptr, (r.job->retryRemainingMs() + 999) / 1000);
            break;
        default:
            break;
        }
    }
    if (r.conversationId == m_conversationId)
        m_model.setStatus(id, status);
}

void ChatSession::flushFrame()
{
    bool any = false;
    for (auto it = m_replies.begin(); it != m_replies.end(); ++it) {
        Reply &r = it.value();
        if (r.pendingContent.isEmpty() && r.pendingReasoning.isEmpty())
            continue;
        any = true;
        StoredMessage *m = r.conversationId == m_conversationId ? m_tree.find(it.key()) : nullptr;
        QList<int> roles;
        if (!r.pendingContent.isEmpty()) {
            if (m)
                m->content += r.pendingContent;
            r.pendingContent.clear();
            roles.append(ConversationModel::ContentRole);
        }
        if (!r.pendingReasoning.isEmpty()) {
            if (m)
                m->reasoning += r.pendingReasoning;
            r.pendingReasoning.clear();
            roles.append(ConversationModel::ReasoningRole);
        }
        if (m) {
            m_model.setAwaitingFirstToken(it.key(), false);
            m_model.messageChanged(it.key(), roles);
        }
    }
    if (!any)
        m_frameTimer.stop();
}

void ChatSession::checkpoint()
{
    for (auto it = m_replies.begin(); it != m_replies.end(); ++it) {
        Reply &r = it.value();
        if (!r.dirty || !r.job)
            continue;
        StoredMessage m;
        m.id = it.key();
        m.content = r.job->result().content; // everything received so far, flushed or not
        m.reasoning = r.job->result().reasoning;
        m.model = m_modelName;
        m.state = MessageState::Streaming;
        if (const StoredMessage *shown = m_tree.find(it.key())) {
            m.model = shown->model;
            m.parentId = shown->parentId;
            m.role = shown->role;
            m.conversationId = shown->conversationId;
            m.createdAt = shown->createdAt;
        }
        m_outbox.updateMessage(m); // kept, in order, if the history refuses it
        r.dirty = false;
    }
    if (m_replies.isEmpty())
        m_checkpointTimer.stop();
}

void ChatSession::finishReply(qint64 id, const ReplyResult &result)
{
    const Reply r = m_replies.take(id);
    StoredMessage final;
    if (const StoredMessage *shown = m_tree.find(id); shown && r.conversationId == m_conversationId)
        final = *shown;
    final.id = id;
    final.role = u"assistant"_s;
    final.content = result.content;
    final.reasoning = result.reasoning;
    final.model = result.model.isEmpty() ? final.model : result.model;
    final.state = stateFor(result.end);
    final.error = result.error.message;
    final.finishReason = result.finishReason;
    final.timeToFirstTokenMs = result.timeToFirstTokenMs;
    final.tokensPerSecond = result.tokensPerSecond();
    final.completionTokens = result.usage.completionTokens >= 0 ? result.usage.completionTokens
                                                                : result.contentDeltas;
    final.promptTokens = result.usage.promptTokens;
    m_outbox.updateMessage(final); // written later if the history refuses it now
    if (r.conversationId == m_conversationId) {
        if (StoredMessage *m = m_tree.find(id))
            *m = final;
        m_model.setAwaitingFirstToken(id, false);
        m_model.setStatus(id, {});
        m_model.messageChanged(id,
                               {ConversationModel::ContentRole, ConversationModel::StateRole,
                                ConversationModel::ErrorRole});
    }
    if (m_replies.isEmpty())
        m_statusTimer.stop();
    if (r.job)
        r.job->deleteLater();
    Q_EMIT replyFinished(id, result);
}

void ChatSession::stop()
{
    const QList<qint64> ids = m_replies.keys();
    for (qint64 id : ids) {
        const Reply r = m_replies.value(id);
        if (r.conversationId == m_conversationId && r.job)
            r.job->cancel();
    }
}

QString ChatSession::lastReply() const
{
    const QList<qint64> path = m_tree.activePath();
    for (qsizetype i = path.size() - 1; i >= 0; --i) {
        const StoredMessage *m = m_tree.find(path.at(i));
        if (m && m->role == "assistant"_L1)
            return m->content;
    }
    return {};
}
