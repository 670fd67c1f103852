#include "coderules.h"

using namespace Qt::Literals::StringLiterals;

namespace CodeRules {

void highlightData(const QString &language, QStringView line, QList<Span> *spans)
{
    LineScanner s(line, spans);
    const bool json = language == "json"_L1;
    const bool toml = language == "toml"_L1;
    const QStringView trimmed = line.trimmed();
    if (toml && trimmed.startsWith(u'[')) {
        s.add(line.indexOf(u'['), line.size(), Kind::Tag);
        return;
    }
    if (!json && trimmed.startsWith(u"---"))
        return;
    qsizetype i = 0;
    // A YAML or TOML key: the first word before ':' or '='.
    if (!json) {
        qsizetype start = 0;
        while (start < line.size() && (line.at(start).isSpace() || line.at(start) == u'-'))
            ++start;
        qsizetype end = start;
        while (end < line.size() && line.at(end) != u':' && line.at(end) != u'='
               && line.at(end) != u'#' && line.at(end) != u'"' && line.at(end) != u'\'')
            ++end;
        const QChar sep = end < line.size() ? line.at(end) : QChar();
        if (end > start && ((!toml && sep == u':') || (toml && sep == u'='))) {
            qsizetype keyEnd = end;
            while (keyEnd > start && line.at(keyEnd - 1).isSpace())
                --keyEnd;
            s.add(start, keyEnd, Kind::Attribute);
            i = end + 1;
        }
    }
    while (i < line.size()) {
        const QChar c = line.at(i);
        if (!json && c == u'#' && (i == 0 || line.at(i - 1).isSpace())) {
            s.add(i, line.size(), Kind::Comment);
            return;
        }
        if (c == u'"' || (!json && c == u'\'')) {
            const qsizetype end = s.stringEnd(i, c);
            qsizetype after = end;
            while (after < line.size() && line.at(after).isSpace())
                ++after;
            s.add(i, end,
                  json && after < line.size() && line.at(after) == u':' ? Kind::Attribute
                                                                        : Kind::String);
            i = end;
            continue;
        }
        if ((c.isDigit() || (c == u'-' && i + 1 < line.size() && line.at(i + 1).isDigit()))
            && (i == 0 || !isIdentPart(line.at(i - 1)))) {
            const qsizetype end = s.numberEnd(i + 1);
            s.add(i, end, Kind::Number);
            i = end;
            continue;
        }
        if (isIdentStart(c)) {
            const qsizetype end = s.identEnd(i);
            static const QSet<QString> literals = words("true false null yes no on off ~");
            if (literals.contains(line.sliced(i, end - i).toString().toLower()))
                s.add(i, end, Kind::Literal);
            i = end;
            continue;
        }
        ++i;
    }
}

// HTML and XML: tags, attributes, their values, comments over lines.
void highlightMarkup(QStringView line, State *state, QList<Span> *spans)
{
    LineScanner s(line, spans);
    qsizetype i = 0;
    if (state->inside == MarkupComment) {
        const qsizetype close = s.closeAt(0, u"-->");
        s.add(0, close < 0 ? line.size() : close, Kind::Comment);
        if (close < 0)
            return;
        state->inside = Nothing;
        i = close;
    }
    while (i < line.size()) {
        if (line.sliced(i).startsWith(u"<!--")) {
            const qsizetype close = s.closeAt(i + 4, u"-->");
            s.add(i, close < 0 ? line.size() : close, Kind::Comment);
            if (close < 0) {
                state->inside = MarkupComment;
                return;
            }
            i = close;
            continue;
        }
        if (line.at(i) == u'<') {
            qsizetype end = i + 1;
            if (end < line.size()
                && (line.at(end) == u'/' || line.at(end) == u'!' || line.at(end) == u'?'))
                ++end;
            end = s.identEnd(end);
            s.add(i, end, Kind::Tag);
            i = end;
            // Attributes until '>'.
            while (i < line.size() && line.at(i) != u'>') {
                const QChar c = line.at(i);
                if (c == u'"' || c == u'\'') {
                    const qsizetype stringEnd = s.stringEnd(i, c);
                    s.add(i, stringEnd, Kind::String);
                    i = stringEnd;
                } else if (isIdentStart(c)) {
                    const qsizetype nameEnd = s.identEnd(i);
                    s.add(i, nameEnd, Kind::Attribute);
                    i = nameEnd;
                } else {
                    ++i;
                }
            }
            if (i < line.size()) {
                s.add(line.at(i - 1) == u'/' ? i - 1 : i, i + 1, Kind::Tag);
                ++i;
            }
            continue;
        }
        if (line.at(i) == u'&') {
            const qsizetype semi = line.indexOf(u';', i);
            if (semi > i && semi - i < 10) {
                s.add(i, semi + 1, Kind::Literal);
                i = semi + 1;
                continue;
            }
        }
        ++i;
    }
}

// CSS: selectors, properties, values, comments; State remembers an open rule block.
void highlightCss(QStringView line, State *state, QList<Span> *spans)
{
    LineScanner s(line, spans);
    bool inBlock = state->inside == CssBlock || state->inside == CssBlockComment;
    qsizetype i = 0;
    if (state->inside == BlockComment || state->inside == CssBlockComment) {
        const qsizetype close = s.closeAt(0, u"*/");
        s.add(0, close < 0 ? line.size() : close, Kind::Comment);
        if (close < 0)
            return;
        state->inside = inBlock ? CssBlock : Nothing;
        i = close;
    }
    qsizetype selectorStart = -1;
    while (i < line.size()) {
        const QChar c = line.at(i);
        if (line.sliced(i).startsWith(u"/*")) {
            const qsizetype close = s.closeAt(i + 2, u"*/");
            s.add(i, close < 0 ? line.size() : close, Kind::Comment);
            if (close < 0) {
                state->inside = inBlock ? CssBlockComment : BlockComment;
                return;
            }
            i = close;
            continue;
        }
        if (!inBlock) {
            if (c == u'{') {
                if (selectorStart >= 0)
                    s.add(selectorStart, i, Kind::Tag);
                selectorStart = -1;
                inBlock = true;
            } else if (!c.isSpace() && selectorStart < 0) {
                selectorStart = i;
            }
            ++i;
            continue;
        }
        if (c == u'}') {
            inBlock = false;
            ++i;
            continue;
        }
        if (isIdentStart(c) || c == u'-') {
            const qsizetype end = s.identEnd(i);
            qsizetype after = end;
            while (after < line.size() && line.at(after).isSpace())
                ++after;
            if (after < line.size() && line.at(after) == u':')
                s.add(i, end, Kind::Attribute);
            i = end;
            continue;
        }
        if (c.isDigit()
            || (c == u'#' && i + 1 < line.size() && line.at(i + 1).isLetterOrNumber())) {
            const qsizetype end = s.numberEnd(i + 1);
            s.add(i, end, Kind::Number);
            i = end;
            continue;
        }
        if (c == u'"' || c == u'\'') {
            const qsizetype end = s.stringEnd(i, c);
            s.add(i, end, Kind::String);
            i = end;
            continue;
        }
        ++i;
    }
    if (!inBlock && selectorStart >= 0)
        s.add(selectorStart, line.size(), Kind::Tag); // a selector list over several lines
    state->inside = inBlock ? CssBlock : Nothing;
}

void highlightMarkdown(QStringView line, QList<Span> *spans)
{
    LineScanner s(line, spans);
    const QStringView t = line.trimmed();
    const qsizetype start = line.indexOf(t.isEmpty() ? QStringView(u" ") : t.first(1));
    if (t.startsWith(u'#')) {
        s.add(start, line.size(), Kind::Tag);
        return;
    }
    if (t.startsWith(u'>')) {
        s.add(start, line.size(), Kind::Comment);
        return;
    }
    qsizetype i = 0;
    if (t.startsWith(u"- ") || t.startsWith(u"* ") || t.startsWith(u"+ ")) {
        s.add(start, start + 1, Kind::Keyword);
        i = start + 1;
    }
    while (i < line.size()) {
        const QChar c = line.at(i);
        if (c == u'`') {
            const qsizetype close = line.indexOf(u'`', i + 1);
            const qsizetype end = close < 0 ? line.size() : close + 1;
            s.add(i, end, Kind::String);
            i = end;
            continue;
        }
        if (c == u'*' && i + 1 < line.size() && line.at(i + 1) == u'*') {
            const qsizetype close = line.indexOf(u"**", i + 2);
            if (close > 0) {
                s.add(i, close + 2, Kind::Keyword);
                i = close + 2;
                continue;
            }
        }
        if (c == u']' && i + 1 < line.size() && line.at(i + 1) == u'(') {
            const qsizetype close = line.indexOf(u')', i + 2);
            const qsizetype end = close < 0 ? line.size() : close + 1;
            s.add(i + 1, end, Kind::Attribute);
            i = end;
            continue;
        }
        ++i;
    }
}

void highlightDiff(QStringView line, QList<Span> *spans)
{
    LineScanner s(line, spans);
    if (line.startsWith(u"+++") || line.startsWith(u"---") || line.startsWith(u"diff ")
        || line.startsWith(u"index ") || line.startsWith(u"@@"))
        s.add(0, line.size(), Kind::Meta);
    else if (line.startsWith(u'+'))
        s.add(0, line.size(), Kind::Added);
    else if (line.startsWith(u'-'))
        s.add(0, line.size(), Kind::Removed);
}

} // namespace CodeRules
