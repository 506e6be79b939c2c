#include "analytics/AnalyticsPane.h"

#include "analytics/ReportCharts.h"
#include "analytics/ReportFormat.h"
#include "analytics/ReportRunner.h"
#include "common/Theme.h"
#include "models/ServiceMetricsModel.h"
#include "storage/IncidentStore.h"
#include "util/Clock.h"
#include "util/TimeFormat.h"

#include <QApplication>
#include <QChart>
#include <QCursor>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QSvgGenerator>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace sitrep::ui {

using namespace analytics;

namespace {

constexpr qint64 day = 86'400'000;

QComboBox *combo(const QString &objectName, const QString &accessible)
{
    auto *c = new QComboBox;
    c->setObjectName(objectName);
    c->setAccessibleName(accessible);
    return c;
}

QString duration(double seconds) { return humanDuration(qint64(std::llround(seconds * 1000))); }
// For rich text: a duration never breaks across lines.
QString unbroken(const QString &text) { return QString(text).replace(QLatin1Char(' '), QStringLiteral("&nbsp;")); }

} // namespace

AnalyticsPane::AnalyticsPane(DatabasePtr db, QWidget *parent)
    : QWidget(parent), m_db(std::move(db)), m_runner(new ReportRunner(m_db, this)),
      m_services(new ServiceMetricsModel(this))
{
    setObjectName(QStringLiteral("analyticsPane"));
    auto *layout = new QVBoxLayout(this);

    // Filters, the same ideas as the incident list's.
    auto *filters = new QHBoxLayout;
    m_range = combo(QStringLiteral("analyticsRange"), tr("Period"));
    m_range->addItem(tr("Last 90 days"), 90);
    m_range->addItem(tr("Last 6 months"), 182);
    m_range->addItem(tr("Last year"), 365);
    m_range->addItem(tr("Last 2 years"), 730);
    m_range->addItem(tr("All time"), 0);
    m_range->setCurrentIndex(3);
    m_service = combo(QStringLiteral("analyticsService"), tr("Service"));
    m_service->addItem(tr("All services"), QString());
    if (auto services = IncidentStore(*m_db).services())
        for (const Service &s : services.value())
            m_service->addItem(s.name, s.name);
    m_severity = combo(QStringLiteral("analyticsSeverity"), tr("Severity"));
    m_severity->addItem(tr("All severities"), QVariantList());
    m_severity->addItem(tr("SEV1–SEV2"), QVariantList{1, 2});
    m_severity->addItem(tr("SEV1–SEV3"), QVariantList{1, 2, 3});
    for (int s = 1; s <= 5; ++s)
        m_severity->addItem(severityLabel(Severity(s)), QVariantList{s});
    m_bucket = combo(QStringLiteral("analyticsBucket"), tr("Bucket"));
    m_bucket->addItem(tr("By week"), int(Bucketing::Week));
    m_bucket->addItem(tr("By month"), int(Bucketing::Month));
    m_bucket->addItem(tr("By quarter"), int(Bucketing::Quarter));
    m_bucket->setCurrentIndex(1);
    m_drills = new QCheckBox(tr("Include drills"));
    m_drills->setObjectName(QStringLiteral("analyticsDrills"));
    m_compare = new QCheckBox(tr("Compare before/after"));
    m_compare->setObjectName(QStringLiteral("analyticsCompare"));
    m_compareAt = new QDateEdit(QDate::currentDate().addYears(-1));
    m_compareAt->setObjectName(QStringLiteral("analyticsCompareAt"));
    m_compareAt->setAccessibleName(tr("Compare at"));
    m_compareAt->setCalendarPopup(true);
    m_compareAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_compareAt->setEnabled(false);
    m_compare->setChecked(true);
    m_compareAt->setEnabled(true);
    for (QWidget *w : {static_cast<QWidget *>(m_range), static_cast<QWidget *>(m_service),
                       static_cast<QWidget *>(m_severity), static_cast<QWidget *>(m_bucket),
                       static_cast<QWidget *>(m_drills), static_cast<QWidget *>(m_compare),
                       static_cast<QWidget *>(m_compareAt)})
        filters->addWidget(w);
    filters->addStretch(1);
    layout->addLayout(filters);

    // What the trend shows.
    auto *view = new QHBoxLayout;
    m_metric = combo(QStringLiteral("analyticsMetric"), tr("Metric"));
    for (Metric m : allMetrics)
        m_metric->addItem(QStringLiteral("%1 (%2)").arg(metricLabel(m), metricAcronym(m)), int(m));
    m_metric->setCurrentIndex(int(Metric::TimeToResolve));
    m_statistic = combo(QStringLiteral("analyticsStatistic"), tr("Statistic"));
    m_statistic->addItem(tr("Median, 95 % interval"), int(Statistic::Median));
    m_statistic->addItem(tr("Mean, 95 % interval"), int(Statistic::Mean));
    m_statistic->addItem(tr("p90"), int(Statistic::P90));
    m_headline = new QLabel;
    m_headline->setObjectName(QStringLiteral("analyticsHeadline"));
    m_headline->setTextFormat(Qt::RichText);
    view->addWidget(m_metric);
    view->addWidget(m_statistic);
    view->addWidget(m_headline, 1);
    layout->addLayout(view);

    // Charts: the trend across the top, counts and distribution below, table and verdict aside.
    for (int i = 0; i < 3; ++i) {
        auto *chart = new QChart;
        auto *cv = new QChartView(chart);
        cv->setObjectName(QStringList{QStringLiteral("trendChart"), QStringLiteral("countsChart"),
                                      QStringLiteral("distributionChart")}[i]);
        cv->setRenderHint(QPainter::Antialiasing);
        cv->setMinimumSize(200, 160);
        cv->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(cv, &QWidget::customContextMenuRequested, this, [this, i] { chooseExport(Chart(i)); });
        m_charts << cv;
    }
    m_charts[CountsChart]->chart()->setTitle(tr("Incidents by severity"));
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("serviceTable"));
    m_table->setAccessibleName(tr("Metrics by service"));
    auto *proxy = new QSortFilterProxyModel(this);  // a dozen rows: sorting them here is free
    proxy->setSourceModel(m_services);
    proxy->setSortRole(ServiceMetricsModel::SortRole);
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_comparison = new QLabel;
    m_comparison->setObjectName(QStringLiteral("comparisonCard"));
    m_comparison->setTextFormat(Qt::RichText);
    m_comparison->setWordWrap(true);
    m_comparison->setFrameShape(QFrame::StyledPanel);
    m_comparison->setMargin(8);
    m_comparison->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *bottom = new QSplitter(Qt::Horizontal);
    bottom->addWidget(m_charts[CountsChart]);
    bottom->addWidget(m_charts[DistributionChart]);
    auto *side = new QSplitter(Qt::Vertical);
    side->addWidget(m_comparison);
    side->addWidget(m_table);
    bottom->addWidget(side);
    bottom->setSizes({400, 400, 420});
    auto *main = new QSplitter(Qt::Vertical);
    main->setObjectName(QStringLiteral("analyticsSplitter"));
    main->addWidget(m_charts[TrendChart]);
    main->addWidget(bottom);
    main->setSizes({380, 360});
    layout->addWidget(main, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_debounce, &QTimer::timeout, this, [this] { refresh(false); });
    for (QComboBox *c : {m_range, m_service, m_severity, m_bucket})
        connect(c, &QComboBox::currentIndexChanged, this, [this] { refresh(true); });
    for (QCheckBox *c : {m_drills, m_compare})
        connect(c, &QCheckBox::toggled, this, [this] { refresh(true); });
    connect(m_compare, &QCheckBox::toggled, m_compareAt, &QWidget::setEnabled);
    connect(m_compareAt, &QDateEdit::dateChanged, this, [this] { refresh(true); });
    // Metric and statistic only change the drawing: no recomputation.
    connect(m_metric, &QComboBox::currentIndexChanged, this, &AnalyticsPane::redraw);
    connect(m_statistic, &QComboBox::currentIndexChanged, this, &AnalyticsPane::redraw);

    connect(m_runner, &ReportRunner::started, this, [this] { m_headline->setText(tr("<i>Computing…</i>")); });
    connect(m_runner, &ReportRunner::finished, this, [this](const std::shared_ptr<const Report> &report) {
        m_report = report;
        m_services->setReport(report);
        redraw();
        updateComparison();
        emit reportReady();
    });
    connect(m_runner, &ReportRunner::failed, this, [this](const QString &message) {
        m_headline->setText(message.toHtmlEscaped());
        emit statusMessage(message);
    });
}

