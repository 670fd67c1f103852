#include "codehighlighter.h"

#include "coderules.h"
#include "markdownblocks.h"

#include <QtCore/QHash>
#include <QtGui/QTextBlock>
#include <QtGui/QTextCursor>
#include <QtGui/QTextDocument>

#ifdef PARLEY_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>
#endif
using namespace Qt::Literals::StringLiterals;

QString CodeHighlighter::languageFor(const QString &fenceTag)
{
    static const QHash<QString, QString> aliases = {
            {u"python"_s, u"python"_s},
            {u"py"_s, u"python"_s},
            {u"python3"_s, u"python"_s},
            {u"javascript"_s, u"javascript"_s},
            {u"js"_s, u"javascript"_s},
            {u"jsx"_s, u"javascript"_s},
            {u"mjs"_s, u"javascript"_s},
            {u"node"_s, u"javascript"_s},
            {u"typescript"_s, u"typescript"_s},
            {u"ts"_s, u"typescript"_s},
            {u"tsx"_s, u"typescript"_s},
            {u"c"_s, u"c"_s},
            {u"h"_s, u"c"_s},
            {u"cpp"_s, u"cpp"_s},
            {u"c++"_s, u"cpp"_s},
            {u"cxx"_s, u"cpp"_s},
            {u"cc"_s, u"cpp"_s},
            {u"hpp"_s, u"cpp"_s},
            {u"csharp"_s, u"csharp"_s},
            {u"cs"_s, u"csharp"_s},
            {u"c#"_s, u"csharp"_s},
            {u"java"_s, u"java"_s},
            {u"kotlin"_s, u"kotlin"_s},
            {u"kt"_s, u"kotlin"_s},
            {u"kts"_s, u"kotlin"_s},
            {u"go"_s, u"go"_s},
            {u"golang"_s, u"go"_s},
            {u"rust"_s, u"rust"_s},
            {u"rs"_s, u"rust"_s},
            {u"swift"_s, u"swift"_s},
            {u"shell"_s, u"shell"_s},
            {u"sh"_s, u"shell"_s},
            {u"bash"_s, u"shell"_s},
            {u"zsh"_s, u"shell"_s},
            {u"console"_s, u"shell"_s},
            {u"shellscript"_s, u"shell"_s},
            {u"powershell"_s, u"powershell"_s},
            {u"ps1"_s, u"powershell"_s},
            {u"pwsh"_s, u"powershell"_s},
            {u"ps"_s, u"powershell"_s},
            {u"sql"_s, u"sql"_s},
            {u"sqlite"_s, u"sql"_s},
            {u"postgresql"_s, u"sql"_s},
            {u"mysql"_s, u"sql"_s},
            {u"json"_s, u"json"_s},
            {u"jsonc"_s, u"json"_s},
            {u"yaml"_s, u"yaml"_s},
            {u"yml"_s, u"yaml"_s},
            {u"toml"_s, u"toml"_s},
            {u"html"_s, u"html"_s},
            {u"htm"_s, u"html"_s},
            {u"xml"_s, u"html"_s},
            {u"svg"_s, u"html"_s},
            {u"vue"_s, u"html"_s},
            {u"css"_s, u"css"_s},
            {u"scss"_s, u"css"_s},
            {u"less"_s, u"css"_s},
            {u"markdown"_s, u"markdown"_s},
            {u"md"_s, u"markdown"_s},
            {u"diff"_s, u"diff"_s},
            {u"patch"_s, u"diff"_s},
    };
    return aliases.value(fenceTag.trimmed().toLower());
}

QList<CodeHighlighter::Span> CodeHighlighter::highlightLine(const QString &language,
                                                            QStringView line, State *state)
{
    QList<Span> spans;
    if (language == "json"_L1 || language == "yaml"_L1 || language == "toml"_L1)
        CodeRules::highlightData(language, line, &spans);
    else if (language == "html"_L1)
        CodeRules::highlightMarkup(line, state, &spans);
    else if (language == "css"_L1)
        CodeRules::highlightCss(line, state, &spans);
    else if (language == "markdown"_L1)
        CodeRules::highlightMarkdown(line, &spans);
    else if (language == "diff"_L1)
        CodeRules::highlightDiff(line, &spans);
    else
        CodeRules::highlightProgram(language, line, state, &spans);
    return spans;
}

QTextCharFormat CodeHighlighter::format(Kind kind, Theme theme)
{
    // One Dark and GitHub Light, the palettes most readers know.
    struct Colours
    {
        QRgb dark;
        QRgb light;
    };
    static const QHash<int, Colours> colours = {
            {int(Kind::Keyword), {0xc678dd, 0xcf222e}},
            {int(Kind::Type), {0xe5c07b, 0x953800}},
            {int(Kind::Literal), {0xd19a66, 0x0550ae}},
            {int(Kind::String), {0x98c379, 0x0a3069}},
            {int(Kind::Number), {0xd19a66, 0x0550ae}},
            {int(Kind::Comment), {0x7f848e, 0x6e7781}},
            {int(Kind::Function), {0x61afef, 0x6639ba}},
            {int(Kind::Tag), {0xe06c75, 0x116329}},
            {int(Kind::Attribute), {0x56b6c2, 0x0550ae}},
            {int(Kind::Variable), {0xe06c75, 0x953800}},
            {int(Kind::Added), {0x98c379, 0x116329}},
            {int(Kind::Removed), {0xe06c75, 0x82071e}},
            {int(Kind::Meta), {0x56b6c2, 0x6639ba}},
    };
    const Colours c = colours.value(int(kind));
    QTextCharFormat format;
    format.setForeground(QColor::fromRgb(theme == Theme::Dark ? c.dark : c.light));
    if (kind == Kind::Comment)
        format.setFontItalic(true);
    return format;
}

