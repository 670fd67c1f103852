#pragma once

#include "chat/replytarget.h"
#include "settings/provideraccess.h"
#include "storage/votes.h"

#include <QtCore/QTimer>
#include <QtWidgets/QWidget>

class AppSettings;
class ChatClient;
class ChatSession;
class CompareLane;
class ComposerEdit;
class HistoryStore;
class LaneSetMenu;
class VoteBar;
class QGridLayout;
class QLabel;
class QPushButton;
class SecretStore;

// One prompt, two to six models side by side. Each lane is a profile and a model (the same model
// twice at two temperatures is allowed); one composer sends to every lane at once, and follow-ups
// continue each lane's own thread. Lanes go through the client's per-provider and per-host limits,
// so six lanes on one local server work and a waiting lane says "queued". The comparison is one
// conversation in the history: each user message with one reply per lane as siblings, so the main
// window's versions step through the lanes' answers. Closing the window stops its replies.
class CompareWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareWindow)

public:
    static constexpr int MinLanes = 2;
    static constexpr int MaxLanes = 6;

    CompareWindow(ChatClient *client, HistoryStore *store, AppSettings *settings,
                  SecretStore *secrets, QWidget *parent = nullptr);
    ~CompareWindow() override;

    ChatSession *session() const { return m_session; }
    QList<CompareLane *> lanes() const { return m_lanes; }
    CompareLane *addLane(const QString &profileId, const QString &model);
    // Lanes "MODEL" or "MODEL@PROFILE" (a profile's name or id; profileId where left out), up
    // to two when fewer are given.
    void addLanes(const QStringList &specs, const QString &profileId);
    void setPrompt(const QString &text); // in the composer, not sent
    void send(const QString &text); // to every lane, once each lane's provider is ready
    void stopAll();
    enum class Arrangement {
        Columns, // side by side (2-3 lanes)
        Grid, // two rows (4-6)
    };
    void setArrangement(Arrangement arrangement);
    Arrangement arrangement() const { return m_arrangement; }
    QString summary() const; // fastest first token, highest rate, cheapest, longest
    // The comparison as Markdown: a table of each lane's metrics, then every lane's thread.
    QString markdown() const;
    QString exportTo(const QString &path) const; // empty when written, else what went wrong

    // Blind mode, chosen before the first message: the lanes are shuffled and labelled A, B, C…
    // with nothing on screen naming their models until the user votes once every lane ended.
    void setBlind(bool blind);
    bool isBlind() const { return m_blindWanted; }
    bool awaitingVote() const; // blind, every lane ended, no vote yet
    // The vote: best is a lane's index in lanes() for VoteOutcome::Best. Stored in the history,
    // then the models are shown. Returns what went wrong, or empty.
    QString vote(VoteOutcome outcome, int best = -1);
    void showVotes(); // the tally of every stored vote

    // Lane sets: the lanes on screen saved by name, and brought back before the first message.
    QString saveLaneSet(const QString &name); // empty when saved, else what went wrong
    QString restoreLaneSet(const QString &name); // empty when restored as saved, else what differs

Q_SIGNALS:
    void allFinished();
    // "Continue in chat" on a lane: its thread, ending at leafId, in the main window.
    void continueInChat(qint64 conversationId, qint64 leafId);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void laneResolved(CompareLane *lane, const ProviderAccess::Result &result);
    void sendWhenReady();
    void laneFinished();
    void retryLane(CompareLane *lane);
    void removeLane(CompareLane *lane);
    void moveLane(CompareLane *lane, int steps);
    void arrange();
    void shuffleForBlindTest();
    void askLaneSetName();
    void updateButtons();
    QString laneName(const CompareLane *lane) const;
    ReplyTarget baseTarget() const;
    static void applyLane(const CompareLane *lane, ReplyTarget *target);
    void retranslateUi();

    ChatClient *m_client;
    HistoryStore *m_store;
    AppSettings *m_settings;
    ChatSession *m_session;
    ProviderAccess *m_access;
    QList<CompareLane *> m_lanes;
    QHash<CompareLane *, ReplyTarget> m_targets; // resolved for the message being sent
    QHash<CompareLane *, qint64> m_parents; // the user message each lane's reply answers
    QString m_pending; // the message waiting for the lanes' providers
    int m_waiting = 0;
    qint64 m_firstUser = 0;
    QTimer m_tick; // live metrics
    Arrangement m_arrangement = Arrangement::Columns;
    bool m_blindWanted = false;
    bool m_blind = false; // the lanes are hidden behind their labels
    bool m_voted = false;
    QGridLayout *m_grid;
    QLabel *m_summary;
    ComposerEdit *m_edit;
    QPushButton *m_send;
    QPushButton *m_stopAll;
    QPushButton *m_addLane;
    QPushButton *m_arrangeButton;
    QPushButton *m_export;
    QPushButton *m_blindButton;
    QPushButton *m_votesButton;
    QPushButton *m_setsButton;
    LaneSetMenu *m_setsMenu;
    VoteBar *m_voteBar;
};
