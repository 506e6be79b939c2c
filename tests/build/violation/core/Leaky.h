// Deliberately wrong: proves the layering check catches a widget header in core/.
#pragma once
#include <QWidget>
