#pragma once
// Paints the incident list: severity as a coloured chip, open incidents in bold.

#include <QStyledItemDelegate>

namespace sitrep::ui {

class IncidentRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace sitrep::ui
