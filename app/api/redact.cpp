#include "redact.h"

#include <QtCore/QRegularExpression>
#include <QtCore/QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace Redact {

namespace {

struct Shape
{
    QRegularExpression pattern;
    QString replacement;
};

const QList<Shape> &shapes()
{
    using RE = QRegularExpression;
    static const QList<Shape> all = {
            // OpenAI, Anthropic, OpenRouter, DeepSeek ("sk-", "sk-proj-", "sk-ant-", "sk-or-v1-").
            {RE(uR"(\bsk-[A-Za-z0-9_\-*.]{8,})"_s), u"sk-[redacted]"_s},
            // Groq, xAI, Hugging Face, GitHub, Perplexity, NVIDIA, Replicate, Fireworks, Cerebras.
            {RE(uR"(\b(gsk_|xai-|hf_|ghp_|gho_|ghs_|github_pat_|pplx-|nvapi-|r8_|fw_|csk-)[A-Za-z0-9_\-]{16,})"_s),
             u"\\1[redacted]"_s},
            // Google API keys.
            {RE(uR"(\bAIza[0-9A-Za-z_\-]{30,})"_s), u"AIza[redacted]"_s},
            // AWS access key ids.
            {RE(uR"(\b(AKIA|ASIA)[0-9A-Z]{16}\b)"_s), u"\\1[redacted]"_s},
            // JSON web tokens (OAuth access tokens, some gateways' keys).
            {RE(uR"(\beyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,})"_s),
             u"[redacted]"_s},
            // Azure OpenAI and other 32- or 64-hex keys.
            {RE(uR"(\b([0-9a-fA-F]{32}|[0-9a-fA-F]{64})\b)"_s), u"[redacted]"_s},
            // Bearer and Basic credentials in echoed headers.
            {RE(uR"((\b(?:Bearer|Basic)\s+)[^\s"',;]+)"_s, RE::CaseInsensitiveOption),
             u"\\1[redacted]"_s},
            // A URL's user info: scheme://user:password@host.
            {RE(uR"((\b[A-Za-z][A-Za-z0-9+.\-]*://)[^/\s@"'<>]+@)"_s), u"\\1[redacted]@"_s},
            // key=value in query strings and forms.
            {RE(uR"(([?&;\s]|^)((?:api[-_]?key|apikey|key|access[-_]?token|token|secret|password|passwd|sig|signature)=)[^\s"'&;<>]+)"_s,
                RE::CaseInsensitiveOption),
             u"\\1\\2[redacted]"_s},
            // "api_key": "value" in JSON, and echoed key headers (api-key: value).
            {RE(uR"((["']?\b(?:api[-_]?key|apikey|x-api-key|access[-_]?token|secret|password)["']?\s*:\s*["']?)[^\s"',;<>}]{3,})"_s,
                RE::CaseInsensitiveOption),
             u"\\1[redacted]"_s},
    };
    return all;
}

} // namespace

QString secrets(QString text, const QStringList &knownSecrets)
{
    for (const QString &secret : knownSecrets) {
        if (secret.size() >= 4)
            text.replace(secret, u"[redacted]"_s);
    }
    for (const Shape &shape : shapes())
        text.replace(shape.pattern, shape.replacement);
    return text;
}

QString url(const QUrl &url)
{
    QUrl shown = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveFragment);
    if (url.hasQuery()) {
        QUrlQuery query(url);
        QUrlQuery elided;
        const auto items = query.queryItems();
        for (const auto &[name, value] : items)
            elided.addQueryItem(name, value.isEmpty() ? QString() : u"…"_s);
        shown.setQuery(elided);
    }
    return shown.toDisplayString();
}

} // namespace Redact