AnalyticsPane::~AnalyticsPane() = default;

ReportRequest AnalyticsPane::currentRequest() const
{
    ReportRequest r;
    r.zone = QTimeZone::systemTimeZone();
    if (const int days = m_range->currentData().toInt(); days > 0) {
        const QDate today = QDateTime::fromMSecsSinceEpoch(Clock::nowMs()).toLocalTime().date();
        r.filter.from = today.addDays(1 - days).startOfDay(r.zone).toMSecsSinceEpoch();
        r.filter.to = today.addDays(1).startOfDay(r.zone).toMSecsSinceEpoch();
    }
    if (const QString s = m_service->currentData().toString(); !s.isEmpty())
        r.filter.services = {s};
    for (const QVariant &v : m_severity->currentData().toList())
        r.filter.severities << v.toInt();
    r.filter.includeDrills = m_drills->isChecked();
    r.bucketing = Bucketing(m_bucket->currentData().toInt());
    if (m_compare->isChecked())
        r.compareAt = m_compareAt->date().startOfDay(r.zone).toMSecsSinceEpoch();
    return r;
}

void AnalyticsPane::refresh(bool soon)
{
    if (!isVisible()) {  // computed when next shown
        m_dirty = true;
        m_debounce->stop();
        return;
    }
    if (soon) {
        m_debounce->start();
        return;
    }
    m_dirty = false;
    m_runner->request(currentRequest());
}

