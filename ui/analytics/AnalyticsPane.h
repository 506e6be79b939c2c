#pragma once
// The Analytics area: trends of time to detect, acknowledge, mitigate and resolve with honest
// statistics, incident counts by severity, the distribution, a per-service table and a
// before/after comparison with a plain verdict. Computed off the GUI thread.

#include "analytics/Report.h"
#include "storage/Database.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;
class QTimer;

namespace sitrep {
class ServiceMetricsModel;
namespace analytics {
class ReportRunner;
}
}

namespace sitrep::ui {

class AnalyticsPane : public QWidget
{
    Q_OBJECT

public:
    enum Chart { TrendChart, CountsChart, DistributionChart };

    explicit AnalyticsPane(DatabasePtr db, QWidget *parent = nullptr);
    ~AnalyticsPane() override;

    analytics::ReportRequest currentRequest() const;
    std::shared_ptr<const analytics::Report> report() const { return m_report; }
    // Recomputes with the current filters (debounced when `soon`); when hidden, on next show.
    void refresh(bool soon = false);
    // The data changed: recompute now if on screen, else when next shown.
    void dataChanged();
    bool exportPng(Chart chart, const QString &path) const;
    bool exportSvg(Chart chart, const QString &path) const;
    bool exportCsv(const QString &path) const;
    void setPresentation(bool on);
    bool presentation() const { return m_presentation; }
    QString comparisonText() const;

signals:
    void reportReady();
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QChartView *chartView(Chart chart) const;
    void redraw();
    void updateComparison();
    void chooseExport(Chart chart);

    DatabasePtr m_db;
    analytics::ReportRunner *m_runner = nullptr;
    std::shared_ptr<const analytics::Report> m_report;
    ServiceMetricsModel *m_services = nullptr;
    QComboBox *m_range = nullptr;
    QComboBox *m_service = nullptr;
    QComboBox *m_severity = nullptr;
    QComboBox *m_bucket = nullptr;
    QComboBox *m_metric = nullptr;
    QComboBox *m_statistic = nullptr;
    QCheckBox *m_drills = nullptr;
    QCheckBox *m_compare = nullptr;
    QDateEdit *m_compareAt = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_comparison = nullptr;
    QList<QChartView *> m_charts;
    QTableView *m_table = nullptr;
    QTimer *m_debounce = nullptr;
    bool m_presentation = false;
    bool m_dirty = true;
};

} // namespace sitrep::ui
