#include "alerts/IntakeRulesDialog.h"

#include "alerts/AlertEdits.h"
#include "common/Session.h"
#include "domain/Severity.h"
#include "storage/AlertStore.h"
#include "storage/IntakeRuleStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sitrep::ui {

namespace {
enum RuleColumn { EnabledCol, NameCol, MatchersCol, GroupByCol, MinSeverityCol, DefaultSeverityCol, ResolveCol, RuleColumns };

QComboBox *severityCombo(int current)
{
    auto *box = new QComboBox;
    for (int s = 1; s <= severityCount; ++s)
        box->addItem(severityLabel(Severity(s)), s);
    box->setCurrentIndex(std::clamp(current, 1, severityCount) - 1);
    return box;
}

QTableWidgetItem *checkItem(bool on)
{
    auto *item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    return item;
}

int comboValue(QTableWidget *table, int row, int column)
{
    auto *box = qobject_cast<QComboBox *>(table->cellWidget(row, column));
    return box ? box->currentData().toInt() : 3;
}

struct Outcome
{
    int incidents = 0;
    int held = 0;
};

Outcome outcome(const QList<PreviewGroup> &groups)
{
    Outcome o;
    for (const PreviewGroup &g : groups) {
        if (g.opensIncident)
            ++o.incidents;
        else
            o.held += int(g.alertIds.size());
    }
    return o;
}
} // namespace

