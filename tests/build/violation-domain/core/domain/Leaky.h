// Deliberately wrong: proves the layering check catches domain depending on storage.
#pragma once
#include "util/Result.h"
#include "storage/Database.h"
