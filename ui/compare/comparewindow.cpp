#include "comparewindow.h"

#include "blindvote.h"
#include "chat/chatsession.h"
#include "comparelane.h"
#include "composer.h"
#include "lanesetmenu.h"
#include "safetext.h"
#include "settings/appsettings.h"

#include <QtCore/QDir>
#include <QtCore/QEvent>
#include <QtCore/QStandardPaths>
#include <QtGui/QCloseEvent>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

CompareWindow::CompareWindow(ChatClient *client, HistoryStore *store, AppSettings *settings,
                             SecretStore *secrets, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_client(client)
    , m_store(store)
    , m_settings(settings)
    , m_session(new ChatSession(client, store, this))
    , m_access(new ProviderAccess(secrets, client, this))
    , m_grid(new QGridLayout)
    , m_summary(new QLabel)
    , m_edit(new ComposerEdit)
    , m_send(new QPushButton)
    , m_stopAll(new QPushButton)
    , m_addLane(new QPushButton)
    , m_arrangeButton(new QPushButton)
    , m_export(new QPushButton)
    , m_blindButton(new QPushButton)
    , m_votesButton(new QPushButton)
    , m_setsButton(new QPushButton)
    , m_setsMenu(new LaneSetMenu(settings, this))
    , m_voteBar(new VoteBar)
{
    setObjectName(u"compareWindow"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    m_summary->setObjectName(u"compareSummary"_s);
    m_summary->setWordWrap(true);
    m_send->setObjectName(u"compareSend"_s);
    m_stopAll->setObjectName(u"compareStopAll"_s);
    m_addLane->setObjectName(u"compareAddLane"_s);
    m_arrangeButton->setObjectName(u"compareArrange"_s);
    m_export->setObjectName(u"compareExport"_s);
    m_blindButton->setObjectName(u"compareBlind"_s);
    m_blindButton->setCheckable(true);
    m_votesButton->setObjectName(u"compareVotes"_s);
    m_setsButton->setObjectName(u"compareLaneSets"_s);
    m_setsButton->setMenu(m_setsMenu);
    m_voteBar->hide();
    m_grid->setSpacing(8);
    auto *lanes = new QWidget;
    lanes->setLayout(m_grid);
    auto *row = new QHBoxLayout;
    row->addWidget(framedEdit(m_edit), 1);
    row->addWidget(m_send, 0, Qt::AlignBottom);
    row->addWidget(m_stopAll, 0, Qt::AlignBottom);
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_addLane);
    tools->addWidget(m_arrangeButton);
    tools->addWidget(m_setsButton);
    tools->addWidget(m_blindButton);
    tools->addWidget(m_votesButton);
    tools->addWidget(m_export);
    tools->addWidget(m_summary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(lanes, 1);
    layout->addWidget(m_voteBar);
    layout->addLayout(tools);
    layout->addLayout(row);

    const Preferences prefs = m_settings->preferences();
    m_session->setSystemPrompt(prefs.systemPrompt);
    m_session->setSampling(prefs.temperature, prefs.topP, prefs.maxTokens);
    m_session->setStreamSettings(prefs.streamSettings());
    connect(m_edit, &ComposerEdit::submitted, this, [this] { send(m_edit->toPlainText()); });
    connect(m_send, &QPushButton::clicked, this, [this] { send(m_edit->toPlainText()); });
    connect(m_stopAll, &QPushButton::clicked, this, &CompareWindow::stopAll);
    connect(m_addLane, &QPushButton::clicked, this, [this] {
        const CompareLane *last = m_lanes.isEmpty() ? nullptr : m_lanes.last();
        addLane(last ? last->profileId() : m_settings->activeProfileId(),
                last ? last->model() : QString());
    });
    connect(m_arrangeButton, &QPushButton::clicked, this, [this] {
        setArrangement(m_arrangement == Arrangement::Columns ? Arrangement::Grid
                                                             : Arrangement::Columns);
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
                this, tr("Export comparison"),
                QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/'
                        + tr("Comparison") + u".md"_s,
                tr("Markdown (*.md)"));
        if (path.isEmpty())
            return;
        const QString error = exportTo(path);
        m_summary->setText(error.isEmpty()
                                   ? tr("Exported to %1.").arg(QDir::toNativeSeparators(path))
                                   : error);
    });
    connect(m_blindButton, &QPushButton::toggled, this, &CompareWindow::setBlind);
    connect(m_votesButton, &QPushButton::clicked, this, &CompareWindow::showVotes);
    connect(m_voteBar, &VoteBar::voted, this, [this](VoteOutcome outcome, int best) {
        if (const QString error = vote(outcome, best); !error.isEmpty())
            m_summary->setText(error);
    });
    connect(m_setsMenu, &LaneSetMenu::saveRequested, this, &CompareWindow::askLaneSetName);
    connect(m_setsMenu, &LaneSetMenu::restoreRequested, this, [this](const QString &name) {
        const QString problem = restoreLaneSet(name);
        m_summary->setText(problem.isEmpty() ? tr("Lane set “%1” restored.").arg(name) : problem);
    });
    connect(m_setsMenu, &LaneSetMenu::removeRequested, this, [this](const QString &name) {
        m_settings->removeLaneSet(name);
        m_summary->setText(m_settings->save() ? tr("Lane set “%1” deleted.").arg(name)
                                              : m_settings->errorString());
    });
    m_tick.setInterval(250);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        for (CompareLane *lane : std::as_const(m_lanes))
            lane->refreshMetrics();
    });
    resize(1320, 820);
    retranslateUi();
    updateButtons();
    // The summary names models, and a model's name can come from a server: never rich text.
    SafeText::makePlain(this);
}