IntakeRulesDialog::IntakeRulesDialog(Session &session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("intakeRulesDialog"));
    setWindowTitle(tr("Intake Rules"));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(1100, 680);

    m_rules = new QTableWidget(0, RuleColumns);
    m_rules->setObjectName(QStringLiteral("rulesTable"));
    m_rules->setAccessibleName(tr("Rules"));
    m_rules->setHorizontalHeaderLabels({tr("On"), tr("Name"), tr("Matchers"), tr("Group by"), tr("Opens from"),
                                        tr("Default"), tr("Resolves")});
    m_rules->horizontalHeaderItem(MatchersCol)->setToolTip(tr("Label matchers, comma separated: alertname=DiskFull, service=~\"db|storage\", env!=staging. Empty: every alert."));
    m_rules->horizontalHeaderItem(GroupByCol)->setToolTip(tr("Labels whose values make alerts share an incident, comma separated; group_key uses the sender's own grouping."));
    m_rules->horizontalHeaderItem(MinSeverityCol)->setToolTip(tr("Less severe alerts stay in the inbox without opening an incident."));
    m_rules->horizontalHeaderItem(DefaultSeverityCol)->setToolTip(tr("Severity of alerts whose severity label is not in the mapping."));
    m_rules->horizontalHeaderItem(ResolveCol)->setToolTip(tr("Resolve the incident when all of its alerts have resolved."));
    m_rules->verticalHeader()->hide();
    m_rules->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rules->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rules->horizontalHeader()->setSectionResizeMode(MatchersCol, QHeaderView::Stretch);
    m_rules->setColumnWidth(EnabledCol, 44);
    m_rules->setColumnWidth(NameCol, 220);
    m_rules->setColumnWidth(ResolveCol, 80);
    m_rules->setColumnWidth(GroupByCol, 160);

    auto *ruleButtons = new QHBoxLayout;
    const auto button = [this, ruleButtons](const QString &text, const char *name, auto slot) {
        auto *b = new QPushButton(text);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, slot);
        ruleButtons->addWidget(b);
        return b;
    };
    button(tr("&Add Rule"), "addRule", [this] {
        IntakeRule r;
        r.name = tr("New rule");
        addRule(r);
        m_rules->selectRow(m_rules->rowCount() - 1);
        m_rules->editItem(m_rules->item(m_rules->rowCount() - 1, NameCol));
    });
    button(tr("&Remove"), "removeRule", [this] {
        if (m_rules->currentRow() >= 0)
            m_rules->removeRow(m_rules->currentRow());
        m_debounce->start();
    });
    button(tr("Move &Up"), "ruleUp", [this] { moveRule(-1); });
    button(tr("Move &Down"), "ruleDown", [this] { moveRule(+1); });
    ruleButtons->addStretch(1);
    auto *order = new QLabel(tr("The first enabled rule whose matchers fit an alert decides."));
    order->setEnabled(false);
    ruleButtons->addWidget(order);

    m_severities = new QTableWidget(0, 2);
    m_severities->setObjectName(QStringLiteral("severityTable"));
    m_severities->setAccessibleName(tr("Severity mapping"));
    m_severities->setHorizontalHeaderLabels({tr("Label value"), tr("Severity")});
    m_severities->verticalHeader()->hide();
    m_severities->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *mapButtons = new QHBoxLayout;
    auto *addMap = new QPushButton(tr("Add"));
    connect(addMap, &QPushButton::clicked, this, [this] {
        addMapping(QString(), 3);
        m_severities->editItem(m_severities->item(m_severities->rowCount() - 1, 0));
    });
    auto *removeMap = new QPushButton(tr("Remove"));
    connect(removeMap, &QPushButton::clicked, this, [this] {
        if (m_severities->currentRow() >= 0)
            m_severities->removeRow(m_severities->currentRow());
        m_debounce->start();
    });
    mapButtons->addWidget(addMap);
    mapButtons->addWidget(removeMap);
    mapButtons->addStretch(1);
    auto *mapBox = new QGroupBox(tr("Severity mapping (severity or priority label)"));
    auto *mapLayout = new QVBoxLayout(mapBox);
    mapLayout->addWidget(m_severities);
    mapLayout->addLayout(mapButtons);

    m_preview = new QTreeWidget;
    m_preview->setObjectName(QStringLiteral("rulesPreview"));
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setHeaderLabels({tr("Incident (or inbox)"), tr("Alerts"), tr("Severity"), tr("Rule")});
    m_preview->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_preview->setRootIsDecorated(true);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    m_summary->setWordWrap(true);
    m_sample = new QSpinBox;
    m_sample->setObjectName(QStringLiteral("previewSample"));
    m_sample->setRange(10, 5000);
    m_sample->setValue(200);
    m_sample->setSuffix(tr(" alerts"));
    m_sample->setAccessibleName(tr("How many recent alerts to preview"));
    connect(m_sample, &QSpinBox::valueChanged, this, [this] {
        loadAlerts();
        m_debounce->start();
    });
    auto *previewBox = new QGroupBox(tr("Preview: the most recent alerts under the edited rules"));
    auto *previewLayout = new QVBoxLayout(previewBox);
    auto *sampleRow = new QHBoxLayout;
    sampleRow->addWidget(new QLabel(tr("Replay the last")));
    sampleRow->addWidget(m_sample);
    sampleRow->addStretch(1);
    previewLayout->addLayout(sampleRow);
    previewLayout->addWidget(m_summary);
    previewLayout->addWidget(m_preview);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("rulesError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));
    m_error->hide();
    m_changedMeanwhile = new QLabel;
    m_changedMeanwhile->setObjectName(QStringLiteral("rulesChangedMeanwhile"));
    m_changedMeanwhile->setWordWrap(true);
    m_changedMeanwhile->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_changedMeanwhile->hide();

    auto *rulesBox = new QGroupBox(tr("Rules"));
    auto *rulesLayout = new QVBoxLayout(rulesBox);
    rulesLayout->addWidget(m_rules);
    rulesLayout->addLayout(ruleButtons);
    auto *lower = new QSplitter(Qt::Horizontal);
    lower->addWidget(mapBox);
    lower->addWidget(previewBox);
    lower->setStretchFactor(1, 3);
    lower->setSizes({340, 760});
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(rulesBox);
    split->addWidget(lower);
    split->setStretchFactor(1, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &IntakeRulesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_changedMeanwhile);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &IntakeRulesDialog::updatePreview);
    connect(m_rules, &QTableWidget::itemChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_severities, &QTableWidget::itemChanged, m_debounce, qOverload<>(&QTimer::start));

    if (auto loaded = IntakeRuleStore(*session.database()).load())
        m_saved = *loaded;
    const QSignalBlocker blockRules(m_rules);
    const QSignalBlocker blockMap(m_severities);
    for (const IntakeRule &r : std::as_const(m_saved.rules))
        addRule(r);
    QList<QPair<QString, int>> mapping;
    for (auto it = m_saved.severityMap.cbegin(); it != m_saved.severityMap.cend(); ++it)
        mapping << qMakePair(it.key(), *it);
    std::sort(mapping.begin(), mapping.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second < b.second : a.first < b.first;
    });
    for (const auto &[value, sev] : mapping)
        addMapping(value, sev);
    loadAlerts();
    updatePreview();
}