void AnalyticsPane::dataChanged() { refresh(true); }

void AnalyticsPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)  // computed the first time the pane is looked at, not at start-up
        refresh(false);
}

QChartView *AnalyticsPane::chartView(Chart chart) const { return m_charts.value(chart); }

void AnalyticsPane::redraw()
{
    const bool dark = isDark(palette());
    const qreal scale = m_presentation ? 1.6 : 1.0;
    for (QChartView *cv : std::as_const(m_charts))
        styleChart(cv->chart(), dark, scale);
    if (!m_report)
        return;
    const Metric metric = Metric(m_metric->currentData().toInt());
    const Statistic statistic = Statistic(m_statistic->currentData().toInt());
    drawTrend(m_charts[TrendChart]->chart(), *m_report, metric, statistic);
    m_charts[TrendChart]->chart()->setTitle(tr("%1 of %2, %3").arg(statisticLabel(statistic), metricLabel(metric).toLower(),
                                                                   m_bucket->currentText().toLower()));
    drawCounts(m_charts[CountsChart]->chart(), *m_report);
    drawDistribution(m_charts[DistributionChart]->chart(), *m_report, metric);
    m_charts[DistributionChart]->chart()->setTitle(tr("Distribution of %1").arg(metricLabel(metric).toLower()));

    const BucketStats &overall = m_report->metrics[int(metric)].overall;
    const Summary &s = overall.summary;
    QString headline = tr("<b>%n incident(s)</b>", nullptr, int(m_report->incidents));
    if (m_report->open)
        headline += tr(", %n still open", nullptr, int(m_report->open));
    headline += m_report->request.filter.includeDrills ? tr(" · drills included") : tr(" · drills left out");
    if (s.count) {
        headline += tr(" &nbsp;·&nbsp; %1: median <b>%2</b>").arg(metricAcronym(metric), duration(s.median));
        if (s.medianCi)
            headline += QStringLiteral(" [%1–%2]").arg(duration(s.medianCi->low), duration(s.medianCi->high));
        headline += tr(", mean %1, p90 %2").arg(duration(s.mean), duration(s.p90));
    }
    if (overall.missing)
        headline += tr(" · %n without the milestones it needs", nullptr, int(overall.missing));
    m_headline->setText(headline);
}

QString AnalyticsPane::comparisonText() const { return m_comparison->text(); }

