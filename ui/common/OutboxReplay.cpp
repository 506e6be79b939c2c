#include "common/OutboxReplay.h"

#include "common/Outbox.h"
#include "common/Session.h"
#include "incidents/IncidentEdits.h"
#include "runbooks/RunbookEdits.h"
#include "storage/IncidentStore.h"
#include "storage/PostmortemStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace sitrep::ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OutboxReplay)
};

QString shortTime(qint64 ms) { return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat); }

Done apply(Session &session, const HeldWrite &w)
{
    switch (w.kind) {
    case HeldWrite::Kind::Note: {
        auto id = edits::addNote(session, w.incidentId, w.noteAt, w.body);
        return id ? Done() : Done(fail(id.error()));
    }
    case HeldWrite::Kind::FieldChange:
        return edits::change(session, w.change);
    case HeldWrite::Kind::ChecklistStep:
        return runbookEdits::setStepState(session, w.step, w.state, w.stepNote);
    case HeldWrite::Kind::PostmortemText: {
        Result<std::optional<QString>> saved = fail(QString());
        auto done = session.write([&]() -> Done {
            saved = PostmortemStore(*session.database()).saveBody(w.postmortemId, w.baseText, w.text);
            return saved ? Done() : Done(fail(saved.error()));
        });
        if (!done)
            return done;
        if (*saved)
            return fail(Tr::tr("Someone else saved this postmortem meanwhile; save your text to a file and merge it by hand."));
        session.notifyChanged();
        return {};
    }
    }
    return {};
}

} // namespace

void fillIncidentLabels(Session &session)
{
    Outbox *outbox = session.outbox();
    QList<HeldWrite> filled;
    const IncidentStore store(*session.database());
    for (HeldWrite w : outbox->writes()) {
        if (!w.incidentLabel.isEmpty() || w.incidentId == 0)
            continue;
        if (auto incident = store.byId(w.incidentId); incident && *incident) {
            w.incidentLabel = (*incident)->publicId();
            filled << w;
        }
    }
    if (!filled.isEmpty())
        (void)outbox->update(filled);   // only a label: when it cannot be written it is read again next time
}

ReplayReport replayHeldWrites(Session &session)
{
    ReplayReport report;
    Outbox *outbox = session.outbox();
    fillIncidentLabels(session);
    const QList<HeldWrite> held = outbox->writes();
    session.setReplaying(true);
    for (HeldWrite w : held) {
        auto done = apply(session, w);
        if (!done && session.lastWriteLostConnection()) {
            report.stoppedOffline = true;
            break;
        }
        Done kept;
        if (done) {
            ++report.written;
            // At once, so that a crash now never replays it a second time.
            kept = outbox->remove({w.id});
        } else {
            w.refusal = done.error();
            report.refusals << Tr::tr("%1: %2").arg(heldwrites::describe(w, shortTime), w.refusal);
            kept = outbox->update({w});
        }
        if (!kept)
            report.keepProblem = kept.error();
    }
    session.setReplaying(false);
    return report;
}

} // namespace sitrep::ui
