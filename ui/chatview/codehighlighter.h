#pragma once

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtGui/QTextCharFormat>

class QTextDocument;

// Colours for code in chat answers, by rules small enough to read: for each language its
// keywords, types, literals, comments, strings and numbers, plus what makes JSON, YAML, TOML,
// HTML, CSS, Markdown and diff themselves. The fence's tag chooses (with the common aliases:
// py, js, ts, sh, c++, yml ...); an unknown or missing tag gets no colours. A line is split into
// spans; State carries what continues onto the next line (a block comment, a long string).
class CodeHighlighter final
{
public:
    enum class Kind {
        Keyword,
        Type,
        Literal, // true, false, null, None ...
        String,
        Number,
        Comment,
        Function, // a name followed by "("
        Tag, // HTML and XML tags, CSS selectors, Markdown headings
        Attribute, // HTML attributes, JSON, YAML and TOML keys, CSS properties
        Variable, // $name in shell and PowerShell
        Added, // diff
        Removed,
        Meta, // diff hunks, preprocessor lines, decorators
    };
    struct Span
    {
        int start;
        int length;
        Kind kind;
        bool operator==(const Span &) const = default;
    };
    // What continues from one line to the next.
    struct State
    {
        int inside = 0; // 0: nothing; else what is open (see the .cpp)
        bool operator==(const State &) const = default;
    };

    enum class Theme {
        Dark,
        Light,
    };

    // The language a fence tag names ("py" -> "python"), or empty when there are no rules for it.
    static QString languageFor(const QString &fenceTag);
    // The spans of one line of code in language (as languageFor() returns it).
    static QList<Span> highlightLine(const QString &language, QStringView line, State *state);
    // How a kind of span looks in a theme (its colour; comments in italics).
    static QTextCharFormat format(Kind kind, Theme theme);

    // The colours of a whole code block, line by line, from the engine Parley was built with:
    // KDE's KSyntaxHighlighting where CMake found KF6SyntaxHighlighting, else the rules above.
    // Empty when the fence tag names no language the engine knows.
    struct Colour
    {
        int start;
        int length;
        QTextCharFormat format;
    };
    static QList<QList<Colour>> colourLines(const QString &fenceTag, const QStringList &lines,
                                            Theme theme);
    static QString engine(); // "KSyntaxHighlighting" or "built-in rules"
    // Colours every code block of rendered documents (code that runs on from one into the next
    // is one block); returns how many blocks had a known language.
    static int colourDocuments(const QList<QTextDocument *> &docs, Theme theme);

    // The same in two steps, so that a document can get its colours when it is first painted:
    // where in each document each colour goes (one list per document), and setting them.
    struct Placement
    {
        int position;
        int length;
        QTextCharFormat format;
    };
    static int planColours(const QList<QTextDocument *> &docs, Theme theme,
                           QList<QList<Placement>> *perDocument);
    static void setColours(QTextDocument *doc, const QList<Placement> &colours);
};
