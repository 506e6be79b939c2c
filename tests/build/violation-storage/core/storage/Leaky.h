// Deliberately wrong: proves the layering check catches storage depending on intake.
#pragma once
#include "domain/Alert.h"
#include "intake/IntakeStore.h"
