#pragma once
// The big lists (incidents, alerts) are set up alike: whole rows, fixed row heights and column
// widths (nothing is measured over a million rows), a stretching main column, columns sized from
// sample text, and a header menu to choose columns.

#include <QString>

class QTableView;

namespace sitrep::ui {

class ListTable
{
public:
    // Takes a table whose model is set; `mainColumn` stretches and cannot be hidden.
    ListTable(QTableView *table, int mainColumn);
    // Sizes a column to fit `sample` (in bold, as rows needing attention are drawn) or its label.
    void fit(int column, const QString &sample) const;

private:
    QTableView *m_table;
    int m_mainColumn;
};

} // namespace sitrep::ui
