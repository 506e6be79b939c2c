#include "common/ComingSoonPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace sitrep::ui {

ComingSoonPage::ComingSoonPage(const QString &title, const QString &promise, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    auto *heading = new QLabel(title);
    heading->setObjectName(QStringLiteral("comingSoonTitle"));
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    heading->setFont(f);
    heading->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(promise + QStringLiteral("\n\n") + tr("Not available in this version yet."));
    text->setObjectName(QStringLiteral("comingSoonText"));
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    text->setMaximumWidth(560);
    layout->addWidget(heading);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

} // namespace sitrep::ui
