#pragma once

#include "api/replyresult.h"
#include "chat/conversationmodel.h"
#include "settings/laneset.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QPointer>
#include <QtWidgets/QFrame>

#include <optional>

class AppSettings;
class ChatSession;
class ChatView;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QLineEdit;
class QSpinBox;
class QToolButton;

// One column of the comparison window: which profile and model it asks (and at what
// temperature), its own thread as bubbles (the chat view's code, a branch of the one
// conversation), its live state and metrics, and Stop and Retry.
class CompareLane final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareLane)

public:
    CompareLane(ChatSession *session, AppSettings *settings, QWidget *parent = nullptr);
    ~CompareLane() override;

    QString profileId() const;
    QString model() const;
    std::optional<double> temperature() const; // unset: the defaults'
    // The lane's own top_p, max_tokens and system prompt (the "⋯" menu); unset: the defaults'.
    struct Options
    {
        std::optional<double> topP;
        std::optional<int> maxTokens;
        std::optional<QString> systemPrompt;
    };
    Options options() const;
    void setOptions(const Options &options);
    void setTarget(const QString &profileId, const QString &model);
    QString profileName() const; // as the picker shows it
    // The lane as a saved lane set keeps it; setSpec is false when its profile is gone (the lane
    // then keeps the profile it had).
    LaneSpec spec() const;
    bool setSpec(const LaneSpec &spec);
    // Blind mode: the lane is only "Model A" (its label) until the vote, with nothing on screen
    // that names its model or provider; after it, the label stays beside the model's name.
    void setLabel(const QString &label);
    QString label() const { return m_label; }
    void setBlind(bool blind);
    bool isBlind() const { return m_blind; }
    void setConfigurable(bool configurable); // the pickers, before the first message

    qint64 replyId() const { return m_replyId; } // the lane's latest reply, 0 before the first
    void startedReply(qint64 replyId); // the session is streaming this lane's reply
    void failedToStart(const QString &reason); // its provider could not be used
    bool isRunning() const { return m_replyId && m_running; }
    const std::optional<ReplyResult> &lastResult() const { return m_result; }
    const ConversationModel &thread() const { return m_thread; } // what its view shows
    void refreshMetrics();

Q_SIGNALS:
    void retryRequested(CompareLane *lane);
    void continueRequested(CompareLane *lane); // "Continue in chat"
    void removeRequested(CompareLane *lane);
    void moveRequested(CompareLane *lane, int steps);
    void finished(CompareLane *lane);

protected:
    void changeEvent(QEvent *event) override;

private:
    void replyFinished(qint64 id, const ReplyResult &result);
    void fillModels();
    QString stateText() const;
    void retranslateUi();

    QPointer<ChatSession> m_session; // the window's: it goes first, saving the partial replies
    AppSettings *m_settings;
    ConversationModel m_thread;
    ChatView *m_view;
    QLabel *m_title;
    QComboBox *m_profile;
    QComboBox *m_models;
    QDoubleSpinBox *m_temperature;
    QLabel *m_state;
    QLabel *m_metrics;
    QPushButton *m_stop;
    QPushButton *m_retry;
    QPushButton *m_continue;
    QToolButton *m_left;
    QToolButton *m_right;
    QToolButton *m_remove;
    QToolButton *m_more;
    QDoubleSpinBox *m_topP;
    QSpinBox *m_maxTokens;
    QLineEdit *m_system;
    QLabel *m_topPLabel = nullptr;
    QLabel *m_maxTokensLabel = nullptr;
    QLabel *m_systemLabel = nullptr;
    qint64 m_replyId = 0;
    bool m_running = false;
    QString m_failure;
    QString m_label;
    bool m_blind = false;
    bool m_configurable = true;
    QElapsedTimer m_clock;
    std::optional<ReplyResult> m_result;
};
