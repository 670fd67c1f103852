#include "safemarkdown.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>
#include <QtCore/QRegularExpression>
#include <QtCore/QStringList>

using namespace Qt::Literals::StringLiterals;

namespace SafeMarkdown {

bool isInvisibleControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) // embeddings and overrides
            || (c >= 0x2066 && c <= 0x2069) // isolates
            || (c >= 0x200B && c <= 0x200F) // zero-width space/joiners, LRM/RLM
            || c == 0x2060 || c == 0xFEFF || c == 0x061C;
}

QString revealInvisible(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const char32_t c : text.toUcs4()) {
        if (isInvisibleControl(c))
            out += u"⟦U+"_s + QString::number(uint(c), 16).toUpper().rightJustified(4, u'0')
                    + u"⟧"_s;
        else
            out += QString::fromUcs4(&c, 1);
    }
    return out;
}

namespace {

// A URL shown as inline code, so nothing in it is taken as markdown.
QString codeSpan(QString text)
{
    text.remove(u'`');
    return text.isEmpty() ? QString() : u'`' + text + u'`';
}

QString placeholder(const QString &alt, const QString &url)
{
    const QString label = QCoreApplication::translate("SafeMarkdown", "image");
    // ▣ (U+25A3) is in DejaVu and Noto, the fonts the scripts install: no empty box for it.
    QString out = u"⟦▣ "_s + label;
    if (!alt.trimmed().isEmpty())
        out += u": "_s + revealInvisible(alt.trimmed());
    if (!url.isEmpty())
        out += u" "_s + codeSpan(url);
    return out + u"⟧"_s;
}

// Rewrites the parts of one line that are outside code spans.
QString rewriteInline(const QString &text, const QHash<QString, QString> &references)
{
    static const QRegularExpression image(
            uR"(!\[([^\]]*)\]\(\s*<?([^)\s>]*)>?(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\))"_s);
    static const QRegularExpression referenceImage(uR"(!\[([^\]]*)\](?:\[([^\]]*)\])?)"_s);
    static const QRegularExpression link(uR"((?<!!)\[([^\]]+)\](\(|\[))"_s);

    QString out = text;
    out.replace(image, u"\u0001\\1\u0002\\2\u0003"_s); // mark, then build placeholders below
    QString built;
    qsizetype at = 0;
    while (true) {
        const qsizetype start = out.indexOf(u'\u0001', at);
        if (start < 0)
            break;
        const qsizetype mid = out.indexOf(u'\u0002', start);
        const qsizetype end = out.indexOf(u'\u0003', mid);
        built += out.mid(at, start - at);
        built += placeholder(out.mid(start + 1, mid - start - 1), out.mid(mid + 1, end - mid - 1));
        at = end + 1;
    }
    built += out.mid(at);
    out = built;

    // ![alt][ref] and ![alt]: resolve the address from the definitions, never load it.
    QRegularExpressionMatchIterator it = referenceImage.globalMatch(out);
    QString result;
    qsizetype last = 0;
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString alt = m.captured(1);
        const QString key = (m.captured(2).isEmpty() ? alt : m.captured(2)).toLower();
        result += out.mid(last, m.capturedStart() - last);
        result += placeholder(alt, references.value(key));
        last = m.capturedEnd();
    }
    result += out.mid(last);
    out = result;

    // Link text: show direction overrides and zero-width characters for what they are.
    it = link.globalMatch(out);
    result.clear();
    last = 0;
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        result += out.mid(last, m.capturedStart() - last);
        result += u'[' + revealInvisible(m.captured(1)) + u']' + m.captured(2);
        last = m.capturedEnd();
    }
    result += out.mid(last);
    return result;
}

} // namespace

QString prepare(const QString &markdown)
{
    if (!markdown.contains(u'['))
        return markdown; // no link and no image: nothing to rewrite (most streaming tails)
    static const QRegularExpression definition(
            uR"(^\s{0,3}\[([^\]]+)\]:\s*<?(\S+?)>?(?:\s.*)?$)"_s);
    // A fence as the importer reads one: at most three spaces, three or more of one character
    // (no backtick after a backtick fence's), closed by as many or more and nothing else.
    static const QRegularExpression fence(uR"(^ {0,3}(`{3,}|~{3,})(.*)$)"_s);

    const QStringList lines = markdown.split(u'\n');
    QHash<QString, QString> references;
    for (const QString &line : lines) {
        const QRegularExpressionMatch m = definition.match(line);
        if (m.hasMatch())
            references.insert(m.captured(1).toLower(), m.captured(2));
    }

    QStringList out;
    out.reserve(lines.size());
    QString openFence;
    for (const QString &line : lines) {
        const QRegularExpressionMatch f = fence.match(line);
        if (!openFence.isEmpty()) {
            if (f.hasMatch() && f.captured(1).front() == openFence.front()
                && f.captured(1).size() >= openFence.size() && f.captured(2).trimmed().isEmpty())
                openFence.clear();
            out.append(line);
            continue;
        }
        if (f.hasMatch() && !(f.captured(1).front() == u'`' && f.captured(2).contains(u'`'))) {
            openFence = f.captured(1);
            out.append(line);
            continue;
        }
        // Only what is outside `code spans` is rewritten.
        const QStringList parts = line.split(u'`');
        QStringList rebuilt;
        for (qsizetype i = 0; i < parts.size(); ++i)
            rebuilt.append(i % 2 == 0 ? rewriteInline(parts.at(i), references) : parts.at(i));
        out.append(rebuilt.join(u'`'));
    }
    return out.join(u'\n');
}

} // namespace SafeMarkdown
