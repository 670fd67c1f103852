#include "comparelane.h"

#include "api/streamjob.h"
#include "chat/chatsession.h"
#include "chat/replymetrics.h"
#include "chatview.h"
#include "safetext.h"
#include "settings/appsettings.h"

#include <QtCore/QEvent>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDoubleSpinBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QVBoxLayout>

#include <limits>

using namespace Qt::Literals::StringLiterals;

CompareLane::CompareLane(ChatSession *session, AppSettings *settings, QWidget *parent)
    : QFrame(parent)
    , m_session(session)
    , m_settings(settings)
    , m_view(new ChatView)
    , m_title(new QLabel)
    , m_profile(new QComboBox)
    , m_models(new QComboBox)
    , m_temperature(new QDoubleSpinBox)
    , m_state(new QLabel)
    , m_metrics(new QLabel)
    , m_stop(new QPushButton)
    , m_retry(new QPushButton)
    , m_continue(new QPushButton)
    , m_left(new QToolButton)
    , m_right(new QToolButton)
    , m_remove(new QToolButton)
{
    setObjectName(u"compareLane"_s);
    setFrameShape(QFrame::StyledPanel);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setObjectName(u"laneTitle"_s);
    m_profile->setObjectName(u"laneProfile"_s);
    for (const ProviderProfile &p : m_settings->profiles())
        m_profile->addItem(p.isDemo() ? tr("Built-in demo provider") : p.name, p.id);
    m_models->setObjectName(u"laneModel"_s);
    m_models->setEditable(true); // any model, not only the listed ones
    m_models->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_models->setMinimumContentsLength(12);
    m_temperature->setObjectName(u"laneTemperature"_s);
    m_temperature->setRange(-0.1, 2.0);
    m_temperature->setSingleStep(0.1);
    m_temperature->setDecimals(1);
    m_temperature->setValue(-0.1); // the special value: the defaults' temperature
    m_state->setObjectName(u"laneState"_s);
    m_metrics->setObjectName(u"laneMetrics"_s);
    m_metrics->setWordWrap(true);
    m_metrics->setForegroundRole(QPalette::PlaceholderText);
    m_stop->setObjectName(u"laneStop"_s);
    m_retry->setObjectName(u"laneRetry"_s);
    m_continue->setObjectName(u"laneContinue"_s);
    m_left->setText(u"◀"_s);
    m_right->setText(u"▶"_s);
    m_remove->setText(u"✕"_s);
    m_remove->setObjectName(u"laneRemove"_s);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_left);
    top->addWidget(m_right);
    top->addWidget(m_remove);
    auto *pickers = new QHBoxLayout;
    pickers->addWidget(m_profile);
    pickers->addWidget(m_models, 1);
    pickers->addWidget(m_temperature);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_state, 1);
    actions->addWidget(m_stop);
    actions->addWidget(m_retry);
    actions->addWidget(m_continue);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addLayout(pickers);
    layout->addLayout(actions);
    layout->addWidget(m_metrics);
    layout->addWidget(m_view, 1);

    m_session->attachModel(&m_thread);
    // Nothing of the conversation until this lane has a reply: a leaf no message has.
    m_thread.setLeaf(std::numeric_limits<qint64>::min());
    m_view->setModel(&m_thread);
    connect(m_profile, &QComboBox::currentIndexChanged, this, [this] {
        fillModels();
        retranslateUi();
    });
    connect(m_models, &QComboBox::currentTextChanged, this, &CompareLane::retranslateUi);
    connect(m_stop, &QPushButton::clicked, this, [this] { m_session->stopReply(m_replyId); });
    connect(m_retry, &QPushButton::clicked, this, [this] { Q_EMIT retryRequested(this); });
    connect(m_continue, &QPushButton::clicked, this, [this] { Q_EMIT continueRequested(this); });
    connect(m_view, &ChatView::regenerateRequested, this, [this] { Q_EMIT retryRequested(this); });
    connect(m_remove, &QToolButton::clicked, this, [this] { Q_EMIT removeRequested(this); });
    connect(m_left, &QToolButton::clicked, this, [this] { Q_EMIT moveRequested(this, -1); });
    connect(m_right, &QToolButton::clicked, this, [this] { Q_EMIT moveRequested(this, +1); });
    connect(m_session, &ChatSession::replyFinished, this, &CompareLane::replyFinished);
    fillModels();
    retranslateUi();
    SafeText::makePlain(this); // model ids and errors come from servers
}

CompareLane::~CompareLane()
{
    if (m_session)
        m_session->detachModel(&m_thread);
}

QString CompareLane::profileId() const
{
    return m_profile->currentData().toString();
}

QString CompareLane::model() const
{
    return m_models->currentText().trimmed();
}

std::optional<double> CompareLane::temperature() const
{
    if (m_temperature->value() < 0)
        return std::nullopt;
    return m_temperature->value();
}

void CompareLane::setTarget(const QString &profileId, const QString &model)
{
    const int index = m_profile->findData(profileId);
    if (index >= 0)
        m_profile->setCurrentIndex(index);
    fillModels();
    m_models->setCurrentText(model);
    retranslateUi();
}

void CompareLane::setLabel(const QString &label)
{
    m_label = label;
    retranslateUi();
}

