#pragma once
// Edits the intake rules (which alerts open or join which incidents) and the severity mapping,
// with a live preview: the last alerts received, grouped as the edited rules would group them,
// beside what the saved rules make of the same alerts. Saving is one undo step. When someone
// saved rules meanwhile, Save says what they saved and keeps the edits; Save again replaces them.

#include "domain/Alert.h"
#include "domain/IntakePolicy.h"

#include <QDialog>

class QLabel;
class QSpinBox;
class QTableWidget;
class QTimer;
class QTreeWidget;

namespace sitrep::ui {

class Session;

class IntakeRulesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit IntakeRulesDialog(Session &session, QWidget *parent = nullptr);

    QTableWidget *rulesTable() const { return m_rules; }
    QTableWidget *severityTable() const { return m_severities; }
    QTreeWidget *preview() const { return m_preview; }
    QLabel *previewSummary() const { return m_summary; }
    QLabel *errorLabel() const { return m_error; }
    // Shown when a save was refused because the rules were saved meanwhile: what they are now.
    QLabel *changedMeanwhileLabel() const { return m_changedMeanwhile; }

    // The policy as edited (rules whose matchers do not parse are reported, not dropped).
    IntakePolicy editedPolicy(QString *problem = nullptr) const;
    void updatePreview();

public slots:
    void accept() override;

private:
    void addRule(const IntakeRule &rule);
    void addMapping(const QString &value, int severity);
    void moveRule(int delta);
    void loadAlerts();
    // What differs between two saved rule sets, in words (empty: nothing).
    static QString describeChanges(const IntakePolicy &before, const IntakePolicy &after);
    static QString describeRule(const IntakeRule &rule);

    Session &m_session;
    IntakePolicy m_saved;
    QList<Alert> m_recent;
    QTableWidget *m_rules = nullptr;
    QTableWidget *m_severities = nullptr;
    QTreeWidget *m_preview = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_changedMeanwhile = nullptr;
    QSpinBox *m_sample = nullptr;
    QTimer *m_debounce = nullptr;
};

} // namespace sitrep::ui
