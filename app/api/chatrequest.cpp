#include "chatrequest.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

using namespace Qt::Literals::StringLiterals;

QByteArray ChatRequest::toStreamingJson(UsageReport usage) const
{
    QJsonArray list;
    for (const ChatMessage &message : messages)
        list.append(QJsonObject{{u"role"_s, message.role}, {u"content"_s, message.content}});
    QJsonObject body{{u"model"_s, model}, {u"messages"_s, list}, {u"stream"_s, true}};
    if (usage == UsageReport::Requested)
        body.insert(u"stream_options"_s, QJsonObject{{u"include_usage"_s, true}});
    if (temperature)
        body.insert(u"temperature"_s, *temperature);
    if (topP)
        body.insert(u"top_p"_s, *topP);
    if (maxTokens)
        body.insert(u"max_tokens"_s, *maxTokens);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}
