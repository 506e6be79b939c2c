#include "incidents/EditConflicts.h"

#include "common/FormDialog.h"
#include "common/Session.h"
#include "storage/IncidentStore.h"
#include "storage/PresenceStore.h"
#include "storage/TimelineStore.h"

#include <QDateTime>

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>

#include <algorithm>

namespace sitrep::ui {

namespace {

bool same(const QVariant &a, const QVariant &b)
{
    return a == b || (a.isNull() && b.isNull());
}

// A value as the timeline writes it: text in quotes (“Checkout 502”), "SEV2", "yes".
QString shownValue(IncidentField field, const QVariant &value)
{
    return fieldValueText(field, value, [](qint64 ms) {
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat);
    });
}

} // namespace

EditConflicts::EditConflicts(Session &session, const Incident &shown, FormDialog *dialog)
    : QObject(dialog), m_session(session), m_incidentId(shown.id), m_shown(shown), m_dialog(dialog)
{
    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(150);
    connect(m_refresh, &QTimer::timeout, this, &EditConflicts::refresh);
    connect(&session, &Session::dataChanged, this, [this](const ChangeSet &c) {
        if (c.touchesIncident(m_incidentId) && !m_refresh->isActive())
            m_refresh->start();
    });
}

void EditConflicts::add(const Field &field)
{
    State s;
    s.field = field;
    s.base = fieldValue(m_shown, field.field);
    s.initial = field.value();
    s.row = new QWidget;
    s.row->setObjectName(QStringLiteral("conflict_%1").arg(fieldKey(field.field)));
    auto *layout = new QHBoxLayout(s.row);
    layout->setContentsMargins(0, 0, 0, 0);
    s.text = new QLabel;
    s.text->setWordWrap(true);
    s.text->setObjectName(QStringLiteral("conflictText"));
    s.useTheirs = new QPushButton(tr("Use Theirs"));
    s.useTheirs->setObjectName(QStringLiteral("useTheirs"));
    s.keepMine = new QPushButton(tr("Keep Mine"));
    s.keepMine->setObjectName(QStringLiteral("keepMine"));
    layout->addWidget(s.text, 1);
    layout->addWidget(s.useTheirs);
    layout->addWidget(s.keepMine);
    s.row->hide();
    int row = -1;
    QFormLayout::ItemRole role;
    m_dialog->form()->getWidgetPosition(field.editor, &row, &role);
    m_dialog->form()->insertRow(row + 1, QString(), s.row);
    const int index = m_fields.size();
    connect(s.useTheirs, &QPushButton::clicked, this, [this, index] { decide(m_fields[index], false); });
    connect(s.keepMine, &QPushButton::clicked, this, [this, index] { decide(m_fields[index], true); });
    m_fields.append(s);
}

QList<IncidentChange> EditConflicts::changes() const
{
    QList<IncidentChange> out;
    for (const State &s : m_fields) {
        const QVariant mine = s.field.value();
        if (!same(mine, s.base))
            out.append({m_incidentId, s.field.field, s.base, mine});
    }
    return out;
}

int EditConflicts::openConflicts() const
{
    return int(std::count_if(m_fields.begin(), m_fields.end(), [](const State &s) { return s.undecided; }));
}

QString EditConflicts::who(IncidentField field) const
{
    auto last = TimelineStore(*m_session.database()).lastChangeOf(m_incidentId, field);
    if (!last || !last->has_value())
        return {};
    return presenceName({(*last)->author, (*last)->dbUser, {}});
}

void EditConflicts::refresh()
{
    auto loaded = IncidentStore(*m_session.database()).byId(m_incidentId);
    if (!loaded || !loaded->has_value())
        return;  // gone, or the server is away: the save will say so
    const Incident &now = **loaded;
    for (State &s : m_fields) {
        const QVariant current = fieldValue(now, s.field.field);
        if (same(current, s.base)) {
            if (s.undecided) {  // they put it back as it was: nothing to choose any more
                s.undecided = false;
                s.row->hide();
            }
            continue;
        }
        if (s.undecided && same(current, s.noted))
            continue;  // already asking about this value
        const QString name = who(s.field.field);
        const QString value = shownValue(s.field.field, current);
        s.noted = current;
        const QVariant mine = s.field.value();
        // Touched means changed in the editor, judged by the editor's own value (a stored
        // title with a stray space is not "changed" by showing it trimmed).
        const bool touched = !same(mine, s.initial);
        if (same(mine, current)) {
            // Both wrote the same: nothing to choose.
            s.base = current;
            s.undecided = false;
            s.row->hide();
        } else if (!touched && !s.undecided) {
            // Not touched here: take theirs, and say so.
            s.field.setValue(current);
            s.initial = s.field.value();
            s.base = current;
            s.text->setText(name.isEmpty() ? tr("Someone else changed this to %1 meanwhile.").arg(value)
                                           : tr("%1 changed this to %2 meanwhile.").arg(name, value));
            s.useTheirs->hide();
            s.keepMine->hide();
            s.row->show();
        } else {
            s.theirs = current;
            s.undecided = true;
            s.text->setText(name.isEmpty()
                                ? tr("Someone else changed this to %1 while you were editing. Use their value or keep yours?").arg(value)
                                : tr("%1 changed this to %2 while you were editing. Use their value or keep yours?").arg(name, value));
            s.useTheirs->show();
            s.keepMine->show();
            s.row->show();
        }
    }
    updateOk();
}

void EditConflicts::decide(State &s, bool mine)
{
    if (!s.undecided)
        return;
    if (!mine) {
        s.field.setValue(s.theirs);
        s.initial = s.field.value();
    }
    // Either way the save now starts from their value: "keep mine" replaces it knowingly.
    s.base = s.theirs;
    s.undecided = false;
    s.row->hide();
    updateOk();
    s.field.editor->setFocus();
}

void EditConflicts::updateOk()
{
    const int open = openConflicts();
    m_dialog->okButton()->setEnabled(open == 0);
    m_dialog->okButton()->setToolTip(open == 0 ? QString() : tr("Choose for each field marked below whose value to keep."));
}

} // namespace sitrep::ui
