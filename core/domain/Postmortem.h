#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace sitrep {

// Status keys: "draft", "in_review", "published".
// A status key in words, translated.
QString postmortemStatusLabel(const QString &status);

struct Postmortem
{
    qint64 id = 0;
    qint64 incidentId = 0;
    QString title;
    QString status = QStringLiteral("draft");
    QString body;                 // Markdown
    QString templateName;
    QString author;
    QStringList reviewers;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    std::optional<qint64> publishedAt;
    std::optional<qint64> reviewRequestedAt;
};

// Priority keys: "low", "medium", "high", "urgent". Status keys: "open", "in_progress", "done",
// "wont_do".
struct ActionItem
{
    qint64 id = 0;
    qint64 postmortemId = 0;
    QString title;
    QString owner;
    std::optional<qint64> dueAt;
    QString priority = QStringLiteral("medium");
    QString status = QStringLiteral("open");
    QString trackerUrl;
    qint64 createdAt = 0;
    std::optional<qint64> completedAt;
};

} // namespace sitrep
