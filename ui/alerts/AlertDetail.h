#pragma once
// The selected alert in full: what it says, where it came from, its labels and annotations, its
// links (Alertmanager's generator, Grafana's dashboard and silence), why it is held, and what
// the sender sent when we keep a copy.

#include "domain/Alert.h"

#include <QTextBrowser>

namespace sitrep::ui {

class AlertDetail : public QTextBrowser
{
    Q_OBJECT
public:
    explicit AlertDetail(QWidget *parent = nullptr);
    void showAlert(const std::optional<Alert> &alert, int incidentNumber, std::optional<qint64> mutedUntil);

    // The HTML for an alert (every value escaped), public for tests.
    static QString html(const Alert &alert, int incidentNumber, std::optional<qint64> mutedUntil);
};

} // namespace sitrep::ui
