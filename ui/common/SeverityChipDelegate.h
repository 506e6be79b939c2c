#pragma once
// Paints the big lists (incidents, alerts): severity as a coloured chip, rows that still need
// attention (open incidents, live alerts) in bold. The model says which column and roles.

#include <QStyledItemDelegate>

namespace sitrep::ui {

class SeverityChipDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // severityRole holds 1..5 (or nothing); rows whose emphasisRole is true are bold.
    SeverityChipDelegate(int severityColumn, int severityRole, int emphasisRole, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_severityColumn;
    int m_severityRole;
    int m_emphasisRole;
};

} // namespace sitrep::ui