void IntakeRulesDialog::addRule(const IntakeRule &rule)
{
    const QSignalBlocker block(m_rules);
    const int row = m_rules->rowCount();
    m_rules->insertRow(row);
    auto *enabled = checkItem(rule.enabled);
    enabled->setData(Qt::UserRole, rule.id);
    m_rules->setItem(row, EnabledCol, enabled);
    m_rules->setItem(row, NameCol, new QTableWidgetItem(rule.name));
    m_rules->setItem(row, MatchersCol, new QTableWidgetItem(rule.matchersText));
    m_rules->setItem(row, GroupByCol, new QTableWidgetItem(rule.groupBy.join(QStringLiteral(", "))));
    for (const auto &[column, value] : {std::pair{int(MinSeverityCol), rule.minSeverity}, std::pair{int(DefaultSeverityCol), rule.defaultSeverity}}) {
        auto *box = severityCombo(value);
        box->setAccessibleName(column == MinSeverityCol ? tr("Opens incidents from") : tr("Default severity"));
        connect(box, &QComboBox::currentIndexChanged, m_debounce, qOverload<>(&QTimer::start));
        m_rules->setCellWidget(row, column, box);
    }
    m_rules->setItem(row, ResolveCol, checkItem(rule.resolveIncident));
}

void IntakeRulesDialog::addMapping(const QString &value, int severity)
{
    const QSignalBlocker block(m_severities);
    const int row = m_severities->rowCount();
    m_severities->insertRow(row);
    m_severities->setItem(row, 0, new QTableWidgetItem(value));
    auto *box = severityCombo(severity);
    box->setAccessibleName(tr("Severity for %1").arg(value));
    connect(box, &QComboBox::currentIndexChanged, m_debounce, qOverload<>(&QTimer::start));
    m_severities->setCellWidget(row, 1, box);
}

void IntakeRulesDialog::moveRule(int delta)
{
    const int from = m_rules->currentRow();
    const int to = from + delta;
    if (from < 0 || to < 0 || to >= m_rules->rowCount())
        return;
    QString problem;
    IntakePolicy policy = editedPolicy(&problem);
    if (from >= policy.rules.size() || to >= policy.rules.size())
        return;
    policy.rules.move(from, to);
    while (m_rules->rowCount() > 0)
        m_rules->removeRow(0);
    for (const IntakeRule &r : std::as_const(policy.rules))
        addRule(r);
    m_rules->selectRow(to);
    m_debounce->start();
}

