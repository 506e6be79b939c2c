#include "incidents/IncidentDialogs.h"

#include "common/FormDialog.h"
#include "common/FormFields.h"
#include "common/Session.h"
#include "incidents/EditConflicts.h"
#include "incidents/IncidentEdits.h"
#include "storage/IncidentStore.h"
#include "util/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace sitrep::ui {

using namespace fields;

FormDialog *openDeclareDialog(Session &session, QWidget *parent, std::function<void(qint64)> declared)
{
    auto *dialog = new FormDialog(FormDialog::tr("Declare Incident"), parent);
    dialog->setObjectName(QStringLiteral("declareDialog"));
    auto *title = lineEdit({}, QStringLiteral("title"), FormDialog::tr("Title"));
    title->setPlaceholderText(FormDialog::tr("What is broken, for whom?"));
    auto *severity = severityBox(Severity::Sev3);
    auto *service = serviceBox(*session.database(), {});
    auto *impact = timeEdit(Clock::nowMs(), QStringLiteral("impactStart"));
    impact->setMaximumDateTime(QDateTime::currentDateTime().addSecs(60));
    impact->setAccessibleName(FormDialog::tr("Impact started"));
    auto *drill = new QCheckBox(FormDialog::tr("This is a drill (kept out of metrics)"));
    drill->setObjectName(QStringLiteral("drill"));
    dialog->form()->addRow(FormDialog::tr("&Title:"), title);
    dialog->form()->addRow(FormDialog::tr("&Severity:"), severity);
    dialog->form()->addRow(FormDialog::tr("S&ervice:"), service);
    dialog->form()->addRow(FormDialog::tr("&Impact started:"), impact);
    dialog->form()->addRow(QString(), drill);
    dialog->setOkText(FormDialog::tr("&Declare"));
    dialog->okButton()->setEnabled(false);
    QObject::connect(title, &QLineEdit::textChanged, dialog, [dialog](const QString &text) {
        dialog->okButton()->setEnabled(!text.trimmed().isEmpty());
    });
    dialog->setCommit([&session, title, severity, service, impact, drill, declared]() -> Done {
        NewIncident n;
        n.title = title->text();
        n.severity = Severity(severity->currentData().toInt());
        n.service = service->currentText().trimmed();
        n.impactStartedAt = std::min(impact->dateTime().toMSecsSinceEpoch(), Clock::nowMs());
        n.isDrill = drill->isChecked();
        auto incident = edits::declare(session, n);
        if (!incident)
            return fail(incident.error());
        if (declared)
            declared(incident->id);
        return {};
    });
    dialog->open();
    return dialog;
}

