#include "util/Yaml.h"

#include <QCoreApplication>

// GCC 14 warns of a dangling pointer inside yaml-cpp 0.8's inline node code (node/impl.h, a
// false positive of -Wdangling-pointer at -O2); the library's headers are not ours to change.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdangling-pointer"
#include <yaml-cpp/yaml.h>
#pragma GCC diagnostic pop

#include <exception>
#include <string>

namespace sitrep {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Yaml)
};

// Deep enough for any file a person writes; a self-referring anchor (`a: &x [*x]`) makes yaml-cpp
// hand out a cycle, which this ends.
constexpr int maxDepth = 64;
// Aliases are shared in yaml-cpp but copied here: "billion laughs" stops at this many values.
constexpr int maxValues = 100000;

QString fromStd(const std::string &s) { return QString::fromUtf8(s.data(), qsizetype(s.size())); }
} // namespace

// Turns yaml-cpp's nodes into YamlNodes, with lines counted in the whole file.
class YamlBuilder
{
public:
    YamlBuilder(QString file, int firstLine, int lastLine)
        : m_file(std::move(file)), m_firstLine(firstLine), m_lastLine(lastLine) {}

    int lineOf(const YAML::Mark &mark) const
    {
        if (mark.is_null())
            return m_firstLine;
        // At the end of the text yaml-cpp may point one line past it: name the last line instead.
        return std::min(mark.line + m_firstLine, m_lastLine);
    }

    Result<YamlNode> build(const YAML::Node &in, int depth, int line)
    {
        if (depth > maxDepth || ++m_values > maxValues)
            return fail(yamlErrorText(m_file, line, Tr::tr("the values nest too deeply or aliases expand too far")));
        YamlNode out;
        out.m_file = m_file;
        out.m_line = line;
        switch (in.Type()) {
        case YAML::NodeType::Undefined:
        case YAML::NodeType::Null:
            out.m_kind = YamlNode::Kind::Null;
            break;
        case YAML::NodeType::Scalar:
            out.m_kind = YamlNode::Kind::Scalar;
            out.m_text = fromStd(in.Scalar());
            break;
        case YAML::NodeType::Sequence:
            out.m_kind = YamlNode::Kind::List;
            for (const YAML::Node &item : in) {
                auto built = build(item, depth + 1, lineOf(item.Mark()));
                if (!built)
                    return built;
                out.m_items.push_back(std::move(built).value());
            }
            break;
        case YAML::NodeType::Map:
            out.m_kind = YamlNode::Kind::Map;
            for (auto it = in.begin(); it != in.end(); ++it) {
                const YAML::Node &key = it->first;
                const YAML::Node &value = it->second;
                const int keyLine = lineOf(key.Mark());
                if (!key.IsScalar())
                    return fail(yamlErrorText(m_file, keyLine, Tr::tr("a key must be plain text, not a list or mapping")));
                const QString name = fromStd(key.Scalar());
                // yaml-cpp takes a lone line of words in a mapping ("owner storage-team") as a key
                // with no value; its null value then sits where the key does. YAML forbids it.
                if (value.IsNull() && !value.Mark().is_null() && value.Mark().pos == key.Mark().pos)
                    return fail(yamlErrorText(m_file, keyLine, Tr::tr("expected “key: value”, got “%1”").arg(name.left(60))));
                if (const YamlEntry *earlier = out.entry(name))
                    return fail(yamlErrorText(m_file, keyLine, Tr::tr("“%1” is given twice (first on line %2)").arg(name).arg(earlier->line)));
                // A null value has no place of its own: it is where its key is.
                auto built = build(value, depth + 1, value.IsNull() ? keyLine : lineOf(value.Mark()));
                if (!built)
                    return built;
                out.m_entries.push_back(YamlEntry{name, keyLine, std::move(built).value()});
            }
            break;
        }
        return out;
    }

private:
    QString m_file;
    int m_firstLine;
    int m_lastLine;
    int m_values = 0;
};

