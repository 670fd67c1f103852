// The built-in highlighter: which fence tags it knows, and what a line of each language is split
// into. Code blocks are coloured with these spans once they finish (tst_messagedocument).
#include "codehighlighter.h"

#include <QtTest/QTest>

using namespace Qt::Literals::StringLiterals;

using Kind = CodeHighlighter::Kind;

namespace {

// "text:kind" for each span of a line, to read in a table.
QStringList spans(const QString &language, const QString &line,
                  CodeHighlighter::State *state = nullptr)
{
    CodeHighlighter::State local;
    QStringList out;
    for (const CodeHighlighter::Span &s :
         CodeHighlighter::highlightLine(language, line, state ? state : &local)) {
        static const char *const names[] = {
                "keyword", "type",      "literal",  "string", "number",  "comment", "function",
                "tag",     "attribute", "variable", "added",  "removed", "meta"};
        out << line.mid(s.start, s.length) + u':' + QLatin1StringView(names[int(s.kind)]);
    }
    return out;
}

} // namespace

class TestCodeHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fenceTagsAndTheirAliases_data();
    void fenceTagsAndTheirAliases();
    void eachLanguageHasItsColours_data();
    void eachLanguageHasItsColours();
    void commentsAndStringsGoOnOverLines();
    void unknownLanguagesGetNoColours();
    void bothThemesHaveAColourForEveryKind();
};

void TestCodeHighlighter::fenceTagsAndTheirAliases_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("language");
    const QList<std::pair<const char *, const char *>> rows = {
            {"python", "python"},
            {"py", "python"},
            {"js", "javascript"},
            {"JavaScript", "javascript"},
            {"ts", "typescript"},
            {"tsx", "typescript"},
            {"c", "c"},
            {"c++", "cpp"},
            {"cpp", "cpp"},
            {"cs", "csharp"},
            {"c#", "csharp"},
            {"java", "java"},
            {"kotlin", "kotlin"},
            {"kt", "kotlin"},
            {"go", "go"},
            {"rust", "rust"},
            {"rs", "rust"},
            {"swift", "swift"},
            {"sh", "shell"},
            {"bash", "shell"},
            {"zsh", "shell"},
            {"powershell", "powershell"},
            {"ps1", "powershell"},
            {"sql", "sql"},
            {"json", "json"},
            {"yaml", "yaml"},
            {"yml", "yaml"},
            {"toml", "toml"},
            {"html", "html"},
            {"xml", "html"},
            {"css", "css"},
            {"markdown", "markdown"},
            {"md", "markdown"},
            {"diff", "diff"},
            {"patch", "diff"},
    };
    for (const auto &[tag, language] : rows)
        QTest::newRow(tag) << QString::fromLatin1(tag) << QString::fromLatin1(language);
}

void TestCodeHighlighter::fenceTagsAndTheirAliases()
{
    QFETCH(QString, tag);
    QFETCH(QString, language);
    QCOMPARE(CodeHighlighter::languageFor(tag), language);
}

void TestCodeHighlighter::eachLanguageHasItsColours_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("python") << u"python"_s << u"def f(x): return None  # done"_s
                            << QStringList{u"def:keyword"_s, u"f:function"_s, u"return:keyword"_s,
                                           u"None:literal"_s, u"# done:comment"_s};
    QTest::newRow("python decorator")
            << u"python"_s << u"@cache"_s << QStringList{u"@cache:meta"_s};
    QTest::newRow("javascript") << u"javascript"_s << u"const n = 42; // answer"_s
                                << QStringList{u"const:keyword"_s, u"42:number"_s,
                                               u"// answer:comment"_s};
    QTest::newRow("typescript") << u"typescript"_s << u"let s: string = 'a';"_s
                                << QStringList{u"let:keyword"_s, u"string:type"_s, u"'a':string"_s};
    QTest::newRow("c preprocessor")
            << u"c"_s << u"#include <stdio.h>"_s << QStringList{u"#include <stdio.h>:meta"_s};
    QTest::newRow("cpp") << u"cpp"_s << u"auto p = nullptr;"_s
                         << QStringList{u"auto:keyword"_s, u"nullptr:literal"_s};
    QTest::newRow("csharp") << u"csharp"_s << u"public string Name;"_s
                            << QStringList{u"public:keyword"_s, u"string:type"_s};
    QTest::newRow("java") << u"java"_s << u"@Override public void run()"_s
                          << QStringList{u"@Override:meta"_s, u"public:keyword"_s, u"void:type"_s,
                                         u"run:function"_s};
    QTest::newRow("kotlin") << u"kotlin"_s << u"val x: Int = 1"_s
                            << QStringList{u"val:keyword"_s, u"Int:type"_s, u"1:number"_s};
    QTest::newRow("go") << u"go"_s << u"func main() { s := `raw` }"_s
                        << QStringList{u"func:keyword"_s, u"main:function"_s, u"`raw`:string"_s};
    QTest::newRow("rust") << u"rust"_s << u"fn main() { let v: Vec<u8> = vec![]; }"_s
                          << QStringList{u"fn:keyword"_s, u"main:function"_s, u"let:keyword"_s,
                                         u"Vec:type"_s, u"u8:type"_s};
    QTest::newRow("swift") << u"swift"_s << u"guard let x = y else { return nil }"_s
                           << QStringList{u"guard:keyword"_s, u"let:keyword"_s, u"else:keyword"_s,
                                          u"return:keyword"_s, u"nil:literal"_s};
    QTest::newRow("shell") << u"shell"_s << u"echo \"$HOME\" # where"_s
                           << QStringList{u"echo:type"_s, u"\"$HOME\":string"_s,
                                          u"# where:comment"_s};
    QTest::newRow("shell variable")
            << u"shell"_s << u"cd ${DIR}/x"_s << QStringList{u"cd:type"_s, u"${DIR}:variable"_s};
    QTest::newRow("powershell") << u"powershell"_s << u"Get-ChildItem $path -Recurse"_s
                                << QStringList{u"Get-ChildItem:function"_s, u"$path:variable"_s};
    QTest::newRow("sql, any case") << u"sql"_s << u"SELECT name FROM users WHERE id = 1"_s
                                   << QStringList{u"SELECT:keyword"_s, u"FROM:keyword"_s,
                                                  u"WHERE:keyword"_s, u"1:number"_s};
    QTest::newRow("json") << u"json"_s << uR"(  "name": "Parley", "n": 3, "ok": true)"_s
                          << QStringList{u"\"name\":attribute"_s, u"\"Parley\":string"_s,
                                         u"\"n\":attribute"_s,    u"3:number"_s,
                                         u"\"ok\":attribute"_s,   u"true:literal"_s};
    QTest::newRow("yaml") << u"yaml"_s << u"  retries: 3 # at most"_s
                          << QStringList{u"retries:attribute"_s, u"3:number"_s,
                                         u"# at most:comment"_s};
    QTest::newRow("toml section") << u"toml"_s << u"[server]"_s << QStringList{u"[server]:tag"_s};
    QTest::newRow("toml key") << u"toml"_s << u"port = 8080"_s
                              << QStringList{u"port:attribute"_s, u"8080:number"_s};
    QTest::newRow("html") << u"html"_s << uR"(<a href="/x">link</a>)"_s
                          << QStringList{u"<a:tag"_s, u"href:attribute"_s, u"\"/x\":string"_s,
                                         u">:tag"_s,  u"</a:tag"_s,        u">:tag"_s};
    QTest::newRow("css") << u"css"_s << u"body { color: #fff; margin: 0 }"_s
                         << QStringList{u"body :tag"_s, u"color:attribute"_s, u"#fff:number"_s,
                                        u"margin:attribute"_s, u"0:number"_s};
    QTest::newRow("markdown heading")
            << u"markdown"_s << u"## Title"_s << QStringList{u"## Title:tag"_s};
    QTest::newRow("diff added") << u"diff"_s << u"+new line"_s << QStringList{u"+new line:added"_s};
    QTest::newRow("diff removed") << u"diff"_s << u"-old line"_s
                                  << QStringList{u"-old line:removed"_s};
    QTest::newRow("diff hunk") << u"diff"_s << u"@@ -1,2 +1,3 @@"_s
                               << QStringList{u"@@ -1,2 +1,3 @@:meta"_s};
}

