#include "common/OfflineBanner.h"

#include "common/Dialogs.h"
#include "common/Outbox.h"
#include "common/OutboxReplay.h"
#include "common/Session.h"
#include "util/TimeFormat.h"

#include <QDateTime>
#include <QDialog>
#include <QJsonObject>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace sitrep::ui {

namespace {

QString shortTime(qint64 ms) { return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat); }

QString clockTime(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).time(), QLocale::ShortFormat);
}

// The held changes, one a row with the reason a replay refused it; the selected ones can be
// discarded after a question (nothing held is dropped unless the user says so).
void showReview(QWidget *parent, Session *session, const std::function<void()> &saveToFile)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(QStringLiteral("heldChangesDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(OfflineBanner::tr("Changes Kept on This Computer"));
    dialog->resize(720, 420);
    auto *layout = new QVBoxLayout(dialog);
    auto *intro = new QLabel(OfflineBanner::tr("These changes were made while the team database did not answer. "
                                               "Replay writes them in this order; a change that was refused stays "
                                               "here with the reason."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *list = new QListWidget;
    list->setObjectName(QStringLiteral("heldChangesList"));
    list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    list->setWordWrap(true);
    layout->addWidget(list, 1);
    const auto fill = [list, session] {
        list->clear();
        for (const HeldWrite &w : session->outbox()->writes()) {
            QString text = heldwrites::describe(w, shortTime);
            text += QLatin1Char('\n') + OfflineBanner::tr("Made by %1 at %2").arg(w.author, shortTime(w.heldAt));
            if (!w.refusal.isEmpty())
                text += QLatin1Char('\n') + OfflineBanner::tr("Not replayed: %1").arg(w.refusal);
            list->addItem(text);
        }
    };
    fill();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *save = buttons->addButton(OfflineBanner::tr("Save to File…"), QDialogButtonBox::ActionRole);
    auto *discard = buttons->addButton(OfflineBanner::tr("Discard Selected…"), QDialogButtonBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardHeldChanges"));
    QObject::connect(save, &QPushButton::clicked, dialog, [saveToFile] { saveToFile(); });
    QObject::connect(discard, &QPushButton::clicked, dialog, [dialog, list, session, fill] {
        QList<int> rows;
        for (const QModelIndex &i : list->selectionModel()->selectedRows())
            rows << i.row();
        if (rows.isEmpty())
            return;
        if (!dialogs::askConfirm(dialog, OfflineBanner::tr("Discard Changes"),
                                 OfflineBanner::tr("Discard %n selected change(s)? They will not be written to the team "
                                                   "database and cannot be brought back.", nullptr, int(rows.size())),
                                 OfflineBanner::tr("Discard")))
            return;
        QStringList ids;
        const QList<HeldWrite> &writes = session->outbox()->writes();
        for (int row : std::as_const(rows))
            if (row < writes.size())
                ids << writes[row].id;
        if (auto done = session->outbox()->remove(ids); !done)
            dialogs::showError(dialog, OfflineBanner::tr("Not discarded"), done.error());
        fill();
    });
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    QObject::connect(session->outbox(), &Outbox::changed, dialog, fill);
    layout->addWidget(buttons);
    dialog->show();
}

} // namespace

OfflineBanner::OfflineBanner(QLabel *connectionBanner, QWidget *parent)
    : QFrame(parent), m_connection(connectionBanner)
{
    setObjectName(QStringLiteral("heldChangesBar"));
    setAutoFillBackground(true);
    {
        // A calm blue: nothing is wrong any more, something waits for a choice.
        QPalette info = palette();
        info.setColor(QPalette::Window, QColor(0xcf, 0xe3, 0xf7));
        info.setColor(QPalette::WindowText, QColor(0x1f, 0x1f, 0x1f));
        setPalette(info);
    }
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 4, 10, 4);
    m_prompt = new QLabel;
    m_prompt->setObjectName(QStringLiteral("heldChangesPrompt"));
    m_prompt->setWordWrap(true);
    layout->addWidget(m_prompt, 1);
    m_replay = new QPushButton(tr("Replay"));
    m_replay->setObjectName(QStringLiteral("replayHeldChanges"));
    m_save = new QPushButton(tr("Save to File…"));
    m_save->setObjectName(QStringLiteral("saveHeldChanges"));
    m_review = new QPushButton(tr("Review…"));
    m_review->setObjectName(QStringLiteral("reviewHeldChanges"));
    for (QPushButton *b : {m_replay, m_save, m_review})
        layout->addWidget(b);
    connect(m_replay, &QPushButton::clicked, this, &OfflineBanner::replay);
    connect(m_save, &QPushButton::clicked, this, &OfflineBanner::saveToFile);
    connect(m_review, &QPushButton::clicked, this, &OfflineBanner::review);
    hide();
    // "Last contact 2m 10s ago" moves on while the banner shows.
    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &OfflineBanner::update);
}

void OfflineBanner::setSession(Session *session)
{
    if (m_session) {
        m_session->disconnect(this);
        m_session->outbox()->disconnect(this);
    }
    m_session = session;
    m_error.clear();
    if (!session) {
        update();
        return;
    }
    connect(session, &Session::connectionLost, this, [this](const QString &error) {
        m_error = error;
        update();
    });
    connect(session, &Session::connectionRestored, this, &OfflineBanner::restored);
    connect(session, &Session::writeHeld, this, &OfflineBanner::showHeldMessage);
    connect(session->outbox(), &Outbox::changed, this, &OfflineBanner::update);
    if (!session->outbox()->loadProblem().isEmpty())
        emit statusMessage(session->outbox()->loadProblem(), 0);
    update();
}

void OfflineBanner::update()
{
    const int held = m_session ? m_session->outbox()->count() : 0;
    const bool offline = m_session && m_session->isOffline();
    if (offline) {
        const qint64 contact = m_session->lastContactMs();
        const qint64 ago = QDateTime::currentMSecsSinceEpoch() - contact;
        QString text = tr("The team database %1 does not answer (last contact %2 ago, at %3).")
                           .arg(m_session->database()->path(), humanDuration(ago), clockTime(contact));
        if (held > 0)
            text += QLatin1Char(' ') + tr("%n change(s) made meanwhile are kept on this computer and will be offered for "
                                          "replay.", nullptr, held);
        text += QLatin1Char(' ') + tr("Sitrep reconnects by itself and reloads what it shows when it is back.");
        m_connection->setText(text);
        m_connection->setToolTip(m_error);
        m_connection->show();
        if (!m_tick->isActive())
            m_tick->start();
    } else {
        m_connection->hide();
        m_tick->stop();
    }
    // While it is away they can be reviewed and saved already; replayed only once it is back.
    if (held > 0) {
        m_prompt->setText(offline ? tr("%n change(s) are kept on this computer until the server is back.", nullptr, held)
                                  : tr("%n change(s) made while offline are kept on this computer.", nullptr, held));
        m_replay->setEnabled(!offline);
        m_replay->setToolTip(offline ? tr("The team database does not answer yet.") : tr("Writes them in the order they were made."));
        show();
    } else {
        hide();
    }
}

void OfflineBanner::showHeldMessage()
{
    emit statusMessage(tr("Saved on this computer: will be written when the server is back."), 10000);
    update();
}

void OfflineBanner::restored()
{
    m_error.clear();
    const int caught = m_session->changesCaughtUp();
    emit statusMessage(caught > 0 ? tr("Connected to %1 again; caught up with %n change(s) made meanwhile.", nullptr, caught)
                                        .arg(m_session->database()->path())
                                  : tr("Connected to %1 again; nothing changed meanwhile.").arg(m_session->database()->path()),
                       10000);
    fillIncidentLabels(*m_session);
    update();
}

void OfflineBanner::replay()
{
    if (!m_session || m_session->outbox()->isEmpty())
        return;
    const ReplayReport report = replayHeldWrites(*m_session);
    update();
    QStringList lines;
    if (report.written > 0)
        lines << tr("%n held change(s) were written.", nullptr, report.written);
    if (!report.refusals.isEmpty()) {
        lines << tr("%n change(s) were refused and are still kept on this computer (save them to a file, or review "
                    "and discard them):", nullptr, int(report.refusals.size()));
        for (const QString &r : report.refusals)
            lines << QStringLiteral("• ") + r;
    }
    if (report.stoppedOffline)
        lines << tr("The team database stopped answering again; the rest is still kept on this computer.");
    if (!report.keepProblem.isEmpty())
        lines << tr("The list of held changes could not be updated: %1").arg(report.keepProblem);
    if (report.refusals.isEmpty() && report.keepProblem.isEmpty() && !report.stoppedOffline) {
        emit statusMessage(lines.join(QLatin1Char(' ')), 10000);
        return;
    }
    // The user asked, and some of it did not happen: one message, with every reason.
    dialogs::showError(this, tr("Not everything was replayed"), lines.join(QLatin1Char('\n')));
}

void OfflineBanner::saveToFile()
{
    if (!m_session || m_session->outbox()->isEmpty())
        return;
    const QString initial = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                            QStringLiteral("/sitrep-held-changes-%1.md")
                                .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    const auto path = dialogs::askNewFileName(this, tr("Save Held Changes"), initial,
                                              tr("Markdown (*.md);;JSON (*.json)"));
    if (!path)
        return;
    const QList<HeldWrite> writes = m_session->outbox()->writes();
    QByteArray bytes;
    if (path->endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        bytes = QJsonDocument(QJsonObject{{QStringLiteral("database"), m_session->database()->path()},
                                          {QStringLiteral("writes"), heldwrites::toJson(writes)}})
                    .toJson();
    else
        bytes = heldwrites::toMarkdown(writes, m_session->database()->path(), shortTime).toUtf8();
    QSaveFile f(*path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        dialogs::showError(this, tr("Not saved"), tr("Could not write %1: %2").arg(QDir::toNativeSeparators(*path), f.errorString()));
        return;
    }
    // Saved is not written: they stay for replay unless the user says otherwise.
    if (dialogs::askConfirm(this, tr("Held Changes Saved"),
                            tr("The changes are saved in %1. Forget them on this computer too? They will then not be "
                               "replayed.").arg(QDir::toNativeSeparators(*path)),
                            tr("Forget Them"))) {
        // Exactly what was saved: a change held while this question was open stays.
        QStringList ids;
        for (const HeldWrite &w : writes)
            ids << w.id;
        if (auto done = m_session->outbox()->remove(ids); !done)
            dialogs::showError(this, tr("Not discarded"), done.error());
    } else {
        emit statusMessage(tr("Held changes saved in %1; they are still kept for replay.").arg(QDir::toNativeSeparators(*path)), 10000);
    }
}

void OfflineBanner::review()
{
    if (!m_session)
        return;
    fillIncidentLabels(*m_session);
    showReview(window(), m_session, [this] { saveToFile(); });
}

} // namespace sitrep::ui
