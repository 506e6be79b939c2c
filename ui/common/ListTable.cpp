#include "common/ListTable.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QTableView>

namespace sitrep::ui {

ListTable::ListTable(QTableView *table, int mainColumn) : m_table(table), m_mainColumn(mainColumn)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setShowGrid(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(mainColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(3 * table->fontMetrics().horizontalAdvance(QLatin1Char('M')));
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(header, &QHeaderView::customContextMenuRequested, table, [table, header, mainColumn](const QPoint &pos) {
        QMenu menu;
        const auto *model = table->model();
        for (int c = 0; c < model->columnCount(); ++c) {
            QAction *a = menu.addAction(model->headerData(c, Qt::Horizontal).toString());
            a->setCheckable(true);
            a->setChecked(!header->isSectionHidden(c));
            a->setEnabled(c != mainColumn);
            QObject::connect(a, &QAction::toggled, header, [header, c](bool on) { header->setSectionHidden(c, !on); });
        }
        menu.exec(header->mapToGlobal(pos));
    });
}

void ListTable::fit(int column, const QString &sample) const
{
    QFont bold = m_table->font();
    bold.setBold(true);
    const QFontMetrics bm(bold);
    const int em = bm.horizontalAdvance(QLatin1Char('M'));
    const QString label = m_table->model()->headerData(column, Qt::Horizontal).toString();
    m_table->horizontalHeader()->resizeSection(column, std::max(bm.horizontalAdvance(sample), bm.horizontalAdvance(label)) + 2 * em);
}

} // namespace sitrep::ui
