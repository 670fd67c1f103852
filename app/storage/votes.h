#pragma once

#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QString>

// A blind comparison's vote: the user picked the best answer, called it a tie, or found them all
// bad, before knowing which model wrote which. Each lane keeps its model and provider by name, so
// the tally stays true after the conversation is gone.
enum class VoteOutcome {
    Best, // one lane won, the others lost
    Tie, // every lane tied
    AllBad, // none was good enough
};

enum class LaneResult {
    Win,
    Loss,
    Tie,
    Bad, // every answer of an "all bad" vote
};

struct VoteLane
{
    QString label; // "A", "B", ... as the user saw it
    QString model;
    QString provider; // the profile's name
    qint64 messageId = 0; // the lane's answer
    LaneResult result = LaneResult::Tie;
};

struct Vote
{
    qint64 id = 0;
    qint64 conversationId = 0;
    qint64 userMessageId = 0; // the message the lanes answered
    VoteOutcome outcome = VoteOutcome::Tie;
    QList<VoteLane> lanes;
    QDateTime createdAt;

    // The lanes' results for an outcome: the lane at best wins and the others lose, or all tie,
    // or all are bad.
    static Vote of(VoteOutcome outcome, QList<VoteLane> lanes, qsizetype best = -1);
};

// One model's record over every stored vote.
struct VoteTally
{
    QString model;
    QString provider;
    int wins = 0;
    int losses = 0;
    int ties = 0;
    int allBad = 0;

    int votes() const { return wins + losses + ties + allBad; }
    double winRate() const { return votes() ? double(wins) / votes() : 0; }
};

QString voteOutcomeName(VoteOutcome outcome);
QString laneResultName(LaneResult result);
