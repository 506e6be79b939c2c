#pragma once
// The strip above the Alerts inbox: which database this window receives alerts into and on
// which address (or that the background service does, or that nothing does), with the same
// actions as the Alerts menu to switch receiving and to keep it running when Sitrep is closed.

#include <QFrame>
#include <QPointer>

class QAction;
class QLabel;

namespace sitrep::ui {

class IntakeController;

class IntakeBar : public QFrame
{
    Q_OBJECT
public:
    IntakeBar(IntakeController *intake, QAction *receive, QAction *keepReceiving, QWidget *parent = nullptr);

    QLabel *label() const { return m_label; }
    QSize sizeHint() const override;

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void update();

    QPointer<IntakeController> m_intake;
    QLabel *m_label = nullptr;
};

} // namespace sitrep::ui
