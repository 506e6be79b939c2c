#include "alerts/IntakeBar.h"

#include "alerts/IntakeController.h"
#include "alerts/IntakeService.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace sitrep::ui {

IntakeBar::IntakeBar(IntakeController *intake, QAction *receive, QAction *keepReceiving, QWidget *parent)
    : QFrame(parent), m_intake(intake)
{
    setObjectName(QStringLiteral("intakeBar"));
    setFrameShape(QFrame::StyledPanel);
    // One line above the inbox, not a share of the page's height.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_label = new QLabel;
    m_label->setObjectName(QStringLiteral("intakeBarText"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A team database's address is one long word: it must not make the window wider (the
    // tooltip has it whole).
    QSizePolicy labelPolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    labelPolicy.setHeightForWidth(true);
    m_label->setSizePolicy(labelPolicy);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label, 1);
    // The menu's own actions: checked, enabled and named the same in both places.
    for (QAction *action : {receive, keepReceiving}) {
        if (!action)
            continue;
        auto *button = new QToolButton;
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        layout->addWidget(button);
    }
    connect(intake, &IntakeController::statusChanged, this, &IntakeBar::update);
    update();
}

QSize IntakeBar::sizeHint() const
{
    // A wrapping label's own hint is narrow and tall; at the width the bar has, the text mostly
    // needs one line.
    const QSize hint = QFrame::sizeHint();
    return width() > 0 ? QSize(hint.width(), heightForWidth(width())) : hint;
}

void IntakeBar::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    updateGeometry();  // the height it needs follows the width
}

void IntakeBar::showEvent(QShowEvent *event)
{
    QFrame::showEvent(event);
    // A service may have stopped since the last look.
    if (m_intake && m_intake->service() && m_intake->serviceReceives() && !m_intake->service()->isBusy())
        m_intake->service()->refreshState();
}

void IntakeBar::update()
{
    if (!m_intake)
        return;
    const bool off = !m_intake->isListening() && !m_intake->serviceReceives() && m_intake->lastError().isEmpty();
    const QString text = off ? tr("This window does not receive alerts into %1.").arg(m_intake->databaseName())
                             : m_intake->statusText();
    m_label->setText(text);
    m_label->setToolTip(text);
}

} // namespace sitrep::ui
