#pragma once
// The output-contract records (store/record.h) of the ingest types the API lists and
// streams: alerts and indicator rows. Facts and dead letters: store::FactRecord,
// store::DeadLetterRecord. Thread-safety: pure functions.

#include "ingest/alerts.h"
#include "ingest/indicators.h"
#include "store/record.h"

namespace newsfacts::ingest {

// id, rule, type, severity, indicator, entity, period, metric, value, old_value, unit,
// article_id, evidence, published_at (event time of the cause), detected_at.
store::Record AlertRecord(const Alert& alert);

// name, entity, period, value, previous, change (up|down|same|null), unit, published_at (event
// time of the latest report; mention counts: the window's end), article_id, evidence.
store::Record IndicatorRecord(const IndicatorRow& row);

}  // namespace newsfacts::ingest
