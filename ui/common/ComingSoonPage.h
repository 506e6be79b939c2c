#pragma once
// An area of the product that is not built yet says so plainly, and what it will do.

#include <QWidget>

namespace sitrep::ui {

class ComingSoonPage : public QWidget
{
    Q_OBJECT

public:
    ComingSoonPage(const QString &title, const QString &promise, QWidget *parent = nullptr);
};

} // namespace sitrep::ui