FormDialog *openEditDialog(Session &session, const Incident &incident, QWidget *parent)
{
    auto *dialog = new FormDialog(FormDialog::tr("Edit %1").arg(incident.publicId()), parent);
    dialog->setObjectName(QStringLiteral("editDialog"));
    auto *title = lineEdit(incident.title, QStringLiteral("title"), FormDialog::tr("Title"));
    auto *severity = severityBox(incident.severity);
    auto *service = serviceBox(*session.database(), incident.service);
    auto *summary = new QPlainTextEdit(incident.summary);
    summary->setObjectName(QStringLiteral("summary"));
    summary->setTabChangesFocus(true);
    summary->setMaximumHeight(90);
    auto *drill = new QCheckBox(FormDialog::tr("This is a drill (kept out of metrics)"));
    drill->setObjectName(QStringLiteral("drill"));
    drill->setChecked(incident.isDrill);
    auto *commander = lineEdit(fieldValue(incident, IncidentField::Commander).toString(),
                               QStringLiteral("commander"), FormDialog::tr("Incident commander"));
    auto *comms = lineEdit(fieldValue(incident, IncidentField::Communications).toString(),
                           QStringLiteral("communications"), FormDialog::tr("Communications lead"));
    auto *scribe = lineEdit(fieldValue(incident, IncidentField::Scribe).toString(),
                            QStringLiteral("scribe"), FormDialog::tr("Scribe"));
    auto *responders = lineEdit(fieldValue(incident, IncidentField::Responders).toStringList().join(QStringLiteral(", ")),
                                QStringLiteral("responders"), FormDialog::tr("Responders"));
    responders->setPlaceholderText(FormDialog::tr("names, separated by commas"));
    dialog->form()->addRow(FormDialog::tr("&Title:"), title);
    dialog->form()->addRow(FormDialog::tr("&Severity:"), severity);
    dialog->form()->addRow(FormDialog::tr("S&ervice:"), service);
    dialog->form()->addRow(FormDialog::tr("Su&mmary:"), summary);
    dialog->form()->addRow(QString(), drill);
    dialog->form()->addRow(FormDialog::tr("Incident &commander:"), commander);
    dialog->form()->addRow(FormDialog::tr("C&ommunications:"), comms);
    dialog->form()->addRow(FormDialog::tr("Sc&ribe:"), scribe);
    dialog->form()->addRow(FormDialog::tr("Res&ponders:"), responders);
    // Someone else may save this incident while the dialog is open: EditConflicts.h.
    auto *conflicts = new EditConflicts(session, incident, dialog);
    const auto text = [](QLineEdit *e) {
        return EditConflicts::Field{{}, e, [e] { return QVariant(e->text().trimmed()); },
                                    [e](const QVariant &v) { e->setText(v.toString()); }};
    };
    const auto with = [](IncidentField f, EditConflicts::Field field) {
        field.field = f;
        return field;
    };
    conflicts->add(with(IncidentField::Title, text(title)));
    conflicts->add({IncidentField::Severity, severity, [severity] { return QVariant(severity->currentData().toInt()); },
                    [severity](const QVariant &v) { severity->setCurrentIndex(severity->findData(v.toInt())); }});
    conflicts->add({IncidentField::Service, service, [service] { return QVariant(service->currentText().trimmed()); },
                    [service](const QVariant &v) { service->setCurrentText(v.toString()); }});
    conflicts->add({IncidentField::Summary, summary, [summary] { return QVariant(summary->toPlainText().trimmed()); },
                    [summary](const QVariant &v) { summary->setPlainText(v.toString()); }});
    conflicts->add({IncidentField::Drill, drill, [drill] { return QVariant(drill->isChecked()); },
                    [drill](const QVariant &v) { drill->setChecked(v.toBool()); }});
    conflicts->add(with(IncidentField::Commander, text(commander)));
    conflicts->add(with(IncidentField::Communications, text(comms)));
    conflicts->add(with(IncidentField::Scribe, text(scribe)));
    conflicts->add({IncidentField::Responders, responders,
                    [responders] {
                        QStringList people;
                        for (const QString &p : responders->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
                            if (!p.trimmed().isEmpty())
                                people << p.trimmed();
                        return QVariant(people);
                    },
                    [responders](const QVariant &v) { responders->setText(v.toStringList().join(QStringLiteral(", "))); }});
    dialog->setCommit([&session, incident, conflicts]() -> Done {
        auto done = edits::changeAll(session, conflicts->changes(), FormDialog::tr("Edit %1").arg(incident.publicId()));
        if (!done)
            conflicts->refresh();  // someone saved in between: show what, and let the person choose
        return done;
    });
    dialog->open();
    return dialog;
}

FormDialog *openMilestoneDialog(Session &session, const Incident &incident, IncidentField milestone,
                                QWidget *parent)
{
    const QVariant current = fieldValue(incident, milestone);
    auto *dialog = new FormDialog(FormDialog::tr("%1 — %2").arg(incident.publicId(), fieldLabel(milestone)), parent);
    dialog->setObjectName(QStringLiteral("milestoneDialog"));
    auto *when = timeEdit(current.isNull() ? Clock::nowMs() : current.toLongLong(), QStringLiteral("when"));
    when->setAccessibleName(fieldLabel(milestone));
    auto *unset = new QCheckBox(FormDialog::tr("Not reached yet (clear it)"));
    unset->setObjectName(QStringLiteral("clear"));
    QObject::connect(unset, &QCheckBox::toggled, when, &QWidget::setDisabled);
    dialog->form()->addRow(fieldLabel(milestone) + QLatin1Char(':'), when);
    dialog->form()->addRow(QString(), unset);
    dialog->setCommit([&session, incident, milestone, current, when, unset]() -> Done {
        const QVariant wanted = unset->isChecked() ? QVariant() : QVariant(when->dateTime().toMSecsSinceEpoch());
        if (wanted == current || (wanted.isNull() && current.isNull()))
            return {};
        return edits::change(session, {incident.id, milestone, current, wanted});
    });
    dialog->open();
    return dialog;
}

} // namespace sitrep::ui
