#include "demoreply.h"

#include <QtCore/QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace DemoReply {

const QList<DemoModel> &models()
{
    static const QList<DemoModel> list = {
            {u"parley-demo-fast"_s, 8, false},
            {u"parley-demo-slow"_s, 80, false},
            {u"parley-demo-thinker"_s, 25, true},
    };
    return list;
}

const DemoModel *model(const QString &id)
{
    for (const DemoModel &m : models()) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

static bool isKorean(const QString &text)
{
    for (const QChar c : text) {
        if (c.script() == QChar::Script_Hangul)
            return true;
    }
    return false;
}

static QString quoted(const QString &prompt)
{
    QString text = prompt.simplified();
    if (text.size() > 120)
        text = text.left(119) + u'…';
    return text.isEmpty() ? u"…"_s : text;
}

QString content(const QString &modelId, const QString &prompt)
{
    static const QString table = uR"(| Model | Speed | Thinks first |
|---|---|---|
| `parley-demo-fast` | ~125 tokens/s | no |
| `parley-demo-slow` | ~12 tokens/s | no |
| `parley-demo-thinker` | ~40 tokens/s | yes |)"_s;
    static const QString code = uR"(```cpp
// Parley's core reads a stream as it arrives:
SseParser parser(&handler);
for (const QByteArray &bytes : network)
    parser.feed(bytes); // events come out at once
```)"_s;
    if (isKorean(prompt)) {
        return u"## Parley 데모에서 인사드립니다\n\n"
               "보내신 메시지: *“%1”*\n\n"
               "이 답장은 **%2** 모델이 보냈습니다. 내 컴퓨터에서 실행되는 내장 데모 제공자라서 "
               "키도, "
               "네트워크도 필요 없습니다. 실제 모델처럼 토큰 단위로 스트리밍됩니다.\n\n"
               "### Parley가 보여 줄 수 있는 것\n\n"
               "- **마크다운**: 제목, 목록, 표, 인용문, `인라인 코드`\n"
               "- **코드 블록**: 언어 표시와 복사 버튼\n"
               "- **실시간 통계**: 첫 토큰까지의 시간과 초당 토큰 수\n\n"
               "%3\n\n%4\n\n"
               "> 실제 모델과 대화하려면 설정에서 제공자를 추가하세요. API 키는 OS 키체인에만 "
               "저장됩니다.\n"_s.arg(quoted(prompt), modelId, table, code);
    }
    return u"## Hello from Parley's demo\n\n"
           "You said: *“%1”*\n\n"
           "This reply comes from **%2**, a built-in demo provider that runs on your own machine: "
           "no key and no network needed. It streams token by token, like a real model.\n\n"
           "### What Parley can show\n\n"
           "- **Markdown**: headings, lists, tables, block quotes and `inline code`\n"
           "- **Code blocks** with a language label and a Copy button\n"
           "- **Live statistics**: time to first token and tokens per second\n\n"
           "%3\n\n%4\n\n"
           "> To talk to a real model, add a provider in Settings. Its API key is kept only in "
           "your system's keychain.\n"_s.arg(quoted(prompt), modelId, table, code);
}

QString reasoning(const QString &prompt)
{
    if (isKorean(prompt))
        return u"사용자가 “%1”라고 했다. Parley가 그릴 수 있는 것을 보여 주자: 제목, 목록, 표, "
               "코드 블록. 짧고 친절하게 답하자."_s.arg(quoted(prompt));
    return u"The user said “%1”. I should show what Parley can render: a heading, a list, a table "
           "and a code block. Keep it short and friendly."_s.arg(quoted(prompt));
}

QStringList tokens(const QString &text)
{
    static const QRegularExpression piece(u"\\s*\\S+|\\s+$"_s);
    QStringList out;
    QRegularExpressionMatchIterator it = piece.globalMatch(text);
    while (it.hasNext())
        out.append(it.next().captured());
    return out;
}

} // namespace DemoReply