// The session goes before the lanes: stopping its replies saves them, and updates the lanes'
// threads, which must still be there.
CompareWindow::~CompareWindow()
{
    delete m_session;
}

CompareLane *CompareWindow::addLane(const QString &profileId, const QString &model)
{
    if (m_lanes.size() >= MaxLanes)
        return nullptr;
    auto *lane = new CompareLane(m_session, m_settings);
    lane->setTarget(profileId, model);
    connect(lane, &CompareLane::finished, this, &CompareWindow::laneFinished);
    connect(lane, &CompareLane::retryRequested, this, &CompareWindow::retryLane);
    connect(lane, &CompareLane::continueRequested, this, [this](CompareLane *l) {
        if (m_session->conversationId() > 0 && l->replyId() && !l->isRunning())
            Q_EMIT continueInChat(m_session->conversationId(), l->replyId());
    });
    connect(lane, &CompareLane::removeRequested, this, &CompareWindow::removeLane);
    connect(lane, &CompareLane::moveRequested, this, &CompareWindow::moveLane);
    m_lanes.append(lane);
    // Columns while they fit side by side; a grid from four on, unless the user chose.
    setArrangement(m_lanes.size() >= 4 ? Arrangement::Grid : Arrangement::Columns);
    updateButtons();
    return lane;
}

void CompareWindow::addLanes(const QStringList &specs, const QString &profileId)
{
    for (const QString &spec : specs) {
        const qsizetype at = spec.lastIndexOf(u'@');
        QString profile = profileId;
        if (at > 0) {
            const std::optional<ProviderProfile> named =
                    m_settings->profileByName(spec.mid(at + 1));
            profile = named ? named->id : spec.mid(at + 1);
        }
        addLane(profile, at > 0 ? spec.left(at) : spec);
    }
    while (!m_lanes.isEmpty() && m_lanes.size() < MinLanes)
        addLane(m_lanes.last()->profileId(), m_lanes.last()->model());
}

void CompareWindow::removeLane(CompareLane *lane)
{
    if (m_lanes.size() <= MinLanes || m_firstUser || !m_pending.isEmpty())
        return; // the lanes of a comparison under way stay
    m_lanes.removeAll(lane);
    lane->deleteLater();
    arrange();
    updateButtons();
}

void CompareWindow::moveLane(CompareLane *lane, int steps)
{
    const qsizetype from = m_lanes.indexOf(lane);
    const qsizetype to = from + steps;
    if (from < 0 || to < 0 || to >= m_lanes.size())
        return;
    m_lanes.move(from, to);
    arrange();
}