void CompareLane::setConfigurable(bool configurable)
{
    m_profile->setEnabled(configurable);
    m_models->setEnabled(configurable);
    m_temperature->setEnabled(configurable);
    m_remove->setEnabled(configurable);
}

// The models of the lane's profile: its default, its fetched and hand-added ones.
void CompareLane::fillModels()
{
    const QString current = m_models->currentText();
    m_models->clear();
    if (const std::optional<ProviderProfile> p = m_settings->profile(profileId())) {
        QStringList models{p->defaultModel};
        for (const QString &m : p->models())
            if (!models.contains(m))
                models << m;
        models.removeAll(QString());
        m_models->addItems(models);
    }
    if (!current.isEmpty())
        m_models->setCurrentText(current);
}

void CompareLane::startedReply(qint64 replyId)
{
    m_replyId = replyId;
    m_running = true;
    m_failure.clear();
    m_result.reset();
    m_clock.start();
    m_thread.setLeaf(replyId);
    m_view->scrollToBottom();
    refreshMetrics();
}

void CompareLane::failedToStart(const QString &reason)
{
    m_running = false;
    m_failure = reason;
    refreshMetrics();
    Q_EMIT finished(this);
}

void CompareLane::replyFinished(qint64 id, const ReplyResult &result)
{
    if (id != m_replyId)
        return;
    m_running = false;
    m_result = result;
    refreshMetrics();
    Q_EMIT finished(this);
}

QString CompareLane::stateText() const
{
    if (!m_failure.isEmpty())
        return tr("failed: %1").arg(m_failure);
    if (m_result) {
        switch (m_result->end) {
        case EndState::Completed:
            return tr("completed");
        case EndState::Stopped:
            return tr("stopped");
        case EndState::Incomplete:
            return m_result->error.isError() ? tr("incomplete: %1").arg(m_result->error.message)
                                             : tr("incomplete");
        case EndState::Failed:
            return tr("failed: %1").arg(m_result->error.message);
        }
    }
    const StreamJob *job = m_session->replyJob(m_replyId);
    if (!job)
        return m_replyId ? QString() : tr("ready");
    switch (job->state()) {
    case StreamJob::State::Queued:
        return tr("queued");
    case StreamJob::State::Connecting:
    case StreamJob::State::Waiting:
        return tr("waiting for the first token");
    case StreamJob::State::Retrying:
        return tr("retrying in %n s", nullptr, (job->retryRemainingMs() + 999) / 1000);
    case StreamJob::State::Streaming:
        return job->result().content.isEmpty() && job->result().reasoning.isEmpty()
                ? tr("waiting for the first token")
                : tr("streaming");
    case StreamJob::State::Finished:
        break;
    }
    return {};
}

// State and numbers: live while the reply runs, final once it ended.
void CompareLane::refreshMetrics()
{
    if (!m_session)
        return;
    m_state->setText(stateText());
    const StreamJob *job = m_session->replyJob(m_replyId);
    const ReplyResult *result = m_result ? &*m_result : job ? &job->result() : nullptr;
    m_stop->setEnabled(isRunning());
    m_retry->setEnabled(m_replyId && !isRunning());
    m_continue->setEnabled(m_replyId && !isRunning());
    if (!result) {
        m_metrics->clear();
        return;
    }
    const ReplyMetrics m = ReplyMetrics::of(*result, m_settings->prices());
    QStringList parts;
    parts << (m.timeToFirstTokenMs >= 0 ? tr("first token %1 ms").arg(m.timeToFirstTokenMs)
                                        : tr("first token –"));
    parts << tr("%1 tokens/s")
                     .arg(m.tokensPerSecond > 0 ? QString::number(m.tokensPerSecond, 'f', 1)
                                                : u"–"_s);
    const qint64 elapsed = m_result ? m.elapsedMs : m_clock.elapsed();
    parts << tr("%1 s").arg(QString::number(double(elapsed) / 1000.0, 'f', 1));
    if (m.completionTokens >= 0)
        parts << (m.completionCounted ? tr("≈%n token(s)", nullptr, int(m.completionTokens))
                                      : tr("%n token(s)", nullptr, int(m.completionTokens)));
    if (m.costUsd)
        parts << u"$%1"_s.arg(QString::number(*m.costUsd, 'f', 5));
    if (!m.finishReason.isEmpty())
        parts << m.finishReason;
    m_metrics->setText(parts.join(u" · "_s));
}

void CompareLane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void CompareLane::retranslateUi()
{
    if (!m_label.isEmpty()) {
        m_title->setText(tr("Model %1").arg(m_label));
    } else {
        m_title->setText(tr("%1 · %2").arg(model(), m_profile->currentText()));
    }
    m_temperature->setSpecialValueText(tr("default"));
    m_temperature->setToolTip(tr("Temperature for this lane"));
    m_stop->setText(tr("Stop"));
    m_retry->setText(tr("Retry"));
    m_continue->setText(tr("Continue in chat"));
    m_continue->setToolTip(tr("Go on with this lane's thread as a normal conversation in the main "
                              "window"));
    m_left->setToolTip(tr("Move left"));
    m_right->setToolTip(tr("Move right"));
    m_remove->setToolTip(tr("Remove this lane"));
    refreshMetrics();
}
