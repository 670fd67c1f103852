#include "chatsession.h"

#include "activereply.h"
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
    m_frameTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_frameTimer, &QTimer::timeout, this, &ChatSession::flushFrame);
    connect(&m_outbox, &HistoryOutbox::failed, this, &ChatSession::storageFailed);
    connect(&m_outbox, &HistoryOutbox::written, this, &ChatSession::outboxWritten);
    connect(&m_outbox, &HistoryOutbox::conversationSaved, this, &ChatSession::conversationSaved);
    m_checkpointTimer.setInterval(1000);
    connect(&m_checkpointTimer, &QTimer::timeout, this, &ChatSession::checkpoint);
    m_statusTimer.setInterval(250);
    connect(&m_statusTimer, &QTimer::timeout, this, &ChatSession::updateAllStatuses);
}

ChatSession::~ChatSession()
{
    // Hand the partial replies to the history before the jobs go.
    const QList<ActiveReply *> replies = m_replies.values();
    for (ActiveReply *reply : replies)
        reply->cancel();
}

void ChatSession::setSampling(std::optional<double> temperature, std::optional<double> topP,
                              std::optional<int> maxTokens)
{
    m_target.temperature = temperature;
    m_target.topP = topP;
    m_target.maxTokens = maxTokens;
}

void ChatSession::outboxWritten()
{
    Q_EMIT storageRecovered();
    Q_EMIT conversationListChanged();
}

