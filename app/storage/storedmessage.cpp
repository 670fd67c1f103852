#include "storedmessage.h"

using namespace Qt::Literals::StringLiterals;

QString messageStateName(MessageState state)
{
    switch (state) {
    case MessageState::Complete:
        return u"complete"_s;
    case MessageState::Streaming:
        return u"streaming"_s;
    case MessageState::Stopped:
        return u"stopped"_s;
    case MessageState::Incomplete:
        return u"incomplete"_s;
    case MessageState::Failed:
        return u"failed"_s;
    case MessageState::Interrupted:
        return u"interrupted"_s;
    }
    return u"complete"_s;
}

MessageState messageStateFromName(const QString &name, bool *ok)
{
    static const MessageState all[] = {MessageState::Complete, MessageState::Streaming,
                                       MessageState::Stopped,  MessageState::Incomplete,
                                       MessageState::Failed,   MessageState::Interrupted};
    for (MessageState state : all) {
        if (messageStateName(state) == name) {
            if (ok)
                *ok = true;
            return state;
        }
    }
    if (ok)
        *ok = false;
    return MessageState::Complete;
}
