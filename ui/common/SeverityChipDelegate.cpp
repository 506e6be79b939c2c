#include "common/SeverityChipDelegate.h"

#include "common/Theme.h"

#include <QApplication>
#include <QPainter>

namespace sitrep::ui {

SeverityChipDelegate::SeverityChipDelegate(int severityColumn, int severityRole, int emphasisRole, QObject *parent)
    : QStyledItemDelegate(parent), m_severityColumn(severityColumn), m_severityRole(severityRole), m_emphasisRole(emphasisRole)
{
}

void SeverityChipDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(m_emphasisRole).toBool())
        option->font.setBold(true);
}

void SeverityChipDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    if (index.column() != m_severityColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Background and selection as usual, then the chip instead of the text.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString label = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const int severity = index.data(m_severityRole).toInt();
    if (severity < 1)
        return;
    const QFontMetrics fm(opt.font);
    const int w = fm.horizontalAdvance(label) + 12;
    const int h = std::min(opt.rect.height() - 4, fm.height() + 2);
    const QRect chip(opt.rect.left() + 4, opt.rect.center().y() - h / 2, w, h);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(severityColor(severity, opt.palette));
    painter->drawRoundedRect(chip, h / 2.0, h / 2.0);
    painter->setPen(severityTextColor(severity, opt.palette));
    painter->setFont(opt.font);
    painter->drawText(chip, Qt::AlignCenter, label);
    painter->restore();
}

} // namespace sitrep::ui
