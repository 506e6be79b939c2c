#include "incidents/IncidentFilterBar.h"

#include "storage/IncidentStore.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>

namespace sitrep::ui {

namespace {

QComboBox *combo(const QString &objectName, const QString &accessible)
{
    auto *c = new QComboBox;
    c->setObjectName(objectName);
    c->setAccessibleName(accessible);
    // Narrow by default so the window still fits a small screen; the popup shows full texts.
    c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    c->setMinimumContentsLength(4);
    return c;
}

constexpr qint64 hour = 3'600'000;

} // namespace

IncidentFilterBar::IncidentFilterBar(DatabasePtr db, QWidget *parent) : QWidget(parent), m_db(std::move(db))
{
    setObjectName(QStringLiteral("incidentFilterBar"));
    // Search on the first line, filters on the second: narrow windows still fit.
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 4);
    rows->setSpacing(4);
    auto *searchRow = new QHBoxLayout;
    auto *layout = new QHBoxLayout;
    rows->addLayout(searchRow);
    rows->addLayout(layout);

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("incidentSearch"));
    m_search->setAccessibleName(tr("Search incidents"));
    m_search->setPlaceholderText(tr("Search titles, summaries and timelines, or INC-1042 (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(120);
    searchRow->addWidget(m_search, 1);

    m_status = combo(QStringLiteral("statusFilter"), tr("Status"));
    m_status->addItem(tr("Any status"), QVariantList());
    m_status->addItem(tr("Not resolved"), QVariantList{int(IncidentStatus::Open), int(IncidentStatus::Acknowledged),
                                                       int(IncidentStatus::Mitigated)});
    for (auto s : {IncidentStatus::Open, IncidentStatus::Acknowledged, IncidentStatus::Mitigated, IncidentStatus::Resolved})
        m_status->addItem(statusLabel(s), QVariantList{int(s)});

    m_severity = combo(QStringLiteral("severityFilter"), tr("Severity"));
    m_severity->addItem(tr("Any severity"), QVariantList());
    m_severity->addItem(tr("SEV1–SEV2"), QVariantList{1, 2});
    m_severity->addItem(tr("SEV1–SEV3"), QVariantList{1, 2, 3});
    for (int s = 1; s <= 5; ++s)
        m_severity->addItem(severityLabel(Severity(s)), QVariantList{s});

    m_service = combo(QStringLiteral("serviceFilter"), tr("Service"));
    reloadServices();

    m_range = combo(QStringLiteral("rangeFilter"), tr("Impact started"));
    m_range->addItem(tr("Any time"), qint64(0));
    m_range->addItem(tr("Last 24 hours"), 24 * hour);
    m_range->addItem(tr("Last 7 days"), 7 * 24 * hour);
    m_range->addItem(tr("Last 30 days"), 30 * 24 * hour);
    m_range->addItem(tr("Last 90 days"), 90 * 24 * hour);
    m_range->addItem(tr("Last year"), 365 * 24 * hour);

    m_drills = combo(QStringLiteral("drillFilter"), tr("Drills"));
    m_drills->addItem(tr("With drills"), int(IncidentFilter::Drills::Include));
    m_drills->addItem(tr("Without drills"), int(IncidentFilter::Drills::Exclude));
    m_drills->addItem(tr("Only drills"), int(IncidentFilter::Drills::Only));

    auto *reset = new QToolButton;
    reset->setObjectName(QStringLiteral("clearFilters"));
    reset->setText(tr("Clear"));
    reset->setToolTip(tr("Show all incidents"));
    connect(reset, &QToolButton::clicked, this, &IncidentFilterBar::clear);

    for (QComboBox *c : {m_status, m_severity, m_service, m_range, m_drills}) {
        layout->addWidget(c, 1);
        connect(c, &QComboBox::activated, this, [this] { emit filterChanged(filter()); });
    }
    searchRow->addWidget(reset);

    // Results as you type, without a query per keystroke.
    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, [this] { emit filterChanged(filter()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_typing->stop();
        emit filterChanged(filter());
    });
}

void IncidentFilterBar::reloadServices()
{
    const QString current = m_service->currentData().toString();
    m_service->clear();
    m_service->addItem(tr("Any service"), QString());
    if (auto services = IncidentStore(*m_db).services())
        for (const Service &s : services.value())
            m_service->addItem(s.name, s.name);
    m_service->setCurrentIndex(std::max(0, m_service->findData(current)));
}

IncidentFilter IncidentFilterBar::filter() const
{
    IncidentFilter f;
    for (const QVariant &v : m_status->currentData().toList())
        f.statuses << IncidentStatus(v.toInt());
    for (const QVariant &v : m_severity->currentData().toList())
        f.severities << v.toInt();
    f.service = m_service->currentData().toString();
    if (const qint64 span = m_range->currentData().toLongLong(); span > 0)
        f.impactFrom = Clock::nowMs() - span;
    f.drills = IncidentFilter::Drills(m_drills->currentData().toInt());
    f.text = m_search->text();
    return f;
}

void IncidentFilterBar::clear()
{
    const QSignalBlocker block(m_search);
    m_search->clear();
    for (QComboBox *c : {m_status, m_severity, m_service, m_range, m_drills})
        c->setCurrentIndex(0);
    emit filterChanged(filter());
}

} // namespace sitrep::ui