IntakePolicy IntakeRulesDialog::editedPolicy(QString *problem) const
{
    IntakePolicy policy;
    for (int row = 0; row < m_rules->rowCount(); ++row) {
        IntakeRule r;
        r.id = m_rules->item(row, EnabledCol)->data(Qt::UserRole).toLongLong();
        r.enabled = m_rules->item(row, EnabledCol)->checkState() == Qt::Checked;
        r.name = m_rules->item(row, NameCol)->text().trimmed();
        r.matchersText = m_rules->item(row, MatchersCol)->text().trimmed();
        r.groupBy.clear();
        for (const QString &part : m_rules->item(row, GroupByCol)->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
            r.groupBy << part.trimmed();
        r.minSeverity = comboValue(m_rules, row, MinSeverityCol);
        r.defaultSeverity = comboValue(m_rules, row, DefaultSeverityCol);
        r.resolveIncident = m_rules->item(row, ResolveCol)->checkState() == Qt::Checked;
        if (auto matchers = parseLabelMatchers(r.matchersText))
            r.matchers = *matchers;
        if (auto valid = IntakeRuleStore::validate(r); !valid && problem && problem->isEmpty())
            *problem = valid.error();
        policy.rules << r;
    }
    for (int row = 0; row < m_severities->rowCount(); ++row) {
        const QString value = m_severities->item(row, 0) ? m_severities->item(row, 0)->text().trimmed().toLower() : QString();
        if (value.isEmpty())
            continue;
        policy.severityMap.insert(value, comboValue(m_severities, row, 1));
    }
    return policy;
}

void IntakeRulesDialog::loadAlerts()
{
    auto recent = AlertStore(*m_session.database()).recent(m_sample->value());
    m_recent = recent ? *recent : QList<Alert>();
}

void IntakeRulesDialog::updatePreview()
{
    QString problem;
    const IntakePolicy edited = editedPolicy(&problem);
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    // Only firing alerts open or join incidents.
    QList<Alert> firing;
    for (const Alert &a : std::as_const(m_recent)) {
        if (a.status != QLatin1String("resolved") || a.incidentId)
            firing << a;
    }
    const QList<PreviewGroup> groups = previewGrouping(edited, firing);
    const Outcome now = outcome(groups);
    const Outcome before = outcome(previewGrouping(m_saved, firing));
    m_summary->setText(tr("%n alert(s)", nullptr, int(firing.size())) + QStringLiteral(" → ")
                       + tr("%n incident(s)", nullptr, now.incidents) + QStringLiteral(", ")
                       + tr("%n held in the inbox", nullptr, now.held)
                       + (now.incidents != before.incidents || now.held != before.held
                              ? QStringLiteral("  ") + tr("(saved rules: incidents %1, held %2)").arg(before.incidents).arg(before.held)
                              : QStringLiteral("  ") + tr("(same as the saved rules)")));
    QHash<qint64, const Alert *> byId;
    for (const Alert &a : std::as_const(firing))
        byId.insert(a.id, &a);
    m_preview->clear();
    for (const PreviewGroup &g : groups) {
        auto *item = new QTreeWidgetItem(m_preview);
        item->setText(0, g.opensIncident ? g.title : tr("Inbox: %1").arg(g.title));
        item->setText(1, QString::number(g.alertIds.size()));
        item->setText(2, severityLabel(Severity(g.severity)));
        item->setText(3, g.ruleName);
        if (!g.opensIncident)
            item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
        for (qint64 id : g.alertIds) {
            const Alert *a = byId.value(id);
            auto *child = new QTreeWidgetItem(item);
            child->setText(0, a ? QStringLiteral("%1  [%2]").arg(a->title, a->dedupKey.left(16)) : QString::number(id));
        }
    }
}

void IntakeRulesDialog::accept()
{
    QString problem;
    const IntakePolicy edited = editedPolicy(&problem);
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    if (auto done = alertEdits::saveRules(m_session, m_saved, edited); !done) {
        // Saved meanwhile by someone else: show what they saved and keep every edit made here.
        // The rules just shown become what the next Save compares against, so a second Save
        // puts these edits in their place on purpose (undo brings theirs back); Cancel keeps theirs.
        auto stored = IntakeRuleStore(*m_session.database()).load();
        if (!stored) {
            m_error->setText(done.error());
            m_error->show();
            return;
        }
        // Even a change that cannot be put into words (two rules of one name) is what the next
        // Save compares against, so that a second Save is never refused again.
        QString changes = describeChanges(m_saved, *stored);
        if (changes.isEmpty())
            changes = tr("the rules differ from those this dialog opened with");
        m_saved = *stored;
        updatePreview(); // compares with the rules saved now
        m_changedMeanwhile->setText(tr("The intake rules were changed meanwhile (in another window or by someone else), so nothing was saved. "
                            "Saved now: %1. Your edits are still here: Save again to put them in place of the saved rules "
                            "(undo brings those back), or Cancel to keep the saved rules.")
                             .arg(changes));
        m_changedMeanwhile->show();
        return;
    }
    QDialog::accept();
}

QString IntakeRulesDialog::describeRule(const IntakeRule &r)
{
    QStringList parts;
    parts << (r.matchersText.trimmed().isEmpty() ? tr("every alert") : r.matchersText.trimmed());
    parts << tr("group by %1").arg(r.groupBy.join(QStringLiteral(", ")));
    parts << tr("opens from %1").arg(severityLabel(Severity(r.minSeverity)));
    parts << tr("default %1").arg(severityLabel(Severity(r.defaultSeverity)));
    if (r.resolveIncident)
        parts << tr("resolves");
    if (!r.enabled)
        parts << tr("off");
    return tr("“%1” (%2)").arg(r.name.trimmed(), parts.join(QStringLiteral("; ")));
}

QString IntakeRulesDialog::describeChanges(const IntakePolicy &before, const IntakePolicy &after)
{
    const auto byName = [](const IntakePolicy &p) {
        QHash<QString, IntakeRule> out;
        for (const IntakeRule &r : p.rules)
            out.insert(r.name.trimmed(), r);
        return out;
    };
    const auto same = [](const IntakeRule &a, const IntakeRule &b) {
        return a.enabled == b.enabled && a.matchersText.trimmed() == b.matchersText.trimmed() && a.groupBy == b.groupBy
               && a.minSeverity == b.minSeverity && a.defaultSeverity == b.defaultSeverity && a.resolveIncident == b.resolveIncident;
    };
    const QHash<QString, IntakeRule> old = byName(before);
    const QHash<QString, IntakeRule> now = byName(after);
    QStringList changes;
    QStringList namesBefore;
    QStringList namesAfter;
    for (const IntakeRule &r : before.rules)
        namesBefore << r.name.trimmed();
    for (const IntakeRule &r : after.rules) {
        const QString name = r.name.trimmed();
        namesAfter << name;
        if (!old.contains(name))
            changes << tr("rule %1 added").arg(describeRule(r));
        else if (!same(old.value(name), r))
            changes << tr("rule %1 changed").arg(describeRule(r));
    }
    for (const IntakeRule &r : before.rules)
        if (!now.contains(r.name.trimmed()))
            changes << tr("rule “%1” removed").arg(r.name.trimmed());
    QStringList kept;
    for (const QString &name : std::as_const(namesAfter))
        if (old.contains(name))
            kept << name;
    QStringList keptBefore;
    for (const QString &name : std::as_const(namesBefore))
        if (now.contains(name))
            keptBefore << name;
    if (kept != keptBefore)
        changes << tr("rule order now %1").arg(namesAfter.join(QStringLiteral(", ")));
    // Only the mapping entries that differ: the whole mapping is long.
    QStringList map;
    for (auto it = after.severityMap.cbegin(); it != after.severityMap.cend(); ++it)
        if (before.severityMap.value(it.key()) != *it)
            map << QStringLiteral("%1 → %2").arg(it.key(), severityLabel(Severity(*it)));
    for (auto it = before.severityMap.cbegin(); it != before.severityMap.cend(); ++it)
        if (!after.severityMap.contains(it.key()))
            map << tr("%1 no longer mapped").arg(it.key());
    map.sort();
    if (!map.isEmpty())
        changes << tr("severity mapping: %1").arg(map.join(QStringLiteral(", ")));
    return changes.join(QStringLiteral("; "));
}

} // namespace sitrep::ui