void TestCodeHighlighter::eachLanguageHasItsColours()
{
    QFETCH(QString, language);
    QFETCH(QString, line);
    QFETCH(QStringList, expected);
    QCOMPARE(spans(language, line), expected);
}

void TestCodeHighlighter::commentsAndStringsGoOnOverLines()
{
    CodeHighlighter::State state;
    QCOMPARE(spans(u"c"_s, u"int a; /* starts"_s, &state),
             QStringList({u"int:type"_s, u"/* starts:comment"_s}));
    QCOMPARE(spans(u"c"_s, u"still inside"_s, &state), QStringList{u"still inside:comment"_s});
    QCOMPARE(spans(u"c"_s, u"ends */ return 0;"_s, &state),
             QStringList({u"ends */:comment"_s, u"return:keyword"_s, u"0:number"_s}));
    QCOMPARE(state, CodeHighlighter::State{});

    CodeHighlighter::State python;
    QCOMPARE(spans(u"python"_s, u"doc = \"\"\"First"_s, &python),
             QStringList{u"\"\"\"First:string"_s});
    QCOMPARE(spans(u"python"_s, u"def not_code"_s, &python), QStringList{u"def not_code:string"_s});
    QCOMPARE(spans(u"python"_s, u"end\"\"\" if x"_s, &python),
             QStringList({u"end\"\"\":string"_s, u"if:keyword"_s}));

    CodeHighlighter::State html;
    QCOMPARE(spans(u"html"_s, u"<!-- a"_s, &html), QStringList{u"<!-- a:comment"_s});
    QCOMPARE(spans(u"html"_s, u"b -->"_s, &html), QStringList{u"b -->:comment"_s});
}

void TestCodeHighlighter::unknownLanguagesGetNoColours()
{
    QCOMPARE(CodeHighlighter::languageFor(u"brainfuck"_s), QString());
    QCOMPARE(CodeHighlighter::languageFor(QString()), QString());
    QVERIFY(spans(QString(), u"def f(): return 1"_s).isEmpty());
    QVERIFY(spans(u"text"_s, u"if else"_s).isEmpty());
}

void TestCodeHighlighter::bothThemesHaveAColourForEveryKind()
{
    for (int kind = int(Kind::Keyword); kind <= int(Kind::Meta); ++kind) {
        const QColor dark = CodeHighlighter::format(Kind(kind), CodeHighlighter::Theme::Dark)
                                    .foreground()
                                    .color();
        const QColor light = CodeHighlighter::format(Kind(kind), CodeHighlighter::Theme::Light)
                                     .foreground()
                                     .color();
        // Readable on each background: light colours on dark, dark ones on light.
        QVERIFY2(dark.lightness() > 110, qPrintable(QString::number(kind)));
        QVERIFY2(light.lightness() < 140, qPrintable(QString::number(kind)));
    }
    QVERIFY(CodeHighlighter::format(Kind::Comment, CodeHighlighter::Theme::Dark).fontItalic());
}

QTEST_GUILESS_MAIN(TestCodeHighlighter)
#include "tst_codehighlighter.moc"
