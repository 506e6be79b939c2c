#pragma once
// The words the demo data set is made of: services, people, incident kinds, notes, runbooks.
// Plain data, kept apart from the generator's logic.

#include <QList>
#include <QString>
#include <QStringList>

namespace sitrep::demo {

struct ServiceSpec
{
    QString name;
    QString description;
    QString owner;
};

// One kind of incident: how its title reads, which alert fires, which runbook applies.
struct IncidentKind
{
    QString title;        // "%1" is the service
    QString alertName;
    QString summary;
    QString runbookSlug;  // empty when none applies
};

struct RunbookSpec
{
    QString slug;
    QString title;
    QString owner;
    QStringList steps;
};

const QList<ServiceSpec> &services();
const QStringList &people();
const QList<IncidentKind> &incidentKinds();
const QStringList &investigationNotes();
const QStringList &mitigationNotes();
const QList<RunbookSpec> &runbooks();
const QStringList &actionItemTitles();

} // namespace sitrep::demo