void AnalyticsPane::updateComparison()
{
    if (!m_report || !m_report->comparison) {
        m_comparison->setText(tr("<b>Before / after</b><br>Tick “Compare before/after” and pick the date of a change "
                                 "to see whether the numbers moved more than chance would."));
        return;
    }
    const QPalette pal = palette();
    const bool dark = isDark(pal);
    QString html = tr("<b>Before / after %1</b> (medians, 95 % interval of the change)<table cellspacing='4'>")
                       .arg(QDateTime::fromMSecsSinceEpoch(*m_report->request.compareAt).toLocalTime().toString(QStringLiteral("yyyy-MM-dd")));
    for (int mi = 0; mi < 4; ++mi) {
        const Comparison &c = (*m_report->comparison)[mi];
        QString verdict = verdictText(c.median.verdict);
        QString color = pal.color(QPalette::WindowText).name();
        if (c.median.verdict == Verdict::Improved)
            color = dark ? QStringLiteral("#7bd88f") : QStringLiteral("#1b7f3b");
        else if (c.median.verdict == Verdict::Worse)
            color = dark ? QStringLiteral("#ff7b72") : QStringLiteral("#b42318");
        const QString change = changeText(c.median);
        html += QStringLiteral("<tr><td>%1</td><td>%2 → %3</td><td>%4</td><td style='color:%5'><b>%6</b></td></tr>")
                    .arg(metricAcronym(allMetrics[mi]),
                         c.before.count ? unbroken(duration(c.before.median)) : QStringLiteral("–"),
                         c.after.count ? unbroken(duration(c.after.median)) : QStringLiteral("–"), unbroken(change),
                         color, verdict);
        html += QStringLiteral("<tr><td></td><td colspan='3' style='color:%1'>%2</td></tr>")
                    .arg(pal.color(QPalette::PlaceholderText).name(),
                         tr("n = %1 → %2; mean %3 %").arg(c.before.count).arg(c.after.count).arg(c.mean.percent, 0, 'f', 0));
    }
    html += QStringLiteral("</table>");
    m_comparison->setText(html);
}

bool AnalyticsPane::exportPng(Chart chart, const QString &path) const
{
    QChartView *cv = chartView(chart);
    return cv && cv->grab().save(path, "PNG");
}

bool AnalyticsPane::exportSvg(Chart chart, const QString &path) const
{
    QChartView *cv = chartView(chart);
    if (!cv)
        return false;
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(cv->size());
    svg.setViewBox(QRect(QPoint(0, 0), cv->size()));
    svg.setTitle(cv->chart()->title());
    QPainter painter;
    if (!painter.begin(&svg))
        return false;
    cv->render(&painter);
    return painter.end();
}

bool AnalyticsPane::exportCsv(const QString &path) const
{
    if (!m_report)
        return false;
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(reportCsv(*m_report)) >= 0 && file.commit();
}

void AnalyticsPane::chooseExport(Chart chart)
{
    QMenu menu;
    const QString base = chartView(chart)->objectName();
    menu.addAction(tr("Save Chart as PNG…"), this, [this, chart, base] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save Chart"), base + QStringLiteral(".png"), tr("PNG (*.png)"));
        if (!path.isEmpty())
            emit statusMessage(exportPng(chart, path) ? tr("Saved %1.").arg(path) : tr("Could not save %1.").arg(path));
    });
    menu.addAction(tr("Save Chart as SVG…"), this, [this, chart, base] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save Chart"), base + QStringLiteral(".svg"), tr("SVG (*.svg)"));
        if (!path.isEmpty())
            emit statusMessage(exportSvg(chart, path) ? tr("Saved %1.").arg(path) : tr("Could not save %1.").arg(path));
    });
    menu.addAction(tr("Save Numbers as CSV…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save Numbers"), QStringLiteral("incident-metrics.csv"), tr("CSV (*.csv)"));
        if (!path.isEmpty())
            emit statusMessage(exportCsv(path) ? tr("Saved %1.").arg(path) : tr("Could not save %1.").arg(path));
    });
    menu.exec(QCursor::pos());
}

void AnalyticsPane::setPresentation(bool on)
{
    m_presentation = on;
    QFont f = font();
    f.setPointSizeF(QApplication::font().pointSizeF() * (on ? 1.5 : 1.0));
    setFont(f);
    redraw();
}

void AnalyticsPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        redraw();
        updateComparison();
    }
}

} // namespace sitrep::ui
