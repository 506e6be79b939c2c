#include "postmortems/TextConflictBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace sitrep::ui {

TextConflictBar::TextConflictBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("postmortemConflict"));
    auto *text = new QLabel(tr("Someone else saved this postmortem while you were typing. Your text is here, not "
                               "saved yet; theirs is kept too. Choose how to go on."));
    text->setWordWrap(true);
    auto *keepBoth = new QPushButton(tr("Keep Both"));
    keepBoth->setObjectName(QStringLiteral("conflictKeepBoth"));
    keepBoth->setToolTip(tr("Save your text with theirs below it, under a heading, to merge by hand."));
    connect(keepBoth, &QPushButton::clicked, this, &TextConflictBar::keepBothRequested);
    auto *useTheirs = new QPushButton(tr("Use Theirs"));
    useTheirs->setObjectName(QStringLiteral("conflictUseTheirs"));
    useTheirs->setToolTip(tr("Show their text; yours goes to the clipboard."));
    connect(useTheirs, &QPushButton::clicked, this, &TextConflictBar::useTheirsRequested);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(text, 1);
    layout->addWidget(keepBoth);
    layout->addWidget(useTheirs);
    hide();
}

} // namespace sitrep::ui
