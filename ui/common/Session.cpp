#include "common/Session.h"

#include "common/Outbox.h"
#include "storage/SqlUtil.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDebug>
#include <QLocale>
#include <QSettings>
#include <QSqlQuery>
#include <QUndoCommand>
#include <QUuid>

namespace sitrep::ui {

namespace {

// An edit already done once: the first redo() (which QUndoStack::push calls) does nothing.
class StepCommand : public QUndoCommand
{
public:
    StepCommand(Session *session, const QString &text, Session::Step redo, Session::Step undo)
        : QUndoCommand(text), m_session(session), m_redo(std::move(redo)), m_undo(std::move(undo)) {}

    void redo() override
    {
        if (m_skipNext) {
            m_skipNext = false;
            return;
        }
        m_session->flushPendingEdits();
        run(m_redo, false);
    }
    void undo() override
    {
        if (m_skipNext) {
            m_skipNext = false;
            return;
        }
        m_session->flushPendingEdits();
        run(m_undo, true);
    }

private:
    void run(const Session::Step &step, bool undoing)
    {
        if (auto done = m_session->write(step); !done) {
            if (m_session->lastWriteLostConnection()) {
                // Nothing happened and nothing is out of date: the server did not answer. The
                // step stays, and the stack (which has moved past it by now) is moved back once
                // this returns, without running the step again.
                m_skipNext = true;
                QUndoStack *stack = m_session->undoStack();
                QMetaObject::invokeMethod(stack, [stack, undoing] { undoing ? stack->redo() : stack->undo(); },
                                          Qt::QueuedConnection);
                emit m_session->editFailed(undoing ? Session::tr("Not undone: the team database does not answer. The step "
                                                                 "stays; undo it again when the server is back.")
                                                   : Session::tr("Not redone: the team database does not answer. The step "
                                                                 "stays; redo it again when the server is back."));
            } else {
                // Someone changed the same thing meanwhile: this step can no longer be replayed.
                setObsolete(true);
                emit m_session->editFailed(done.error());
            }
        }
        m_session->notifyChanged();
    }

    Session *m_session;
    Session::Step m_redo;
    Session::Step m_undo;
    bool m_skipNext = true;   // pushed after it was done once
};

} // namespace

Session::Session(DatabasePtr db, QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_presenceId(QUuid::createUuid().toString(QUuid::Id128).left(16) + QLatin1Char('-')),
      m_listener(m_db), m_outbox(new Outbox(m_db->path(), this)), m_lastContactMs(QDateTime::currentMSecsSinceEpoch())
{
    connect(&m_listener, &ChangeListener::changed, this, [this](const ChangeSet &changes) {
        m_lastContactMs = QDateTime::currentMSecsSinceEpoch();
        if (m_countingCatchUp)
            m_caughtUp += changes.changes;
        emit dataChanged(changes);
    });
    connect(&m_listener, &ChangeListener::woken, this, [this] {
        if (!m_offline)
            m_lastContactMs = QDateTime::currentMSecsSinceEpoch();
    });
    connect(&m_listener, &ChangeListener::connectionLost, this, [this](const QString &error) {
        m_offline = true;
        emit connectionLost(error);
    });
    connect(&m_listener, &ChangeListener::connectionRestored, this, [this] {
        // This thread's connection may have gone with the server, which libpq learns only when
        // it next uses it: one probe, and Database gives the next statement a new connection.
        (void)QSqlQuery(m_db->connection()).exec(QStringLiteral("SELECT 1"));
        m_offline = false;
        m_lastContactMs = QDateTime::currentMSecsSinceEpoch();
        // What others committed meanwhile, read now (and what the listener's thread read first,
        // delivered on the way), so that the window can say how much it caught up.
        m_caughtUp = 0;
        m_countingCatchUp = true;
        const ChangeSet caught = m_listener.readNow(m_db->connection());
        m_countingCatchUp = false;
        m_caughtUp += caught.changes;
        if (!caught.isEmpty())
            emit dataChanged(caught);
        emit connectionRestored();
        ChangeSet everything;
        everything.everything = true;
        emit dataChanged(everything);
    });
    // From what is committed now: the areas load what they show after this.
    auto end = changefeed::end(m_db->connection());
    if (!end)
        qWarning().noquote() << end.error();
    m_listener.readFeed(end ? *end : changefeed::start);
}

void Session::notifyChanged()
{
    const ChangeSet changes = m_listener.readNow(m_db->connection());
    if (!changes.isEmpty())
        emit dataChanged(changes);
}

QString Session::userName()
{
    const QString saved = QSettings().value(QStringLiteral("user/name")).toString().trimmed();
    if (!saved.isEmpty())
        return saved;
    const QString os = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")).trimmed();
    return os.isEmpty() ? QStringLiteral("me") : os;
}

void Session::setUserName(const QString &name)
{
    QSettings().setValue(QStringLiteral("user/name"), name.trimmed());
}

Done Session::write(const Step &step)
{
    m_lastWriteLostConnection = false;
    // The connection the write will use, by name (a copy held across the step would keep a
    // replaced connection alive): after a failure, libpq says whether it is gone.
    const QString name = m_db->isServer() ? m_db->connection().connectionName() : QString();
    auto done = step();
    if (done) {
        m_lastContactMs = QDateTime::currentMSecsSinceEpoch();
        return done;
    }
    if (m_db->isServer())
        m_lastWriteLostConnection = name.isEmpty() || !QSqlDatabase::contains(name) ||
                                    sql::connectionLost(QSqlDatabase::database(name, false));
    return done;
}

Done Session::hold(QList<HeldWrite> writes)
{
    for (HeldWrite &w : writes)
        if (w.heldAt == 0)
            w.heldAt = Clock::nowMs();
    if (auto kept = m_outbox->add(writes); !kept)
        return fail(tr("Not written: the team database does not answer, and the change could not be kept on "
                           "this computer either (%1).").arg(kept.error()));
    for (const HeldWrite &w : std::as_const(writes))
        emit writeHeld(heldwrites::describe(w, [](qint64 ms) {
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
        }));
    return {};
}

Done Session::execute(const QString &text, Step redo, Step undo, const QList<HeldWrite> &ifOffline)
{
    // A refusal now goes back to the caller, who shows it where the user is (in the dialog,
    // by the button); editFailed is for undo and redo, which have no caller to tell.
    auto done = write(redo);
    if (!done && !ifOffline.isEmpty() && m_lastWriteLostConnection && holdsWrites())
        return hold(ifOffline);
    if (!done && m_lastWriteLostConnection && holdsWrites())
        // An edit that is not held (declaring, deleting, …): said plainly, the driver's words after.
        return fail(tr("Not done: the team database does not answer. Try again when it is back (the banner above "
                       "says when).\n\n%1").arg(done.error()));
    if (!done)
        return done;
    m_undo.push(new StepCommand(this, text, std::move(redo), std::move(undo)));
    notifyChanged();
    return {};
}

void Session::pushRecordOnly(const QString &text, const QString &whyNot)
{
    m_undo.push(new StepCommand(this, text, [] { return Done(); }, [whyNot] { return Done(fail(whyNot)); }));
    notifyChanged();
}

} // namespace sitrep::ui