void CompareWindow::setArrangement(Arrangement arrangement)
{
    m_arrangement = arrangement;
    arrange();
    retranslateUi();
}

void CompareWindow::arrange()
{
    for (CompareLane *lane : std::as_const(m_lanes))
        m_grid->removeWidget(lane);
    const qsizetype count = m_lanes.size();
    const qsizetype perRow =
            m_arrangement == Arrangement::Columns ? count : (count + 1) / 2; // two rows
    for (qsizetype i = 0; i < count; ++i)
        m_grid->addWidget(m_lanes.at(i), int(i / std::max<qsizetype>(1, perRow)),
                          int(i % std::max<qsizetype>(1, perRow)));
    for (int c = 0; c < MaxLanes; ++c)
        m_grid->setColumnStretch(c, c < perRow ? 1 : 0);
}

void CompareWindow::setPrompt(const QString &text)
{
    m_edit->setPlainText(text);
}

// A lane's own settings over the defaults: temperature, top_p, max_tokens, system prompt.
void CompareWindow::applyLane(const CompareLane *lane, ReplyTarget *target)
{
    if (lane->temperature())
        target->temperature = lane->temperature();
    const CompareLane::Options options = lane->options();
    if (options.topP)
        target->topP = options.topP;
    if (options.maxTokens)
        target->maxTokens = options.maxTokens;
    if (options.systemPrompt)
        target->systemPrompt = *options.systemPrompt;
}

ReplyTarget CompareWindow::baseTarget() const
{
    return m_session->target();
}

// Every lane's provider is made ready first (its key read); a lane that cannot be used says why
// and the others go on.
void CompareWindow::send(const QString &text)
{
    if (text.trimmed().isEmpty() || !m_pending.isEmpty())
        return;
    for (const CompareLane *lane : std::as_const(m_lanes))
        if (lane->isRunning())
            return;
    if (!m_firstUser && m_blindWanted && !m_blind)
        shuffleForBlindTest();
    m_voteBar->hide();
    m_pending = text;
    m_edit->clear();
    m_targets.clear();
    m_waiting = int(m_lanes.size());
    for (CompareLane *lane : std::as_const(m_lanes)) {
        lane->setConfigurable(false);
        const std::optional<ProviderProfile> profile = m_settings->profile(lane->profileId());
        if (!profile || lane->model().isEmpty()) {
            laneResolved(lane, {});
            continue;
        }
        m_access->resolve(*profile, lane,
                          [this, lane](const ProviderAccess::Result &r) { laneResolved(lane, r); });
    }
    updateButtons();
}

void CompareWindow::laneResolved(CompareLane *lane, const ProviderAccess::Result &result)
{
    if (result.status == ProviderAccess::Status::Ready && !lane->model().isEmpty()) {
        ReplyTarget target = baseTarget();
        target.provider = result.config;
        target.provider.maxConcurrentStreams = qMin(result.config.maxConcurrentStreams,
                                                    m_settings->preferences().maxConcurrentStreams);
        target.model = lane->model();
        applyLane(lane, &target);
        m_targets.insert(lane, target);
    } else {
        QString reason = result.message();
        if (lane->model().isEmpty())
            reason = tr("no model chosen");
        else if (result.status == ProviderAccess::Status::PlainHttpNotConfirmed)
            reason = tr("its key would go over plain http; use the profile once in the main "
                        "window and confirm it there");
        else if (reason.isEmpty())
            reason = tr("its profile is gone");
        lane->failedToStart(reason);
    }
    if (--m_waiting == 0)
        sendWhenReady();
}

