#include "coderules.h"

#include <QtCore/QHash>

using namespace Qt::Literals::StringLiterals;

namespace CodeRules {

QSet<QString> words(const char *list)
{
    QSet<QString> set;
    for (const QString &word : QString::fromLatin1(list).split(u' ', Qt::SkipEmptyParts))
        set.insert(word);
    return set;
}

// The rules of a C-like (or Python-like) language.
bool isIdentStart(QChar c)
{
    return c.isLetter() || c == u'_';
}

bool isIdentPart(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

namespace {

struct Rules
{
    QSet<QString> keywords;
    QSet<QString> types;
    QSet<QString> literals;
    QStringList lineComments;
    QString blockStart;
    QString blockEnd;
    QString quotes = u"\"'"_s;
    bool tripleQuotes = false;
    bool backtickStrings = false;
    bool caseInsensitive = false;
    bool variables = false; // $name
    bool decorators = false; // @name
    bool preprocessor = false; // #include at the start of a line
};

const char *const CKeywords = "if else for while do switch case default break continue return goto "
                              "sizeof struct union enum typedef static extern const volatile "
                              "inline register restrict";
const char *const CTypes = "void char short int long float double signed unsigned bool size_t "
                           "int8_t int16_t int32_t int64_t uint8_t uint16_t uint32_t uint64_t";

const QHash<QString, Rules> &allRules()
{
    static const QHash<QString, Rules> rules = [] {
        QHash<QString, Rules> r;
        Rules c;
        c.keywords = words(CKeywords);
        c.types = words(CTypes);
        c.literals = words("NULL true false");
        c.lineComments = {u"//"_s};
        c.blockStart = u"/*"_s;
        c.blockEnd = u"*/"_s;
        c.preprocessor = true;
        r.insert(u"c"_s, c);

        Rules cpp = c;
        cpp.keywords.unite(words(
                "class namespace template typename public private protected virtual override "
                "final new delete this using try catch throw operator friend explicit constexpr "
                "consteval noexcept decltype auto mutable static_cast dynamic_cast const_cast "
                "reinterpret_cast co_await co_return co_yield concept requires export import "
                "module"));
        cpp.types.unite(words("wchar_t char8_t char16_t char32_t std string vector"));
        cpp.literals = words("nullptr true false NULL");
        r.insert(u"cpp"_s, cpp);

        Rules cs;
        cs.keywords = words(
                "abstract as base break case catch checked class const continue default delegate "
                "do else enum event explicit extern finally fixed for foreach goto if implicit in "
                "interface internal is lock namespace new operator out override params private "
                "protected public readonly ref return sealed sizeof stackalloc static struct "
                "switch this throw try typeof unchecked unsafe using virtual volatile while async "
                "await var record init get set yield where");
        cs.types = words("bool byte char decimal double float int long object sbyte short string "
                         "uint ulong ushort void dynamic");
        cs.literals = words("true false null");
        cs.lineComments = {u"//"_s};
        cs.blockStart = u"/*"_s;
        cs.blockEnd = u"*/"_s;
        cs.preprocessor = true;
        cs.decorators = false;
        r.insert(u"csharp"_s, cs);

        Rules java = cs;
        java.preprocessor = false;
        java.decorators = true;
        java.keywords = words(
                "abstract assert break case catch class const continue default do else enum "
                "extends final finally for goto if implements import instanceof interface native "
                "new package private protected public return static strictfp super switch "
                "synchronized this throw throws transient try volatile while var record sealed "
                "permits yield");
        java.types = words("boolean byte char double float int long short void String Object "
                           "Integer List Map");
        r.insert(u"java"_s, java);

        Rules kotlin = java;
        kotlin.keywords = words(
                "as break class continue do else for fun if in interface is object package return "
                "super this throw try typealias typeof val var when while by catch constructor "
                "companion data enum finally get import init inner internal lateinit open "
                "operator out override private protected public sealed set suspend vararg");
        kotlin.types = words("Int Long Short Byte Double Float Boolean Char String Unit Any "
                             "Nothing List Map");
        kotlin.tripleQuotes = true;
        r.insert(u"kotlin"_s, kotlin);

        Rules go;
        go.keywords = words("break case chan const continue default defer else fallthrough for "
                            "func go goto if import interface map package range return select "
                            "struct switch type var");
        go.types = words("bool byte complex64 complex128 error float32 float64 int int8 int16 "
                         "int32 int64 rune string uint uint8 uint16 uint32 uint64 uintptr any");
        go.literals = words("true false nil iota");
        go.lineComments = {u"//"_s};
        go.blockStart = u"/*"_s;
        go.blockEnd = u"*/"_s;
        go.backtickStrings = true;
        r.insert(u"go"_s, go);

        Rules rust;
        rust.keywords = words(
                "as async await break const continue crate dyn else enum extern fn for if impl in "
                "let loop match mod move mut pub ref return self Self static struct super trait "
                "type unsafe use where while macro_rules");
        rust.types = words("bool char str u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize "
                           "f32 f64 String Vec Option Result Box");
        rust.literals = words("true false None Some Ok Err");
        rust.lineComments = {u"//"_s};
        rust.blockStart = u"/*"_s;
        rust.blockEnd = u"*/"_s;
        rust.quotes = u"\""_s; // 'a is a lifetime, not a string
        r.insert(u"rust"_s, rust);

        Rules swift;
        swift.keywords = words(
                "associatedtype class deinit enum extension fileprivate func import init inout "
                "internal let open operator private protocol public rethrows static struct "
                "subscript typealias var break case continue default defer do else fallthrough "
                "for guard if in repeat return switch where while as catch is throw throws try "
                "async await some any self Self");
        swift.types = words("Int Double Float Bool String Character Array Dictionary Set "
                            "Optional Void");
        swift.literals = words("true false nil");
        swift.lineComments = {u"//"_s};
        swift.blockStart = u"/*"_s;
        swift.blockEnd = u"*/"_s;
        swift.quotes = u"\""_s;
        swift.tripleQuotes = true;
        swift.decorators = true;
        r.insert(u"swift"_s, swift);

        Rules js;
        js.keywords = words(
                "break case catch class const continue debugger default delete do else export "
                "extends finally for function if import in instanceof let new return super "
                "switch this throw try typeof var void while with yield async await of static "
                "get set from as");
        js.literals = words("true false null undefined NaN Infinity");
        js.types = words("Array Object String Number Boolean Promise Map Set Date Error JSON "
                         "Math console");
        js.lineComments = {u"//"_s};
        js.blockStart = u"/*"_s;
        js.blockEnd = u"*/"_s;
        js.backtickStrings = true;
        js.decorators = true;
        r.insert(u"javascript"_s, js);

        Rules ts = js;
        ts.keywords.unite(words("interface type enum implements private public protected "
                                "readonly abstract declare namespace keyof infer is satisfies"));
        ts.types.unite(words("string number boolean any unknown never void object bigint "
                             "symbol Record Partial"));
        r.insert(u"typescript"_s, ts);

        Rules py;
        py.keywords = words("and as assert async await break class continue def del elif else "
                            "except finally for from global if import in is lambda nonlocal not "
                            "or pass raise return try while with yield match case");
        py.types = words("int float str bool list dict set tuple bytes object type");
        py.literals = words("True False None self");
        py.lineComments = {u"#"_s};
        py.tripleQuotes = true;
        py.decorators = true;
        r.insert(u"python"_s, py);

        Rules sh;
        sh.keywords = words("if then else elif fi for in do done case esac while until "
                            "function return local export readonly declare set unset shift "
                            "break continue exit source alias");
        sh.types = words("echo cd printf read test grep sed awk cat ls mkdir rm cp mv chmod "
                         "curl sudo apt git");
        sh.literals = words("true false");
        sh.lineComments = {u"#"_s};
        sh.variables = true;
        r.insert(u"shell"_s, sh);

        Rules ps;
        ps.keywords = words("begin break catch class continue data do dynamicparam else elseif "
                            "end exit filter finally for foreach from function if in param "
                            "process return switch throw trap try until using var while");
        ps.literals = words("$true $false $null");
        ps.lineComments = {u"#"_s};
        ps.blockStart = u"<#"_s;
        ps.blockEnd = u"#>"_s;
        ps.variables = true;
        ps.caseInsensitive = true;
        r.insert(u"powershell"_s, ps);

        Rules sql;
        sql.keywords = words(
                "select from where and or not insert into values update set delete create table "
                "drop alter add index view join inner left right outer full on group by order "
                "having limit offset as distinct union all case when then else end primary key "
                "foreign references default unique check constraint exists in is like between "
                "with returning begin commit rollback transaction if asc desc");
        sql.types = words("int integer bigint smallint text varchar char boolean date "
                          "timestamp real float double numeric decimal blob serial json");
        sql.literals = words("null true false");
        sql.lineComments = {u"--"_s};
        sql.blockStart = u"/*"_s;
        sql.blockEnd = u"*/"_s;
        sql.quotes = u"'\""_s;
        sql.caseInsensitive = true;
        r.insert(u"sql"_s, sql);
        return r;
    }();
    return rules;
}

void highlightWithRules(const Rules &rules, QStringView line, State *state, QList<Span> *spans)
{
    LineScanner s(line, spans);
    qsizetype i = 0;
    // What continues from the line before.
    auto resume = [&](int inside, QStringView end, Kind kind) {
        if (state->inside != inside)
            return;
        const qsizetype close = s.closeAt(0, end);
        s.add(0, close < 0 ? line.size() : close, kind);
        if (close < 0) {
            i = line.size();
        } else {
            i = close;
            state->inside = Nothing;
        }
    };
    resume(BlockComment, rules.blockEnd, Kind::Comment);
    resume(TripleDouble, u"\"\"\"", Kind::String);
    resume(TripleSingle, u"'''", Kind::String);
    resume(Backtick, u"`", Kind::String);
    if (rules.preprocessor && i == 0 && line.trimmed().startsWith(u'#')) {
        s.add(0, line.size(), Kind::Meta);
        return;
    }
    while (i < line.size()) {
        const QChar c = line.at(i);
        const QStringView rest = line.sliced(i);
        bool comment = false;
        for (const QString &marker : rules.lineComments) {
            // A shell # starts a comment only at the start of a word.
            if (rest.startsWith(marker)
                && (marker != "#"_L1 || !rules.variables || i == 0 || line.at(i - 1).isSpace()))
                comment = true;
        }
        if (comment) {
            s.add(i, line.size(), Kind::Comment);
            return;
        }
        if (!rules.blockStart.isEmpty() && rest.startsWith(rules.blockStart)) {
            const qsizetype close = s.closeAt(i + rules.blockStart.size(), rules.blockEnd);
            s.add(i, close < 0 ? line.size() : close, Kind::Comment);
            if (close < 0) {
                state->inside = BlockComment;
                return;
            }
            i = close;
            continue;
        }
        if (rules.tripleQuotes && (rest.startsWith(u"\"\"\"") || rest.startsWith(u"'''"))) {
            const QStringView quote = rest.first(3);
            const qsizetype close = s.closeAt(i + 3, quote);
            s.add(i, close < 0 ? line.size() : close, Kind::String);
            if (close < 0) {
                state->inside = quote.front() == u'"' ? TripleDouble : TripleSingle;
                return;
            }
            i = close;
            continue;
        }
        if (rules.backtickStrings && c == u'`') {
            const qsizetype close = s.closeAt(i + 1, u"`");
            s.add(i, close < 0 ? line.size() : close, Kind::String);
            if (close < 0) {
                state->inside = Backtick;
                return;
            }
            i = close;
            continue;
        }
        if (rules.quotes.contains(c)) {
            const qsizetype end = s.stringEnd(i, c);
            s.add(i, end, Kind::String);
            i = end;
            continue;
        }
        if (c.isDigit() && (i == 0 || !isIdentPart(line.at(i - 1)))) {
            const qsizetype end = s.numberEnd(i);
            s.add(i, end, Kind::Number);
            i = end;
            continue;
        }
        if (rules.variables && c == u'$' && i + 1 < line.size()) {
            qsizetype end = i + 1;
            if (line.at(end) == u'{') {
                const qsizetype close = line.indexOf(u'}', end);
                end = close < 0 ? line.size() : close + 1;
            } else {
                while (end < line.size() && isIdentPart(line.at(end)))
                    ++end;
            }
            if (end > i + 1) {
                const QString word = line.sliced(i, end - i).toString().toLower();
                s.add(i, end, rules.literals.contains(word) ? Kind::Literal : Kind::Variable);
                i = end;
                continue;
            }
        }
        if (rules.decorators && c == u'@' && i + 1 < line.size() && isIdentStart(line.at(i + 1))) {
            qsizetype end = i + 1;
            while (end < line.size() && (isIdentPart(line.at(end)) || line.at(end) == u'.'))
                ++end;
            s.add(i, end, Kind::Meta);
            i = end;
            continue;
        }
        if (isIdentStart(c)) {
            qsizetype end = i + 1;
            while (end < line.size() && isIdentPart(line.at(end)))
                ++end;
            // PowerShell's Verb-Noun cmdlets.
            if (rules.caseInsensitive && rules.variables) {
                while (end < line.size() && line.at(end) == u'-' && end + 1 < line.size()
                       && isIdentStart(line.at(end + 1))) {
                    ++end;
                    while (end < line.size() && isIdentPart(line.at(end)))
                        ++end;
                }
            }
            const QString word = rules.caseInsensitive
                    ? line.sliced(i, end - i).toString().toLower()
                    : line.sliced(i, end - i).toString();
            if (rules.keywords.contains(word))
                s.add(i, end, Kind::Keyword);
            else if (rules.types.contains(word))
                s.add(i, end, Kind::Type);
            else if (rules.literals.contains(word))
                s.add(i, end, Kind::Literal);
            else if (end < line.size() && line.at(end) == u'(')
                s.add(i, end, Kind::Function);
            else if (word.contains(u'-'))
                s.add(i, end, Kind::Function);
            i = end;
            continue;
        }
        ++i;
    }
}

// JSON, YAML and TOML: keys, strings, numbers, literals, comments (YAML and TOML), sections.
} // namespace

bool highlightProgram(const QString &language, QStringView line, State *state, QList<Span> *spans)
{
    const auto it = allRules().constFind(language);
    if (it == allRules().cend())
        return false;
    highlightWithRules(*it, line, state, spans);
    return true;
}

} // namespace CodeRules
