#pragma once
// The bar the postmortem editor shows when another writer saved the same text while this one
// was typing: it says so and offers the two ways on. Hidden until then.

#include <QWidget>

namespace sitrep::ui {

class TextConflictBar : public QWidget
{
    Q_OBJECT

public:
    explicit TextConflictBar(QWidget *parent = nullptr);

signals:
    void keepBothRequested();
    void useTheirsRequested();
};

} // namespace sitrep::ui