// The history took a conversation that lived under a temporary id: its replies follow.
void ChatSession::conversationSaved(qint64 temporaryId, qint64 id)
{
    for (ActiveReply *reply : std::as_const(m_replies))
        if (reply->conversationId() == temporaryId)
            reply->setConversationId(id);
    if (m_conversationId == temporaryId) {
        m_conversationId = id;
        Q_EMIT conversationChanged(id);
    }
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
    for (ActiveReply *reply : std::as_const(m_replies)) {
        if (reply->conversationId() != id)
            continue;
        if (StoredMessage *m = m_tree.find(reply->messageId())) {
            // Everything received, so what waits for the next frame is already on screen.
            m->content = reply->received().content;
            m->reasoning = reply->received().reasoning;
            m->state = MessageState::Streaming;
            reply->takePendingContent();
            reply->takePendingReasoning();
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

qint64 ChatSession::addUserMessage(qint64 parentId, const QString &text)
{
    StoredMessage user;
    user.parentId = parentId;
    user.role = u"user"_s;
    user.content = text;
    store(user);
    showActivePath();
    return user.id;
}

bool ChatSession::send(const QString &text)
{
    return !sendToEach(text, {m_target}).isEmpty();
}

QList<qint64> ChatSession::sendToEach(const QString &text, const QList<ReplyTarget> &targets)
{
    if (text.trimmed().isEmpty() || targets.isEmpty())
        return {};
    ensureConversation(text);
    const qint64 userId = addUserMessage(m_tree.activeLeaf(), text);
    QList<qint64> replies;
    for (const ReplyTarget &target : targets)
        replies.append(startReply(userId, target));
    Q_EMIT conversationListChanged();
    return replies;
}

qint64 ChatSession::replyTo(qint64 parentId, const ReplyTarget &target)
{
    const StoredMessage *parent = m_tree.find(parentId);
    if (!parent || parent->role != "user"_L1)
        return 0;
    return startReply(parentId, target);
}

void ChatSession::regenerate(qint64 assistantId)
{
    const StoredMessage *old = m_tree.find(assistantId);
    if (!old || old->role != "assistant"_L1 || m_replies.contains(assistantId))
        return;
    startReply(old->parentId, m_target);
}

void ChatSession::editAndResend(qint64 userId, const QString &text)
{
    const StoredMessage *old = m_tree.find(userId);
    if (!old || old->role != "user"_L1 || text.trimmed().isEmpty())
        return;
    startReply(addUserMessage(old->parentId, text), m_target);
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

QList<ChatMessage> ChatSession::historyUpTo(qint64 messageId, const QString &systemPrompt) const
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
    if (!systemPrompt.trimmed().isEmpty())
        history.append({u"system"_s, systemPrompt});
    for (qint64 id : std::as_const(ids)) {
        const StoredMessage *m = m_tree.find(id);
        // Failed replies with no text would only confuse the model: leave them out.
        if (m->role == "assistant"_L1 && m->content.isEmpty())
            continue;
        history.append({m->role, m->content});
    }
    return history;
}

qint64 ChatSession::startReply(qint64 parentId, const ReplyTarget &target)
{
    StoredMessage placeholder;
    placeholder.parentId = parentId;
    placeholder.role = u"assistant"_s;
    placeholder.model = target.model;
    placeholder.state = MessageState::Streaming;
    const qint64 id = store(placeholder);
    showActivePath();

    ChatRequest request;
    request.model = target.model;
    request.messages = historyUpTo(parentId, target.systemPrompt);
    request.temperature = target.temperature;
    request.topP = target.topP;
    request.maxTokens = target.maxTokens;
    StreamJob *job = m_client->startChat(target.provider, request, target.settings, this);
    auto *reply = new ActiveReply(id, m_conversationId, target, job, this);
    m_replies.insert(id, reply);
    connect(reply, &ActiveReply::textArrived, this, &ChatSession::replyTextArrived);
    connect(reply, &ActiveReply::stateChanged, this, &ChatSession::updateStatus);
    connect(reply, &ActiveReply::finished, this, &ChatSession::finishReply);
    forEachModel([id](ConversationModel *m) { m->setAwaitingFirstToken(id, true); });
    updateStatus(id);
    if (!m_checkpointTimer.isActive())
        m_checkpointTimer.start();
    m_statusTimer.start();
    Q_EMIT replyStarted(id);
    return id;
}

// Text that comes after a pause is shown at the event loop's next turn (with whatever else the
// same read brought); more that follows waits for the next frame, so a slow stream shows each
// token at once and a fast one costs one layout per frame.
void ChatSession::replyTextArrived()
{
    if (m_frameTimer.isActive())
        return;
    m_frameTimer.setInterval(0);
    m_frameTimer.start();
}

void ChatSession::updateAllStatuses()
{
    for (auto it = m_replies.cbegin(); it != m_replies.cend(); ++it)
        updateStatus(it.key());
}

void ChatSession::updateStatus(qint64 id)
{
    const ActiveReply *reply = m_replies.value(id);
    if (!reply || reply->conversationId() != m_conversationId)
        return;
    QString status;
    if (const StreamJob *job = reply->job()) {
        switch (job->state()) {
        case StreamJob::State::Queued:
            status = tr("queued");
            break;
        case StreamJob::State::Retrying:
            status = tr("retrying in %n s", nullptr, (job->retryRemainingMs() + 999) / 1000);
            break;
        default:
            break;
        }
    }
    forEachModel([id, &status](ConversationModel *m) { m->setStatus(id, status); });
}

void ChatSession::flushFrame()
{
    if (m_frameTimer.interval() != m_frameIntervalMs)
        m_frameTimer.setInterval(m_frameIntervalMs); // the first frame after a pause: then paced
    bool any = false;
    for (auto it = m_replies.begin(); it != m_replies.end(); ++it) {
        ActiveReply *reply = it.value();
        if (!reply->hasPendingText())
            continue;
        any = true;
        StoredMessage *m =
                reply->conversationId() == m_conversationId ? m_tree.find(it.key()) : nullptr;
        QList<int> roles;
        if (const QString content = reply->takePendingContent(); !content.isEmpty()) {
            if (m)
                m->content += content;
            roles.append(ConversationModel::ContentRole);
        }
        if (const QString reasoning = reply->takePendingReasoning(); !reasoning.isEmpty()) {
            if (m)
                m->reasoning += reasoning;
            roles.append(ConversationModel::ReasoningRole);
        }
        if (m) {
            const qint64 id = it.key();
            forEachModel([id, &roles](ConversationModel *model) {
                model->setAwaitingFirstToken(id, false);
                model->messageChanged(id, roles);
            });
        }
    }
    if (!any)
        m_frameTimer.stop();
}

void ChatSession::checkpoint()
{
    for (auto it = m_replies.begin(); it != m_replies.end(); ++it) {
        ActiveReply *reply = it.value();
        if (!reply->takeDirty())
            continue;
        StoredMessage m;
        m.id = it.key();
        m.content = reply->received().content; // everything received so far, flushed or not
        m.reasoning = reply->received().reasoning;
        m.model = reply->target().model;
        m.state = MessageState::Streaming;
        if (const StoredMessage *shown = m_tree.find(it.key())) {
            m.model = shown->model;
            m.parentId = shown->parentId;
            m.role = shown->role;
            m.conversationId = shown->conversationId;
            m.createdAt = shown->createdAt;
        }
        m_outbox.updateMessage(m); // kept, in order, if the history refuses it
    }
    if (m_replies.isEmpty())
        m_checkpointTimer.stop();
}

void ChatSession::finishReply(qint64 id, const ReplyResult &result)
{
    ActiveReply *reply = m_replies.take(id);
    if (!reply)
        return;
    const qint64 conversationId = reply->conversationId();
    StoredMessage final;
    if (const StoredMessage *shown = m_tree.find(id); shown && conversationId == m_conversationId)
        final = *shown;
    final.id = id;
    final.role = u"assistant"_s;
    final.content = result.content;
    final.reasoning = result.reasoning;
    final.model = result.model.isEmpty() ? final.model : result.model;
    final.state = stateFor(result.end);
    final.error = result.error.message;
    final.finishReason = result.finishReason;
    final.timeToFirstTokenMs = result.timeToFirstTokenMs();
    final.tokensPerSecond = result.tokensPerSecond();
    final.completionTokens = result.outputTokens();
    final.promptTokens = result.usage.promptTokens;
    m_outbox.updateMessage(final); // written later if the history refuses it now
    if (conversationId == m_conversationId) {
        if (StoredMessage *m = m_tree.find(id))
            *m = final;
        forEachModel([id](ConversationModel *m) {
            m->setAwaitingFirstToken(id, false);
            m->setStatus(id, {});
            m->messageChanged(id,
                              {ConversationModel::ContentRole, ConversationModel::StateRole,
                               ConversationModel::ErrorRole});
        });
        m_model.setStatus(id, {});
        m_model.messageChanged(id,
                               {ConversationModel::ContentRole, ConversationModel::StateRole,
                                ConversationModel::ErrorRole});
    }
    if (m_replies.isEmpty())
        m_statusTimer.stop();
    reply->deleteLater(); // from its job's own signal
    Q_EMIT replyFinished(id, result);
}

void ChatSession::stop()
{
    const QList<ActiveReply *> replies = m_replies.values();
    for (ActiveReply *reply : replies)
        if (reply->conversationId() == m_conversationId)
            reply->cancel();
}

void ChatSession::attachModel(ConversationModel *model)
{
    if (!m_attached.contains(model))
        m_attached.append(model);
    model->setTree(&m_tree);
}

void ChatSession::detachModel(ConversationModel *model)
{
    m_attached.removeAll(model);
}

void ChatSession::forEachModel(const std::function<void(ConversationModel *)> &apply)
{
    apply(&m_model);
    for (ConversationModel *model : std::as_const(m_attached))
        apply(model);
}

qint64 ChatSession::followUp(qint64 afterId, const QString &text, const ReplyTarget &target)
{
    if (text.trimmed().isEmpty() || !m_tree.find(afterId) || !m_conversationId)
        return 0;
    const qint64 userId = addUserMessage(afterId, text);
    const qint64 reply = startReply(userId, target);
    Q_EMIT conversationListChanged();
    return reply;
}

const StreamJob *ChatSession::replyJob(qint64 messageId) const
{
    const ActiveReply *reply = m_replies.value(messageId);
    return reply ? reply->job() : nullptr;
}

void ChatSession::stopReply(qint64 messageId)
{
    if (ActiveReply *reply = m_replies.value(messageId))
        reply->cancel();
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
