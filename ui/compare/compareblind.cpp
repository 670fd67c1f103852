// Blind comparisons: the lanes shuffled and labelled A, B, C…, the vote once every lane ended,
// and the tally of every vote.
#include "blindvote.h"
#include "chat/chatsession.h"
#include "comparelane.h"
#include "comparewindow.h"
#include "storage/historystore.h"

#include <QtCore/QRandomGenerator>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

void CompareWindow::setBlind(bool blind)
{
    if (m_firstUser || !m_pending.isEmpty())
        return; // chosen before the first message only
    m_blindWanted = blind;
    m_blindButton->setChecked(blind);
}

// The lanes in a random order, labelled A, B, C… as they now stand: neither a lane's place nor
// its label tells which model it was given.
void CompareWindow::shuffleForBlindTest()
{
    std::shuffle(m_lanes.begin(), m_lanes.end(), *QRandomGenerator::global());
    for (qsizetype i = 0; i < m_lanes.size(); ++i) {
        m_lanes.at(i)->setLabel(QString(QChar(char16_t(u'A' + i))));
        m_lanes.at(i)->setBlind(true);
    }
    m_blind = true;
    arrange();
}

bool CompareWindow::awaitingVote() const
{
    if (!m_blind || m_voted || !m_firstUser || !m_pending.isEmpty())
        return false;
    for (const CompareLane *lane : std::as_const(m_lanes))
        if (lane->isRunning())
            return false;
    return true;
}

QString CompareWindow::vote(VoteOutcome outcome, int best)
{
    if (!awaitingVote())
        return tr("There is nothing to vote on yet: a blind comparison is voted on once every "
                  "lane has ended.");
    if (outcome == VoteOutcome::Best && (best < 0 || best >= m_lanes.size()))
        return tr("Pick one of the lanes as the best.");
    QList<VoteLane> lanes;
    for (const CompareLane *lane : std::as_const(m_lanes))
        lanes.append({lane->label(), lane->model(), lane->profileName(), lane->replyId()});
    Vote v = Vote::of(outcome, lanes, best);
    v.conversationId = m_session->conversationId();
    v.userMessageId = m_firstUser;
    // Not stored, not shown: the lanes stay hidden so the vote can be cast again.
    if (!m_store)
        return tr("Could not save the vote: the history is not open.");
    if (!m_store->addVote(v))
        return tr("Could not save the vote: %1").arg(m_store->errorString());
    m_voted = true;
    m_blind = false;
    for (CompareLane *lane : std::as_const(m_lanes))
        lane->setBlind(false);
    m_voteBar->hide();
    QString verdict;
    switch (outcome) {
    case VoteOutcome::Best:
        verdict = tr("You chose %1: %2.").arg(lanes.at(best).label, lanes.at(best).model);
        break;
    case VoteOutcome::Tie:
        verdict = tr("You called it a tie.");
        break;
    case VoteOutcome::AllBad:
        verdict = tr("You found every answer bad.");
        break;
    }
    m_summary->setText(verdict + u' ' + summary());
    updateButtons();
    return {};
}

void CompareWindow::showVotes()
{
    auto *dialog = findChild<VoteTallyDialog *>();
    if (!dialog) {
        dialog = new VoteTallyDialog(m_store, this);
        dialog->setWindowFlag(Qt::Window);
    }
    dialog->refresh();
    dialog->show();
    dialog->raise();
}
