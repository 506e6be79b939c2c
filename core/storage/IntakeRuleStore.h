#pragma once
// The intake rules and severity mapping (intake_rules, severity_map), read by intake for every
// batch and edited in the app's rules dialog.

#include "domain/IntakePolicy.h"
#include "storage/Database.h"
#include "util/Result.h"

namespace sitrep {

class IntakeRuleStore
{
public:
    explicit IntakeRuleStore(const Database &db) : m_db(db) {}

    // Rules in order with their matchers parsed. A rule whose matchers no longer parse is
    // skipped (and logged) rather than stopping intake.
    Result<IntakePolicy> load() const;
    // Replaces all rules and the whole mapping in one transaction. Refuses rules whose matchers
    // or group-by do not parse, naming the rule.
    Done save(const IntakePolicy &policy) const;
    // The same, but only if the stored rules and mapping are still `expected` (compare and set:
    // someone else may have saved rules meanwhile); otherwise refuses and changes nothing.
    Done save(const IntakePolicy &policy, const IntakePolicy &expected) const;

    // Checks a rule as the dialog would save it; the error names the rule.
    static Done validate(const IntakeRule &rule);

private:
    Done save(const IntakePolicy &policy, const IntakePolicy *expected) const;
    const Database &m_db;
};

} // namespace sitrep