const YamlEntry *YamlNode::entry(QStringView key, Qt::CaseSensitivity cs) const
{
    for (const YamlEntry &e : m_entries)
        if (QStringView(e.key).compare(key, cs) == 0)
            return &e;
    return nullptr;
}

QVariant YamlNode::toVariant() const
{
    switch (m_kind) {
    case Kind::Null:
        return {};
    case Kind::Scalar:
        return m_text;
    case Kind::List: {
        QVariantList list;
        for (const YamlNode &item : m_items)
            list << item.toVariant();
        return list;
    }
    case Kind::Map: {
        QVariantMap map;
        for (const YamlEntry &e : m_entries)
            map.insert(e.key, e.value.toVariant());
        return map;
    }
    }
    return {};
}

Error YamlNode::errorHere(const QString &what) const
{
    return fail(yamlErrorText(m_file, m_line, what));
}

Result<QString> YamlNode::toText(const QString &name) const
{
    switch (m_kind) {
    case Kind::Null:
        return QString();
    case Kind::Scalar:
        return m_text;
    case Kind::List:
        return errorHere(Tr::tr("%1 must be text, not a list").arg(name));
    case Kind::Map:
        return errorHere(Tr::tr("%1 must be text, not a mapping (quote it if it contains “: ”)").arg(name));
    }
    return QString();
}

Result<QStringList> YamlNode::toTextList(const QString &name) const
{
    switch (m_kind) {
    case Kind::Null:
        return QStringList();
    case Kind::Scalar:
        return errorHere(Tr::tr("%1 must be a list such as [a, b], not “%2”").arg(name, m_text.left(60)));
    case Kind::Map:
        return errorHere(Tr::tr("%1 must be a list such as [a, b], not a mapping").arg(name));
    case Kind::List:
        break;
    }
    QStringList out;
    for (const YamlNode &item : m_items) {
        if (!item.isScalar() && !item.isNull())
            return item.errorHere(Tr::tr("each entry of %1 must be text (quote it if it contains “: ”)").arg(name));
        out << item.text();
    }
    return out;
}

QString yamlErrorText(const QString &fileName, int line, const QString &what)
{
    return QStringLiteral("%1:%2: %3").arg(fileName).arg(line).arg(what);
}

QString yamlQuoted(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\')) {
            out += QLatin1Char('\\');
            out += c;
        } else if (c == QLatin1Char('\n')) {
            out += QStringLiteral("\\n");
        } else if (c.unicode() < 0x20) {
            out += QStringLiteral("\\x%1").arg(int(c.unicode()), 2, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    return out + QLatin1Char('"');
}

Result<YamlNode> parseYaml(const QString &text, const QString &fileName, int firstLine)
{
    const int lastLine = firstLine + int(text.count(QLatin1Char('\n'))) - (text.endsWith(QLatin1Char('\n')) ? 1 : 0);
    YamlBuilder builder(fileName, firstLine, std::max(firstLine, lastLine));
    try {
        const std::vector<YAML::Node> documents = YAML::LoadAll(text.toStdString());
        if (documents.empty())
            return builder.build(YAML::Node(), 0, firstLine);
        if (documents.size() > 1)
            return fail(yamlErrorText(fileName, builder.lineOf(documents[1].Mark()),
                                      Tr::tr("a second YAML document starts here; one is expected")));
        return builder.build(documents.front(), 0, builder.lineOf(documents.front().Mark()));
    } catch (const YAML::Exception &e) {
        // yaml-cpp's message is in English ("end of sequence flow not found"); it is the best
        // description there is of what the parser expected.
        return fail(yamlErrorText(fileName, builder.lineOf(e.mark), Tr::tr("not valid YAML: %1").arg(fromStd(e.msg))));
    } catch (const std::exception &e) {
        return fail(yamlErrorText(fileName, firstLine, Tr::tr("not valid YAML: %1").arg(QString::fromUtf8(e.what()))));
    }
}

} // namespace sitrep
