#pragma once
// YAML as people write it by hand (runbook front matter; later SLO specs and schedules), read
// with yaml-cpp — a real parser: quoting, flow and block collections, comments, `|` and `>`
// block scalars — and handed over as plain Qt values that remember their line. Every error reads
// `file:line: what` with the line counted in the whole file, so YAML embedded in a larger file
// (front matter after its `---`) names the line a person sees in the editor.
//
// yaml-cpp lets through a few things YAML forbids; this refuses them too: a key given twice, a
// line in a mapping with no `key:` at all, and anchors that refer to themselves. It also bounds
// how far aliases may expand, so a small file cannot blow up into millions of values.
//
// Scalars stay text as written ("SEV3", "2026-09-01", "99.9"): the reader decides what a value
// means and says so in its own error when it does not fit.

#include "util/Result.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace sitrep {

struct YamlEntry;

class YamlNode
{
public:
    enum class Kind { Null, Scalar, List, Map };

    Kind kind() const { return m_kind; }
    bool isNull() const { return m_kind == Kind::Null; }
    bool isScalar() const { return m_kind == Kind::Scalar; }
    bool isList() const { return m_kind == Kind::List; }
    bool isMap() const { return m_kind == Kind::Map; }
    // 1-based, in the whole file. A null value (`owner:`) is on the line of its key.
    int line() const { return m_line; }
    // The file name errors carry, as given to parseYaml.
    const QString &file() const { return m_file; }
    // A scalar's value, unquoted (block scalars with their line breaks); empty for null.
    const QString &text() const { return m_text; }
    const std::vector<YamlNode> &items() const { return m_items; }       // a list's items
    const std::vector<YamlEntry> &entries() const { return m_entries; }  // a mapping's, as written
    // The entry with this key, or nullptr.
    const YamlEntry *entry(QStringView key, Qt::CaseSensitivity cs = Qt::CaseSensitive) const;

    // null → an invalid QVariant, scalar → QString, list → QVariantList, mapping → QVariantMap.
    QVariant toVariant() const;

    // Typed reads; `name` is how the error calls the value ("services").
    // A scalar, or "" for null; a list or mapping is an error.
    Result<QString> toText(const QString &name) const;
    // A list of scalars, or {} for null; anything else (a single scalar too) is an error.
    Result<QStringList> toTextList(const QString &name) const;
    // "file:line: what", on this node's line.
    Error errorHere(const QString &what) const;

private:
    friend class YamlBuilder;
    Kind m_kind = Kind::Null;
    int m_line = 0;
    QString m_file;
    QString m_text;
    std::vector<YamlNode> m_items;
    std::vector<YamlEntry> m_entries;
};

struct YamlEntry
{
    QString key;
    int line = 0;   // of the key
    YamlNode value;
};

// Parses one YAML document. `fileName` goes into errors as given; `firstLine` is the line of the
// file on which `text` starts (2 for front matter after a first `---` line). An empty text is a
// null node.
Result<YamlNode> parseYaml(const QString &text, const QString &fileName, int firstLine = 1);

// "file:line: what" — the one shape of every YAML error, for readers that add their own.
QString yamlErrorText(const QString &fileName, int line, const QString &what);

// `text` as a double-quoted YAML scalar, for writing a value a person typed (a title such as
// `DNS: "edge" [prod] #1` would otherwise be read as a mapping, a list or a comment).
QString yamlQuoted(const QString &text);

} // namespace sitrep
