#include "redact.h"

#include <QtCore/QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Redact {

QString secrets(QString text, const QStringList &knownSecrets)
{
    for (const QString &secret : knownSecrets) {
        if (secret.size() >= 4)
            text.replace(secret, u"[redacted]"_s);
    }
    // OpenAI, Anthropic, OpenRouter, DeepSeek ... keys, and bearer tokens in echoed headers.
    static const QRegularExpression keyLike(uR"(\bsk-[A-Za-z0-9_\-*.]{8,})"_s);
    static const QRegularExpression bearer(uR"((\bBearer\s+)[^\s"',;]+)"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    text.replace(keyLike, u"sk-[redacted]"_s);
    text.replace(bearer, u"\\1[redacted]"_s);
    return text;
}

} // namespace Redact
