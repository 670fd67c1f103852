#pragma once

#include "codehighlighter.h"

#include <QtCore/QSet>

// The built-in rules behind CodeHighlighter::highlightLine: programming languages by tables of
// words (coderules.cpp), data, markup, Markdown and diff by small scanners of their own
// (codemarkup.cpp). Internal to the highlighter.
namespace CodeRules {

using Kind = CodeHighlighter::Kind;
using Span = CodeHighlighter::Span;
using State = CodeHighlighter::State;

enum Inside {
    Nothing = 0,
    BlockComment = 1,
    TripleDouble = 2, // """ (Python, Kotlin, Swift)
    TripleSingle = 3, // ''' (Python)
    Backtick = 4, // `...` over lines (JavaScript templates, Go raw strings)
    MarkupComment = 5, // <!-- -->
    CssBlock = 6, // inside { } of a CSS rule
    CssBlockComment = 7, // a comment inside one
};

QSet<QString> words(const char *list);
bool isIdentStart(QChar c);
bool isIdentPart(QChar c);

// The spans of one line as they are found.
class LineScanner
{
public:
    LineScanner(QStringView line, QList<Span> *spans)
        : m_line(line)
        , m_spans(spans)
    { }

    void add(qsizetype start, qsizetype end, Kind kind)
    {
        if (end > start)
            m_spans->append({int(start), int(end - start), kind});
    }
    // The end of a quoted string that starts at i (the quote); the line's end when not closed.
    qsizetype stringEnd(qsizetype i, QChar quote) const
    {
        for (qsizetype j = i + 1; j < m_line.size(); ++j) {
            if (m_line.at(j) == u'\\')
                ++j;
            else if (m_line.at(j) == quote)
                return j + 1;
        }
        return m_line.size();
    }
    qsizetype numberEnd(qsizetype i) const
    {
        qsizetype j = i;
        while (j < m_line.size()
               && (m_line.at(j).isLetterOrNumber() || m_line.at(j) == u'.' || m_line.at(j) == u'_'))
            ++j;
        return j;
    }
    qsizetype identEnd(qsizetype i) const
    {
        qsizetype j = i;
        while (j < m_line.size() && (isIdentPart(m_line.at(j)) || m_line.at(j) == u'-'))
            ++j;
        return j;
    }
    // From i, the end of what is open (end marker included), or -1 when it stays open.
    qsizetype closeAt(qsizetype i, QStringView end) const
    {
        const qsizetype at = m_line.indexOf(end, i);
        return at < 0 ? -1 : at + end.size();
    }

    QStringView m_line;
    QList<Span> *m_spans;
};

// A programming language of the tables; false when there are none for it.
bool highlightProgram(const QString &language, QStringView line, State *state, QList<Span> *spans);
void highlightData(const QString &language, QStringView line, QList<Span> *spans);
void highlightMarkup(QStringView line, State *state, QList<Span> *spans);
void highlightCss(QStringView line, State *state, QList<Span> *spans);
void highlightMarkdown(QStringView line, QList<Span> *spans);
void highlightDiff(QStringView line, QList<Span> *spans);

} // namespace CodeRules