#ifdef PARLEY_HAVE_KSYNTAXHIGHLIGHTING
namespace {

// KSyntaxHighlighting's spans of one line, in the formats of its theme.
class KdeLines final : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    QList<CodeHighlighter::Colour> line(QStringView text, KSyntaxHighlighting::State *state)
    {
        m_out.clear();
        *state = highlightLine(text, *state);
        return m_out;
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (length <= 0 || format.isDefaultTextStyle(theme()))
            return;
        QTextCharFormat f;
        if (format.hasTextColor(theme()))
            f.setForeground(format.textColor(theme()));
        if (format.isBold(theme()))
            f.setFontWeight(QFont::Bold);
        if (format.isItalic(theme()))
            f.setFontItalic(true);
        m_out.append({offset, length, f});
    }

private:
    QList<CodeHighlighter::Colour> m_out;
};

KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

} // namespace
#endif

QList<QList<CodeHighlighter::Colour>>
CodeHighlighter::colourLines(const QString &fenceTag, const QStringList &lines, Theme theme)
{
    QList<QList<Colour>> out;
#ifdef PARLEY_HAVE_KSYNTAXHIGHLIGHTING
    const QString tag = fenceTag.trimmed();
    KSyntaxHighlighting::Definition definition = repository().definitionForName(tag);
    if (!definition.isValid() && !tag.isEmpty())
        definition = repository().definitionForFileName(u"code."_s + tag.toLower());
    if (!definition.isValid() && !languageFor(tag).isEmpty())
        definition = repository().definitionForName(languageFor(tag));
    if (definition.isValid()) {
        KdeLines highlighter;
        highlighter.setDefinition(definition);
        highlighter.setTheme(repository().defaultTheme(
                theme == Theme::Dark ? KSyntaxHighlighting::Repository::DarkTheme
                                     : KSyntaxHighlighting::Repository::LightTheme));
        KSyntaxHighlighting::State state;
        for (const QString &line : lines)
            out.append(highlighter.line(line, &state));
        return out;
    }
    return out;
#else
    const QString language = languageFor(fenceTag);
    if (language.isEmpty())
        return out;
    State state;
    for (const QString &line : lines) {
        QList<Colour> colours;
        for (const Span &span : highlightLine(language, line, &state))
            colours.append({span.start, span.length, format(span.kind, theme)});
        out.append(colours);
    }
    return out;
#endif
}

QString CodeHighlighter::engine()
{
#ifdef PARLEY_HAVE_KSYNTAXHIGHLIGHTING
    return u"KSyntaxHighlighting"_s;
#else
    return u"built-in rules"_s;
#endif
}

// Colours for the code blocks of finished documents, a whole block at a time (what continues
// from one line to the next, a block comment or a long string, is followed). Code that runs on
// from one document into the next is one block: a long block kept as the parts it streamed in.
int CodeHighlighter::colourDocuments(const QList<QTextDocument *> &docs, Theme theme)
{
    QList<QList<Placement>> colours;
    const int coloured = planColours(docs, theme, &colours);
    for (qsizetype d = 0; d < docs.size(); ++d)
        setColours(docs.at(d), colours.at(d));
    return coloured;
}

int CodeHighlighter::planColours(const QList<QTextDocument *> &docs, Theme theme,
                                 QList<QList<Placement>> *perDocument)
{
    struct Line
    {
        qsizetype doc;
        QTextBlock block;
    };
    QList<Line> all;
    for (qsizetype d = 0; d < docs.size(); ++d)
        for (QTextBlock block = docs.at(d)->begin(); block.isValid(); block = block.next())
            all.append({d, block});
    perDocument->clear();
    perDocument->resize(docs.size());
    int coloured = 0;
    for (qsizetype i = 0; i < all.size();) {
        if (!MarkdownBlocks::isCodeBlock(all.at(i).block)) {
            ++i;
            continue;
        }
        const QString tag =
                all.at(i).block.blockFormat().stringProperty(QTextFormat::BlockCodeLanguage);
        const qsizetype first = i;
        QStringList lines;
        for (; i < all.size() && MarkdownBlocks::isCodeBlock(all.at(i).block); ++i)
            lines.append(all.at(i).block.text());
        const QList<QList<Colour>> colours = colourLines(tag, lines, theme);
        if (colours.isEmpty())
            continue; // no language known by that name: plain
        ++coloured;
        for (qsizetype k = 0; k < colours.size() && first + k < i; ++k) {
            const Line &line = all.at(first + k);
            const int position = line.block.position();
            for (const Colour &colour : colours.at(k))
                (*perDocument)[line.doc].append(
                        {position + colour.start, colour.length, colour.format});
        }
    }
    return coloured;
}

void CodeHighlighter::setColours(QTextDocument *doc, const QList<Placement> &colours)
{
    if (colours.isEmpty())
        return;
    // One edit: a cursor moved outside one lays the document out up to where it is, every time.
    QTextCursor cursor(doc);
    cursor.beginEditBlock();
    for (const Placement &colour : colours) {
        cursor.setPosition(colour.position);
        cursor.setPosition(colour.position + colour.length, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(colour.format);
    }
    cursor.endEditBlock();
}
