#include "incidents/IncidentWindow.h"

#include "common/Session.h"
#include "incidents/IncidentView.h"

#include <QAction>
#include <QLabel>
#include <QRegularExpression>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sitrep::ui {

IncidentWindow::IncidentWindow(Session &session, qint64 incidentId, QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("incidentWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(this);
    m_view = new IncidentView(session, this);
    layout->addWidget(m_view);
    // The main window's Edit menu is not here: give this window undo, redo and close too.
    QAction *undo = session.undoStack()->createUndoAction(this);
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = session.undoStack()->createRedoAction(this);
    redo->setShortcut(QKeySequence::Redo);
    auto *close = new QAction(this);
    close->setShortcut(QKeySequence::Close);
    connect(close, &QAction::triggered, this, &QWidget::close);
    addActions({undo, redo, close});
    m_view->showIncident(incidentId);
    connect(m_view, &IncidentView::openInWindowRequested, this, [this] { raise(); });
    auto updateTitle = [this] {
        const QString title = m_view->findChild<QLabel *>(QStringLiteral("detailTitle"))->text();
        setWindowTitle(QStringLiteral("%1 — Sitrep").arg(QString(title).remove(QRegularExpression(QStringLiteral("<[^>]*>")))));
    };
    updateTitle();
    connect(&session, &Session::dataChanged, this, [this, updateTitle](const ChangeSet &c) {
        if (c.touchesIncident(m_view->incidentId()))
            updateTitle();
    });
    resize(720, 760);
}

} // namespace sitrep::ui
