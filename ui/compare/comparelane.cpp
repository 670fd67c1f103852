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
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMenu>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QVBoxLayout>
#include <QtWidgets/QWidgetAction>

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
    , m_more(new QToolButton)
    , m_topP(new QDoubleSpinBox)
    , m_maxTokens(new QSpinBox)
    , m_system(new QLineEdit)
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
    // A server's error can be long: it wraps in the lane instead of widening the window.
    m_state->setWordWrap(true);
    m_state->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
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

    // The lane's other sampling settings, in a menu: special values mean "the defaults'".
    m_more->setObjectName(u"laneOptions"_s);
    m_more->setText(u"⋯"_s);
    m_more->setPopupMode(QToolButton::InstantPopup);
    m_topP->setObjectName(u"laneTopP"_s);
    m_topP->setRange(-0.05, 1.0);
    m_topP->setSingleStep(0.05);
    m_topP->setDecimals(2);
    m_topP->setValue(-0.05);
    m_maxTokens->setObjectName(u"laneMaxTokens"_s);
    m_maxTokens->setRange(0, 1'000'000);
    m_system->setObjectName(u"laneSystemPrompt"_s);
    auto *form = new QWidget;
    auto *formLayout = new QFormLayout(form);
    m_topPLabel = new QLabel;
    m_maxTokensLabel = new QLabel;
    m_systemLabel = new QLabel;
    formLayout->addRow(m_topPLabel, m_topP);
    formLayout->addRow(m_maxTokensLabel, m_maxTokens);
    formLayout->addRow(m_systemLabel, m_system);
    auto *menu = new QMenu(m_more);
    auto *action = new QWidgetAction(menu);
    action->setDefaultWidget(form);
    menu->addAction(action);
    m_more->setMenu(menu);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_left);
    top->addWidget(m_right);
    top->addWidget(m_remove);
    auto *pickers = new QHBoxLayout;
    pickers->addWidget(m_profile);
    pickers->addWidget(m_models, 1);
    pickers->addWidget(m_temperature);
    pickers->addWidget(m_more);
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

CompareLane::Options CompareLane::options() const
{
    Options o;
    if (m_topP->value() >= 0)
        o.topP = m_topP->value();
    if (m_maxTokens->value() > 0)
        o.maxTokens = m_maxTokens->value();
    if (!m_system->text().trimmed().isEmpty())
        o.systemPrompt = m_system->text();
    return o;
}

void CompareLane::setOptions(const Options &options)
{
    m_topP->setValue(options.topP.value_or(-0.05));
    m_maxTokens->setValue(options.maxTokens.value_or(0));
    m_system->setText(options.systemPrompt.value_or(QString()));
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

QString CompareLane::profileName() const
{
    return m_profile->currentText();
}

LaneSpec CompareLane::spec() const
{
    const Options o = options();
    return {profileId(), model(), temperature(), o.topP, o.maxTokens, o.systemPrompt};
}

bool CompareLane::setSpec(const LaneSpec &spec)
{
    const bool found = m_profile->findData(spec.profileId) >= 0;
    setTarget(spec.profileId, spec.model);
    m_temperature->setValue(spec.temperature.value_or(-0.1));
    setOptions({spec.topP, spec.maxTokens, spec.systemPrompt});
    return found;
}

void CompareLane::setLabel(const QString &label)
{
    m_label = label;
    retranslateUi();
}

void CompareLane::setBlind(bool blind)
{
    m_blind = blind;
    m_thread.setModelNamesHidden(blind);
    // The pickers show the model; moving would tell the shuffled order from the chosen one.
    for (QWidget *w : std::initializer_list<QWidget *>{m_profile, m_models, m_temperature, m_more,
                                                       m_left, m_right, m_remove})
        w->setVisible(!blind);
    setConfigurable(m_configurable);
    retranslateUi();
}

void CompareLane::setConfigurable(bool configurable)
{
    m_configurable = configurable;
    m_profile->setEnabled(configurable);
    m_models->setEnabled(configurable);
    m_temperature->setEnabled(configurable);
    m_more->setEnabled(configurable);
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
    m_continue->setEnabled(m_replyId && !isRunning() && !m_blind); // the chat names the model
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
    if (m.costUsd && !m_blind) // a price would tell the model
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
    if (m_blind)
        m_title->setText(tr("Model %1").arg(m_label));
    else if (!m_label.isEmpty())
        m_title->setText(tr("%1: %2 · %3").arg(m_label, model(), m_profile->currentText()));
    else
        m_title->setText(tr("%1 · %2").arg(model(), m_profile->currentText()));
    m_temperature->setSpecialValueText(tr("default"));
    m_topP->setSpecialValueText(tr("default"));
    m_maxTokens->setSpecialValueText(tr("default"));
    m_system->setPlaceholderText(tr("the default system prompt"));
    m_topPLabel->setText(tr("top_p:"));
    m_maxTokensLabel->setText(tr("max_tokens:"));
    m_systemLabel->setText(tr("System prompt:"));
    m_more->setToolTip(tr("top_p, max_tokens and the system prompt for this lane"));
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
