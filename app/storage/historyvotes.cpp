// Blind comparisons' votes in the history: the votes and vote_lanes tables of migration 2.
#include "historystore.h"

#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>

using namespace Qt::Literals::StringLiterals;

QString voteOutcomeName(VoteOutcome outcome)
{
    switch (outcome) {
    case VoteOutcome::Best:
        return u"best"_s;
    case VoteOutcome::Tie:
        return u"tie"_s;
    case VoteOutcome::AllBad:
        return u"all_bad"_s;
    }
    return u"tie"_s;
}

QString laneResultName(LaneResult result)
{
    switch (result) {
    case LaneResult::Win:
        return u"win"_s;
    case LaneResult::Loss:
        return u"loss"_s;
    case LaneResult::Tie:
        return u"tie"_s;
    case LaneResult::Bad:
        return u"bad"_s;
    }
    return u"tie"_s;
}

namespace {

template<typename Enum>
std::optional<Enum> fromName(const QString &name, std::initializer_list<Enum> values,
                             QString (*nameOf)(Enum))
{
    for (const Enum value : values)
        if (nameOf(value) == name)
            return value;
    return std::nullopt;
}

} // namespace

Vote Vote::of(VoteOutcome outcome, QList<VoteLane> lanes, qsizetype best)
{
    for (qsizetype i = 0; i < lanes.size(); ++i) {
        switch (outcome) {
        case VoteOutcome::Best:
            lanes[i].result = i == best ? LaneResult::Win : LaneResult::Loss;
            break;
        case VoteOutcome::Tie:
            lanes[i].result = LaneResult::Tie;
            break;
        case VoteOutcome::AllBad:
            lanes[i].result = LaneResult::Bad;
            break;
        }
    }
    Vote vote;
    vote.outcome = outcome;
    vote.lanes = lanes;
    return vote;
}

qint64 HistoryStore::addVote(const Vote &vote)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    if (!db.transaction()) {
        fail(query, tr("Could not save the vote"));
        return 0;
    }
    query.prepare(u"INSERT INTO votes (conversation_id, user_message_id, outcome, created_at) "
                  "VALUES (?,?,?,?)"_s);
    query.addBindValue(vote.conversationId > 0 ? QVariant(vote.conversationId) : QVariant());
    query.addBindValue(vote.userMessageId > 0 ? QVariant(vote.userMessageId) : QVariant());
    query.addBindValue(voteOutcomeName(vote.outcome));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    bool ok = query.exec();
    const qint64 id = ok ? query.lastInsertId().toLongLong() : 0;
    for (qsizetype i = 0; ok && i < vote.lanes.size(); ++i) {
        const VoteLane &lane = vote.lanes.at(i);
        query.prepare(u"INSERT INTO vote_lanes (vote_id, position, label, model, provider, "
                      "message_id, result) VALUES (?,?,?,?,?,?,?)"_s);
        query.addBindValue(id);
        query.addBindValue(int(i));
        query.addBindValue(lane.label.isNull() ? u""_s : lane.label);
        query.addBindValue(lane.model.isNull() ? u""_s : lane.model);
        query.addBindValue(lane.provider.isNull() ? u""_s : lane.provider);
        query.addBindValue(lane.messageId > 0 ? QVariant(lane.messageId) : QVariant());
        query.addBindValue(laneResultName(lane.result));
        ok = query.exec();
    }
    if (!ok) {
        fail(query, tr("Could not save the vote"));
        db.rollback();
        return 0;
    }
    if (!db.commit()) {
        fail(query, tr("Could not save the vote"));
        return 0;
    }
    return id;
}

QList<Vote> HistoryStore::votes(qint64 conversationId) const
{
    QList<Vote> votes;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT v.id, v.user_message_id, v.outcome, v.created_at, l.label, l.model, "
                  "l.provider, l.message_id, l.result FROM votes v "
                  "JOIN vote_lanes l ON l.vote_id = v.id WHERE v.conversation_id = ? "
                  "ORDER BY v.id, l.position"_s);
    query.addBindValue(conversationId);
    if (!query.exec())
        return votes;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (votes.isEmpty() || votes.last().id != id) {
            Vote vote;
            vote.id = id;
            vote.conversationId = conversationId;
            vote.userMessageId = query.value(1).toLongLong();
            vote.outcome = fromName(query.value(2).toString(),
                                    {VoteOutcome::Best, VoteOutcome::Tie, VoteOutcome::AllBad},
                                    voteOutcomeName)
                                   .value_or(VoteOutcome::Tie);
            vote.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong());
            votes.append(vote);
        }
        VoteLane lane;
        lane.label = query.value(4).toString();
        lane.model = query.value(5).toString();
        lane.provider = query.value(6).toString();
        lane.messageId = query.value(7).toLongLong();
        lane.result =
                fromName(query.value(8).toString(),
                         {LaneResult::Win, LaneResult::Loss, LaneResult::Tie, LaneResult::Bad},
                         laneResultName)
                        .value_or(LaneResult::Tie);
        votes.last().lanes.append(lane);
    }
    return votes;
}

QList<VoteTally> HistoryStore::voteTally() const
{
    QList<VoteTally> tally;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(u"SELECT model, provider, "
                    "SUM(result = 'win'), SUM(result = 'loss'), SUM(result = 'tie'), "
                    "SUM(result = 'bad') FROM vote_lanes GROUP BY model, provider "
                    "ORDER BY SUM(result = 'win') DESC, SUM(result = 'loss') ASC, model"_s))
        return tally;
    while (query.next())
        tally.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toInt(),
                      query.value(3).toInt(), query.value(4).toInt(), query.value(5).toInt()});
    return tally;
}

bool HistoryStore::clearVotes()
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    return query.exec(u"DELETE FROM votes"_s) || fail(query, tr("Could not clear the votes"));
}
