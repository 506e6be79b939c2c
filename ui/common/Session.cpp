#include "common/Session.h"

#include <QDebug>
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
        if (m_done) {
            m_done = false;
            return;
        }
        m_session->flushPendingEdits();
        run(m_redo);
    }
    void undo() override
    {
        m_session->flushPendingEdits();
        run(m_undo);
    }

private:
    void run(const Session::Step &step)
    {
        if (auto done = step(); !done) {
            // Someone changed the same thing meanwhile: this step can no longer be replayed.
            setObsolete(true);
            emit m_session->editFailed(done.error());
        }
        m_session->notifyChanged();
    }

    Session *m_session;
    Session::Step m_redo;
    Session::Step m_undo;
    bool m_done = true;
};

} // namespace

Session::Session(DatabasePtr db, QObject *parent)
    : QObject(parent), m_db(std::move(db)), m_presenceId(QUuid::createUuid().toString(QUuid::Id128).left(16) + QLatin1Char('-')),
      m_listener(m_db)
{
    connect(&m_listener, &ChangeListener::changed, this, &Session::dataChanged);
    connect(&m_listener, &ChangeListener::connectionLost, this, &Session::connectionLost);
    connect(&m_listener, &ChangeListener::connectionRestored, this, [this] {
        // This thread's connection may have gone with the server, which libpq learns only when
        // it next uses it: one probe, and Database gives the next statement a new connection.
        (void)QSqlQuery(m_db->connection()).exec(QStringLiteral("SELECT 1"));
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

Done Session::execute(const QString &text, Step redo, Step undo)
{
    // A refusal now goes back to the caller, who shows it where the user is (in the dialog,
    // by the button); editFailed is for undo and redo, which have no caller to tell.
    auto done = redo();
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