void CompareWindow::sendWhenReady()
{
    const QString text = std::exchange(m_pending, QString());
    QList<CompareLane *> ready;
    for (CompareLane *lane : std::as_const(m_lanes))
        if (m_targets.contains(lane))
            ready.append(lane);
    if (ready.isEmpty()) {
        m_edit->setPlainText(text); // nothing could be sent: the words are not lost
        updateButtons();
        return;
    }
    if (!m_firstUser) {
        QList<ReplyTarget> targets;
        for (CompareLane *lane : std::as_const(ready))
            targets.append(m_targets.value(lane));
        const QList<qint64> ids = m_session->sendToEach(text, targets);
        for (qsizetype i = 0; i < ids.size(); ++i)
            ready.at(i)->startedReply(ids.at(i));
        if (!ids.isEmpty())
            if (const StoredMessage *m = m_session->tree().find(ids.first()))
                m_firstUser = m->parentId;
        for (CompareLane *lane : std::as_const(m_lanes))
            m_parents.insert(lane, m_firstUser);
    } else {
        for (CompareLane *lane : std::as_const(ready)) {
            if (!lane->replyId())
                continue; // never had a thread to go on with: Retry starts it
            if (const qint64 id =
                        m_session->followUp(lane->replyId(), text, m_targets.value(lane))) {
                if (const StoredMessage *m = m_session->tree().find(id))
                    m_parents.insert(lane, m->parentId);
                lane->startedReply(id);
            }
        }
    }
    m_tick.start();
    m_summary->clear();
    updateButtons();
}

void CompareWindow::retryLane(CompareLane *lane)
{
    const qint64 parent = m_parents.value(lane);
    if (!parent || lane->isRunning())
        return;
    const std::optional<ProviderProfile> profile = m_settings->profile(lane->profileId());
    if (!profile)
        return;
    m_access->resolve(*profile, lane, [this, lane, parent](const ProviderAccess::Result &r) {
        if (r.status != ProviderAccess::Status::Ready) {
            lane->failedToStart(r.message());
            return;
        }
        ReplyTarget target = baseTarget();
        target.provider = r.config;
        target.model = lane->model();
        applyLane(lane, &target);
        if (const qint64 id = m_session->replyTo(parent, target)) {
            lane->startedReply(id); // a new sibling: the old answer stays in the history
            m_tick.start();
            updateButtons();
        }
    });
}

void CompareWindow::laneFinished()
{
    updateButtons();
    for (const CompareLane *lane : std::as_const(m_lanes))
        if (lane->isRunning() || !m_pending.isEmpty())
            return;
    m_tick.stop();
    m_summary->setText(summary());
    if (awaitingVote()) {
        QStringList labels;
        for (const CompareLane *lane : std::as_const(m_lanes))
            labels << lane->label();
        m_voteBar->setLabels(labels);
        m_voteBar->show();
    }
    Q_EMIT allFinished();
}

void CompareWindow::stopAll()
{
    m_session->stop(); // every lane's reply; partial text is kept as stopped
}

void CompareWindow::updateButtons()
{
    bool running = !m_pending.isEmpty();
    for (const CompareLane *lane : std::as_const(m_lanes))
        running = running || lane->isRunning();
    m_send->setEnabled(!running);
    m_stopAll->setEnabled(running);
    m_addLane->setEnabled(!m_firstUser && m_lanes.size() < MaxLanes);
    m_blindButton->setEnabled(!m_firstUser && !running);
    m_setsMenu->setRestoreEnabled(!m_firstUser && !running);
}

void CompareWindow::closeEvent(QCloseEvent *event)
{
    stopAll(); // the servers see the connections close
    QWidget::closeEvent(event);
}

void CompareWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CompareWindow::retranslateUi()
{
    setWindowTitle(tr("Compare models"));
    m_edit->setPlaceholderText(tr("One message to every model — Enter sends"));
    m_send->setText(tr("Send to all"));
    m_stopAll->setText(tr("Stop all"));
    m_addLane->setText(tr("Add a model"));
    m_arrangeButton->setText(m_arrangement == Arrangement::Columns ? tr("Grid") : tr("Columns"));
    m_arrangeButton->setToolTip(tr("Switch between columns and a grid"));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Save the comparison as Markdown: the metrics, then every answer"));
    m_blindButton->setText(tr("Blind"));
    m_blindButton->setToolTip(tr("Shuffle the lanes and hide their models behind A, B, C… until "
                                 "you pick the best answer"));
    m_votesButton->setText(tr("Votes…"));
    m_votesButton->setToolTip(tr("Each model's wins, losses and ties in blind comparisons"));
    m_setsButton->setText(tr("Lane sets"));
    m_setsButton->setToolTip(tr("Save these lanes by name, or bring back saved ones"));
    if (!m_summary->text().isEmpty())
        m_summary->setText(summary());
}
